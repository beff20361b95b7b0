extension WorkspaceCheck {
  /// Hygiene's required fields: a token that names no field is a warning (hygiene ignores it,
  /// so the stage requires less than sales ops meant), naming the stage and the tokens it accepts.
  static func checkRequiredFields(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for t in RequiredField.unknownTokens(ws.settings) {
      out.append(
        .init(
          .warning, .settings, "settings",
          "requiredFields \(t): not a field (amount, closeDate, nextStep, persona, competitor, contact, "
            + "contact:<role>, meddpicc:<element>); ignored by hygiene"))
    }
  }
}

extension WorkspaceCheck {
  /// Open roles and what they point at: the hiring manager, the territory and the person who
  /// filled the seat must exist (errors: the org report would count a seat under nobody); a
  /// filled role without the person who filled it is a warning.
  static func checkOpenRoles(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for r in ws.openRoles.items {
      if ws.people[id: r.managerId] == nil {
        out.append(.init(.error, .openRoles, r.id, "manager \(r.managerId) does not exist"))
      }
      if let t = r.territoryId, ws.territories[id: t] == nil {
        out.append(.init(.error, .openRoles, r.id, "territory \(t) does not exist"))
      }
      if let p = r.filledByPersonId, ws.people[id: p] == nil {
        out.append(.init(.error, .openRoles, r.id, "filled by person \(p), who does not exist"))
      }
      if r.status == .filled && r.filledByPersonId == nil {
        out.append(.init(.warning, .openRoles, r.id, "filled, but by whom is not recorded"))
      }
    }
  }
}

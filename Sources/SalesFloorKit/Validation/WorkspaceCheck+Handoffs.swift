extension WorkspaceCheck {
  /// Handoffs and what they point at: the deal must exist (error: the handoff would show in no
  /// view and never be reached); a deal that is no longer won, a step owner who does not exist, or
  /// a step done out of order are warnings to clean up.
  static func checkHandoffs(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for h in ws.handoffs.items {
      guard let d = ws.deals[id: h.dealId] else {
        out.append(.init(.error, .handoffs, h.id, "deal \(h.dealId) does not exist"))
        continue
      }
      if !HandoffLifecycle.isWon(d, ws.settings) {
        out.append(.init(.warning, .handoffs, h.id, "deal \(d.name) is not won"))
      }
      for (i, s) in h.steps.enumerated() {
        if let p = s.ownerPersonId, ws.people[id: p] == nil {
          out.append(.init(.warning, .handoffs, h.id, "step \(i + 1) owner \(p) does not exist"))
        }
        if s.status == .done, i > 0, h.steps[i - 1].status != .done {
          out.append(.init(.warning, .handoffs, h.id, "step \(i + 1) is done before step \(i)"))
        }
      }
    }
  }
}

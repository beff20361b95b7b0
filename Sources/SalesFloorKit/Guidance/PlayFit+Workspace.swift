extension PlayFitRanker {
  /// Ranks the workspace's plays for a deal, working out whether it is stalled (any stall reason
  /// of DESIGN §3: idle past rotting days, no next-step date, close date past, slipped 3+ times).
  public static func rank(deal: Deal, workspace ws: Workspace, asOf: Day) -> [PlayFit] {
    rank(
      deal: deal, plays: ws.playbooks.items, workspace: ws,
      stalled: isStalled(deal, workspace: ws, asOf: asOf))
  }

  /// Whether an open deal is stalled as of a day; closed deals never are.
  public static func isStalled(_ deal: Deal, workspace ws: Workspace, asOf: Day) -> Bool {
    let stages = StageLookup(ws.settings)
    guard stages.isOpen(deal) else { return false }
    var last: Day?
    for a in ws.activities where a.dealId == deal.id {
      guard let d = a.doneAt?.day, d <= asOf else { continue }
      if last.map({ d > $0 }) ?? true { last = d }
    }
    return !Metrics.stallReasons(deal, stage: stages[deal.stage], lastActivity: last, asOf: asOf).reasons
      .isEmpty
  }
}

/// Checklist state on demo deals: exit criteria ticked on open deals (later stages more complete,
/// stalled ones less), and play checklists on closed deals (won deals ran their plays more fully)
/// so the methods report has something to judge. A separate random stream per deal keeps the rest
/// of the demo unchanged.
extension DemoBuilder {
  static func stream(for deal: Deal, salt: UInt64) -> SplitMix64 {
    SplitMix64(seed: UInt64(bitPattern: deal.createdAt.seconds) ^ salt ^ UInt64(bitPattern: deal.amount))
  }

  /// Ticks each exit criterion of the deal's current stage with a chance that grows by stage.
  static func tickExitCriteria(_ deal: inout Deal, stage: Stage, stageIndex k: Int, stalled: Bool) {
    guard !stage.exitCriteria.isEmpty else { return }
    var rng = stream(for: deal, salt: 0xE817_C217)
    let chance = min(0.9, 0.25 + 0.12 * Double(k)) - (stalled ? 0.2 : 0)
    let met = stage.exitCriteria.indices.filter { _ in rng.chance(chance) }
    if !met.isEmpty { deal.playProgress[Deal.criteriaKey(stage: stage.id)] = met }
  }

  /// Play checklists on a closed deal: for each open stage it passed through, maybe a play that
  /// fits that stage, run further on won deals than on lost ones.
  static func addClosedPlayProgress(
    _ deal: inout Deal, segment: Account.Segment?, path: [String], won: Bool
  ) {
    var rng = stream(for: deal, salt: 0x91A7_B00C)
    for stageId in path where rng.chance(won ? 0.45 : 0.3) {
      var probe = deal
      probe.stage = stageId
      let fitting = StarterLibrary.playbooks.filter {
        fits($0.situation, deal: probe, segment: segment, stalled: false) && deal.playProgress[$0.id] == nil
      }
      guard !fitting.isEmpty else { continue }
      let play = fitting[rng.index(fitting.count)]
      let steps = play.steps.count
      // Won deals tended to run the play further (the better of two draws); lost ones anywhere.
      let first = rng.int(1...max(1, steps))
      let done = won ? max(first, rng.int(1...max(1, steps))) : first
      deal.playProgress[play.id] = Array(0..<min(done, steps))
    }
  }
}

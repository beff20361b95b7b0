/// One thing a rep can do to raise their hygiene score, naming the deal and what to do:
/// "D-12 Acme: no next step — press n".
public struct HygieneFix: Hashable, Sendable, Codable {
  /// The deal to fix; nil for the activity part (log activities).
  public var dealId: String?
  public var dealName: String?
  public var part: HygienePart
  /// What is wrong and what to do, without the deal: "no next step — press n".
  public var action: String
  /// Points the score gains when this item alone is fixed.
  public var gain: Double

  /// The line the Hygiene view and `report hygiene --person` show.
  public var text: String {
    guard let dealId else { return action }
    return "\(dealId) \(dealName ?? ""): \(action)"
  }

  /// The same with the deal name last, for narrow panes (My Day): what to do survives truncation.
  public var shortText: String {
    guard let dealId else { return action }
    return "\(dealId): \(action) · \(dealName ?? "")"
  }
}

extension HygieneBook {
  /// The fixes that would raise `score` most, best first: every failing (deal, part) item gains
  /// the part's points ÷ its denominator, so the heaviest parts with the fewest items come first;
  /// ties go to the larger deal (by amount in minor units), then the deal id. The activity part
  /// offers one fix ("log N more activities") worth the points it loses.
  public func fixes(_ score: HygieneScore, in ws: Workspace, limit: Int = Hygiene.fixCount) -> [HygieneFix] {
    // Rank light keys first and spell out only the fixes kept: a rep may have thousands of items.
    var keys: [(gain: Double, amount: Int64, id: String, part: HygienePart)] = []
    for part in score.parts where part.weight > 0 && part.count > 0 {
      if part.part == .activity {
        keys.append((part.pointsLost, .max, "", .activity))
        continue
      }
      let gain = score.gain(part.part)
      for id in part.recordIds { keys.append((gain, ws.deals[id: id]?.amount ?? 0, id, part.part)) }
    }
    keys.sort { a, b in
      if a.gain != b.gain { return a.gain > b.gain }
      if a.amount != b.amount { return a.amount > b.amount }
      if a.id != b.id { return a.id < b.id }
      return a.part < b.part
    }
    let lookup = StageLookup(ws.settings, today: asOf)
    var out: [HygieneFix] = []
    for k in keys {
      guard out.count < max(0, limit) else { break }
      if k.part == .activity {
        let count = score[.activity]?.count ?? 0
        out.append(
          HygieneFix(
            dealId: nil, dealName: nil, part: .activity,
            action:
              "log \(count) more activities this week (\(score.activityGoalDetail ?? "")) — press A",
            gain: k.gain))
        continue
      }
      guard let deal = ws.deals[id: k.id] else { continue }
      let stageName = lookup[deal.stage]?.name ?? deal.stage
      out.append(
        HygieneFix(
          dealId: k.id, dealName: deal.name, part: k.part,
          action: Self.action(k.part, deal: deal, findings: deals[k.id], stageName: stageName), gain: k.gain))
    }
    return out
  }

  /// What is wrong and the cockpit key that fixes it (keys as in docs/keys.md).
  static func action(_ part: HygienePart, deal: Deal, findings: DealHygiene?, stageName: String) -> String {
    switch part {
    case .noNextStep: return "no next step — press n"
    case .closeDatePast:
      return "close date \(deal.closeDate?.iso ?? "") is past — press e to move it"
    case .idle:
      return "idle \(findings?.idleDays ?? 0) days in \(stageName) — log an activity (A)"
    case .noContact: return "no contact — link one (:contact)"
    case .requiredFields:
      let missing = findings?.missing ?? []
      var keys: [String] = []
      for k in missing.map(\.key) where !keys.contains(k) { keys.append(k) }
      return
        "\(stageName) needs \(missing.map(\.label).joined(separator: ", ")) — press \(keys.joined(separator: ", "))"
    case .activity: return ""
    }
  }
}

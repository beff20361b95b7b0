/// How well a play fits a deal, and why, so a rep trusts the suggestion.
public struct PlayFit: Hashable, Sendable {
  public var playId: String
  /// Higher is a better fit; 0 means the play has no rule the deal matches.
  public var score: Int
  /// Whether every rule of the play's situation matches the deal.
  public var fits: Bool
  /// The matched rules in words ("stage Demo", "competitor Northwind").
  public var reasons: [String]
  /// Checklist progress on this deal (done, total).
  public var progress: (done: Int, total: Int)

  public static func == (a: PlayFit, b: PlayFit) -> Bool {
    a.playId == b.playId && a.score == b.score && a.fits == b.fits && a.reasons == b.reasons
      && a.progress.done == b.progress.done && a.progress.total == b.progress.total
  }
  public func hash(into h: inout Hasher) {
    h.combine(playId)
    h.combine(score)
  }
}

/// Guided selling: which plays fit a deal's situation, best first.
public enum PlayFitRanker {
  /// Scores each play against the deal. A play fits when every non-empty rule of its situation
  /// matches; more specific matches (more rules matched) rank higher, ties by name. A play linked
  /// to one of the deal's line-item products gains 2 (docs/salesops.md, "Product links").
  public static func rank(
    deal: Deal, plays: [Playbook], workspace: Workspace, stalled: Bool
  ) -> [PlayFit] {
    let account = deal.accountId.flatMap { workspace.accounts[id: $0] }
    let stageName = workspace.settings.stage(deal.stage)?.name ?? deal.stage
    var out: [PlayFit] = []
    for play in plays {
      let s = play.situation
      var reasons: [String] = []
      var fits = true
      var score = 0
      func check(_ applies: Bool, _ matched: Bool, _ reason: @autoclosure () -> String, weight: Int = 1) {
        guard applies else { return }
        if matched {
          score += weight
          reasons.append(reason())
        } else {
          fits = false
        }
      }
      check(!s.stages.isEmpty, s.stages.contains(deal.stage), "stage \(stageName)", weight: 3)
      check(
        !s.segments.isEmpty, account?.segment.map { s.segments.contains($0) } ?? false,
        "segment \(account?.segment?.rawValue ?? "")")
      let lo = s.minAmount ?? Int64.min
      let hi = s.maxAmount ?? Int64.max
      check(
        s.minAmount != nil || s.maxAmount != nil, deal.amount >= lo && deal.amount < hi,
        "deal size \(Money.compact(deal.amount, currency: deal.currency))")
      let persona = deal.persona?.lowercased()
      check(
        !s.personas.isEmpty, persona.map { p in s.personas.contains { $0.lowercased() == p } } ?? false,
        "persona \(deal.persona ?? "")", weight: 2)
      let competitor = deal.competitor?.lowercased()
      check(
        !s.competitors.isEmpty,
        competitor.map { c in s.competitors.contains { $0.lowercased() == c } } ?? false,
        "competitor \(deal.competitor ?? "")", weight: 2)
      if let any = s.anyCompetitor {
        check(
          true, (deal.competitor != nil) == any, any ? "competitor \(deal.competitor ?? "")" : "no competitor"
        )
      }
      let tags = Set(deal.tags.map { $0.lowercased() })
      let matchedTags = s.tags.filter { tags.contains($0.lowercased()) }
      check(!s.tags.isEmpty, !matchedTags.isEmpty, "tag \(matchedTags.joined(separator: ", "))")
      if let st = s.stalled {
        check(true, st == stalled, st ? "deal is stalled" : "deal is moving", weight: 3)
      }
      if let gaps = s.qualificationGaps, !gaps.isEmpty {
        let open = gaps.filter { deal.qualification.status($0) != .confirmed }
        check(
          true, !open.isEmpty,
          open.map { "\($0.title.lowercased()) not confirmed" }.joined(separator: ", "), weight: 2)
      }
      // A play linked to a product the deal sells ranks above an otherwise equal play; it is a
      // bonus, never a gate, so a product play still fits a deal without lines.
      if let sold = ProductLinks.soldProduct(of: play, on: deal, in: workspace) {
        score += 2
        reasons.append("sells \(sold)")
      }
      let done = Set(deal.playProgress[play.id] ?? []).filter { $0 >= 0 && $0 < play.steps.count }.count
      out.append(
        PlayFit(
          playId: play.id, score: fits ? score : 0, fits: fits, reasons: reasons,
          progress: (done, play.steps.count)))
    }
    let names = Dictionary(plays.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return out.sorted { a, b in
      if a.fits != b.fits { return a.fits }
      if a.score != b.score { return a.score > b.score }
      return (names[a.playId] ?? "") < (names[b.playId] ?? "")
    }
  }
}

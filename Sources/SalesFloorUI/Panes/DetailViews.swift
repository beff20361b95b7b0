import SalesFloorKit

/// The full-detail overlays: a deal, a play, a coaching item, as scrollable lines.
public enum DetailViews {
  public static func dealLines(_ d: Deal, _ s: CockpitState) -> [ListItem] { dealCard(d, s).lines }

  /// The deal card with its tickable lines: the current stage's exit criteria (play steps are
  /// ticked in the play detail, which names the deal), then the MEDDPICC scorecard.
  public static func dealCard(_ d: Deal, _ s: CockpitState) -> DetailCard {
    let ws = s.workspace
    let settings = ws.settings
    var checks: [DetailCheck] = []
    var out: [ListItem] = []
    let stage = settings.stage(d.stage)
    out.append(ListItem(d.name, role: .title))
    out.append(ListItem("Account    \(d.accountId.flatMap { ws.accounts[id: $0]?.name } ?? "— (none)")"))
    out.append(ListItem("Owner      \(ws.people[id: d.ownerId]?.name ?? d.ownerId)"))
    out.append(ListItem("Amount     \(StageLookup(settings, today: s.asOf).amountText(of: d))"))
    let prob = d.probability ?? stage?.probability ?? 0
    let category = d.forecastCategory ?? stage?.forecastCategory ?? .pipeline
    out.append(
      ListItem(
        "Stage      \(stage?.name ?? d.stage) · \(Metrics.daysInStage(d, asOf: s.asOf)) days · \(prob)% · \(category.title)"
      ))
    let late = d.closeDate.map { $0 < s.asOf } ?? false
    out.append(
      ListItem(
        "Close      \(d.closeDate?.iso ?? "— (none)")\(d.closeDateSlips > 0 ? " · slipped \(d.closeDateSlips)×" : "")",
        role: late ? .negative : .text))
    let nextRole: StyleRole =
      d.nextStepDate == nil ? .warning : Overdue.nextStep(d, asOf: s.asOf) ? .overdue : .text
    out.append(
      ListItem(
        "Next step  \(d.nextStep ?? "— (none)")\(d.nextStepDate.map { " · \($0.iso)" } ?? "")", role: nextRole
      ))
    if let reasons = s.data.stalled[d.id], !reasons.isEmpty {
      out.append(ListItem("Stalled    " + reasons.map(stallText).joined(separator: ", "), role: .warning))
    }
    if !d.tags.isEmpty { out.append(ListItem("Tags       \(d.tags.joined(separator: ", "))")) }
    if let p = d.persona { out.append(ListItem("Persona    \(p)")) }
    if let c = d.competitor { out.append(ListItem("Competitor \(c)")) }
    out.append(ListItem("Qualify    \(d.qualification.summary)", role: .muted))
    if let r = d.lostReason { out.append(ListItem("Lost       \(r)")) }
    if let h = ws.handoffs[id: HandoffLifecycle.id(forDeal: d.id)] {
      out.append(HandoffsViewText.cardLine(h, s))
    }
    out += ContactLines.dealSection(d, ws, asOf: s.asOf)
    if !d.lineItems.isEmpty {
      out.append(ListItem(""))
      out.append(
        ListItem(
          "Line items (\(d.lineItems.count)) · amount is their sum · i adds · l edits or removes",
          role: .header))
      for line in LineItemText.lines(of: d, in: ws) { out.append(ListItem("  " + line)) }
      for m in ProductTraining.missing(for: d, in: ws, asOf: s.asOf) {
        out.append(ListItem("  Training: \(m.title)", role: .warning))
      }
    }
    if let stage, !stage.exitCriteria.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Exit criteria for \(stage.name)", role: .header))
      for (i, c) in stage.exitCriteria.enumerated() {
        let item = ChecklistItem.criterion(stageId: stage.id, index: i)
        checks.append(DetailCheck(line: out.count, dealId: d.id, item: item))
        out.append(checkLine(c, deal: d, item: item, ws: ws))
      }
    }
    out.append(ListItem(""))
    out.append(ListItem("Qualification · \(d.qualification.summary) · Q edits", role: .header))
    for e in QualificationElement.allCases {
      let entry = d.qualification[e]
      let status = entry?.status ?? .unknown
      let note = entry?.note.map { " — \($0)" } ?? ""
      let who = QualificationContact.who(e, of: d, in: ws).map { " · \($0)" } ?? ""
      let title = e.title + String(repeating: " ", count: max(0, 18 - e.title.count))
      out.append(
        ListItem(
          "  \(status.mark) \(title) \(status.rawValue)\(who)\(note)",
          role: status == .confirmed ? .positive : status == .partial ? .warning : .text))
    }
    out.append(ListItem(""))
    out.append(ListItem("History", role: .header))
    for h in d.history.reversed() {
      out.append(ListItem("  \(h.at.day.iso)  \(changeText(h, settings: settings, ws: ws))", role: .muted))
    }
    let acts = s.data.dealActivities.activities(of: d.id, in: ws).sorted {
      ($0.dueDate ?? $0.createdAt.day) > ($1.dueDate ?? $1.createdAt.day)
    }
    out.append(ListItem(""))
    out.append(ListItem("Activities (\(acts.count))", role: .header))
    for a in acts.prefix(20) {
      let when = a.doneAt?.day.iso ?? a.dueDate?.iso ?? ""
      out.append(
        ListItem(
          "  \(when)  \(a.isDone ? "done" : "due ") \(a.kind.rawValue): \(a.subject)",
          role: Overdue.activity(a, asOf: s.asOf) ? .overdue : .text))
    }
    let fits = PlayFitRanker.rank(
      deal: d, plays: s.data.plays, workspace: ws, stalled: s.data.stalled[d.id] != nil
    )
    .filter(\.fits).prefix(5)
    out.append(ListItem(""))
    out.append(ListItem("Plays that fit", role: .header))
    for f in fits {
      let name = ws.playbooks[id: f.playId]?.name ?? f.playId
      out.append(
        ListItem("  \(name) — \(f.reasons.joined(separator: ", ")) (\(f.progress.done)/\(f.progress.total))"))
    }
    if let notes = d.notes, !notes.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Notes", role: .header))
      for line in notes.split(separator: "\n", omittingEmptySubsequences: false) {
        out.append(ListItem("  " + line))
      }
    }
    return DetailCard(lines: out, checks: checks)
  }

  /// `  [x] text · who date`: a tickable line, with who ticked it and when when that is known.
  static func checkLine(
    _ text: String, deal d: Deal, item: ChecklistItem, ws: Workspace, indent: String = "  "
  ) -> ListItem {
    let done = d.isTicked(key: item.key, index: item.index)
    var line = "\(indent)[\(done ? "x" : " ")] \(text)"
    if let t = d.tick(of: item.key, index: item.index) {
      line += " · \(t.by.flatMap { ws.people[id: $0]?.name ?? $0 } ?? "?") \(t.at.day.iso)"
    }
    return ListItem(line, role: done ? .positive : .text)
  }

  static func stallText(_ r: StallReason) -> String { r.label }

  static func changeText(_ h: DealChange, settings: Settings, ws: Workspace) -> String {
    func stageName(_ id: String?) -> String { id.flatMap { settings.stage($0)?.name ?? $0 } ?? "—" }
    switch h.field {
    case .created: return "created in \(stageName(h.to))"
    case .stage: return "stage \(stageName(h.from)) → \(stageName(h.to))"
    case .closeDate: return "close date \(h.from ?? "—") → \(h.to ?? "—")"
    case .owner:
      return
        "owner \(h.from.flatMap { ws.people[id: $0]?.name } ?? "—") → \(h.to.flatMap { ws.people[id: $0]?.name } ?? "—")"
    default: return "\(h.field.rawValue) \(h.from ?? "—") → \(h.to ?? "—")"
    }
  }

  public static func playLines(_ p: Playbook, deal: Deal?, _ s: CockpitState) -> [ListItem] {
    playCard(p, deal: deal, s).lines
  }

  /// The play detail; its steps are tickable when a deal is shown with it (named in the header).
  public static func playCard(_ p: Playbook, deal: Deal?, _ s: CockpitState) -> DetailCard {
    let framework = p.framework.flatMap { p.name.contains($0) ? nil : " (\($0))" } ?? ""
    var out: [ListItem] = [ListItem(p.name + framework, role: .title)]
    var checks: [DetailCheck] = []
    out.append(ListItem(p.summary, role: .muted))
    out.append(ListItem(""))
    out.append(ListItem(deal.map { "Steps · checklist of \($0.name)" } ?? "Steps", role: .header))
    for (i, step) in p.steps.enumerated() {
      let item = ChecklistItem.step(playId: p.id, index: i)
      if let deal {
        checks.append(DetailCheck(line: out.count, dealId: deal.id, item: item))
        out.append(checkLine(step, deal: deal, item: item, ws: s.workspace))
      } else {
        out.append(ListItem("  [ ] \(step)"))
      }
    }
    if !p.questions.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Questions", role: .header))
      for q in p.questions { out.append(ListItem("  \(q.kind.map { "[\($0)] " } ?? "")\(q.text)")) }
    }
    if !p.talkTrack.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Talk track", role: .header))
      out.append(contentsOf: wrap(p.talkTrack, width: 90).map { ListItem("  " + $0) })
    }
    if !p.objections.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Objections", role: .header))
      for o in p.objections {
        out.append(ListItem("  “\(o.objection)”", role: .warning))
        out.append(contentsOf: wrap(o.response, width: 86).map { ListItem("    " + $0) })
      }
    }
    if !p.redFlags.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Red flags", role: .header))
      for r in p.redFlags { out.append(ListItem("  ! \(r)", role: .negative)) }
    }
    let content = p.contentIds.compactMap { s.workspace.content[id: $0] }
    if !content.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Content", role: .header))
      for c in content { out.append(ListItem("  \(c.title) (\(c.kind)) \(c.link)", role: .muted)) }
    }
    return DetailCard(lines: out, checks: checks)
  }

  public static func coachingLines(_ c: CoachingItem, _ s: CockpitState) -> [ListItem] {
    let ws = s.workspace
    var out: [ListItem] = [ListItem(c.title, role: .title)]
    out.append(ListItem("Who        \(ws.people[id: c.personId]?.name ?? c.personId)"))
    out.append(ListItem("Coach      \(c.coachId.flatMap { ws.people[id: $0]?.name } ?? "—")"))
    out.append(ListItem("Why        \(c.reason)"))
    out.append(
      ListItem(
        "Priority   \(c.priority.title) · status \(CoachingView.statusText(c.status)) · due \(c.dueDate?.iso ?? "—")"
      ))
    if let f = c.focusSkill { out.append(ListItem("Focus      \(f)")) }
    let deals = c.dealIds.compactMap { ws.deals[id: $0]?.name }
    if !deals.isEmpty { out.append(ListItem("Deals      \(deals.joined(separator: ", "))")) }
    if !c.commitments.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Commitments", role: .header))
      for m in c.commitments {
        let met = CommitmentCheck.isMet(m, of: c, workspace: ws, asOf: s.asOf)
        let how = m.check == .manual ? "" : " (checked from data)"
        out.append(
          ListItem(
            "  [\(met ? "x" : " ")] \(m.text)\(m.by.map { " by \($0.iso)" } ?? "")\(how)",
            role: met ? .positive : .text))
      }
    }
    if !c.notes.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Session notes", role: .header))
      for n in c.notes {
        out.append(ListItem("  \(n.at.day.iso)", role: .muted))
        out.append(contentsOf: wrap(n.text, width: 86).map { ListItem("    " + $0) })
      }
    }
    return out
  }

  /// Greedy word wrap by display width.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if DisplayWidth.of(candidate) > width && !line.isEmpty {
        lines.append(line)
        line = String(word)
      } else {
        line = candidate
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}

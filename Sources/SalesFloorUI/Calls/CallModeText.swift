import SalesFloorKit

/// Call mode's words: the shown card as lines, the queue list, and the empty and end pages.
enum CallModeText {
  /// What the empty queue says (a screen test and the docs quote it).
  static let nobody =
    "Nobody to call now — no next step is due or overdue, no deal is stalled, and nothing closing in the next \(CallQueue.followUpWindowDays) days has gone quiet."
  static let noContact =
    "no contact on this deal — add one (salesfloor contact add, then link it to the deal)"

  /// The card area's lines for the state (the card, or the empty or end page).
  static func lines(_ s: CockpitState, width: Int) -> [ListItem] {
    let c = s.calls
    if c.personId == nil {
      return [
        ListItem("Call mode works through one person's deals.", role: .title),
        ListItem(":as NAME opens a rep's cockpit; c then shows their queue.", role: .muted),
      ]
    }
    if c.queue.isEmpty {
      return [ListItem(nobody, role: .title), ListItem("Esc goes Home.", role: .muted)]
    }
    guard let item = c.current else {
      return [
        ListItem("End of the queue · \(c.logged.count) of \(c.queue.count) calls logged", role: .title),
        ListItem("k goes back · r takes the queue afresh · Esc goes Home", role: .muted),
      ]
    }
    guard let card = c.card else {
      return [
        header(item, s),
        ListItem("This deal is gone (deleted elsewhere): s skips to the next card.", role: .warning),
      ]
    }
    return cardLines(card, s, width: width)
  }

  /// "Call 1 of 12 · overdue 3 days · stalled 21 days", marked once the call is logged.
  static func header(_ item: CallQueueItem, _ s: CockpitState) -> ListItem {
    let done = s.calls.logged.contains(item.dealId) ? " · \(check(s)) logged" : ""
    return ListItem("Call \(s.calls.index + 1) of \(s.calls.queue.count) · \(item.why)\(done)", role: .title)
  }

  static func cardLines(_ card: CallCard, _ s: CockpitState, width: Int) -> [ListItem] {
    let d = card.deal
    let wrapWidth = max(20, width - 6)
    var out = [header(card.item, s), ListItem("")]
    if let who = card.contact {
      out.append(ListItem("Call   \(who.summary)", role: .accent))
      if who.contact.phone == nil { out.append(ListItem("       no phone on file", role: .warning)) }
    } else {
      out.append(ListItem("Call   \(noContact)", role: .warning))
    }
    let amount = StageLookup(s.workspace.settings, today: s.asOf).amountText(of: d)
    let deal = [d.name, card.accountName, card.stageName, amount, d.closeDate.map { "closes \($0.iso)" }]
    out.append(ListItem("Deal   " + deal.compactMap { $0 }.joined(separator: " · ")))
    let late = d.nextStepDate.map { $0 < s.asOf } ?? false
    out.append(
      ListItem(
        "Next   \(d.nextStep ?? "— (none)")\(d.nextStepDate.map { " · \($0.iso)" } ?? "")",
        role: d.nextStepDate == nil ? .warning : late ? .overdue : .text))
    out.append(ListItem(""))
    out.append(ListItem("Last activities", role: .header))
    if card.recent.isEmpty { out.append(ListItem("  none logged yet", role: .muted)) }
    for a in card.recent {
      let when = a.doneAt?.day.iso ?? a.dueDate?.iso ?? a.createdAt.day.iso
      let who = a.contactId.flatMap { s.workspace.contacts[id: $0]?.name }.map { " (with \($0))" } ?? ""
      out.append(ListItem("  \(when)  \(a.isDone ? "" : "due ")\(a.kind.rawValue): \(a.subject)\(who)"))
    }
    out.append(ListItem(""))
    out.append(ListItem("Plays that fit", role: .header))
    if card.plays.isEmpty { out.append(ListItem("  no play fits this deal's situation", role: .muted)) }
    for (p, fit) in card.plays {
      out.append(ListItem("  \(p.name) — \(fit.reasons.joined(separator: ", "))", role: .accent))
      if !p.talkTrack.isEmpty {
        out.append(ListItem("    Talk track", role: .muted))
        out += DetailViews.wrap(p.talkTrack, width: wrapWidth).map { ListItem("      " + $0) }
      }
      if !p.questions.isEmpty {
        out.append(ListItem("    Ask", role: .muted))
        for q in p.questions.prefix(4) {
          out += DetailViews.wrap("? " + q.text, width: wrapWidth).map { ListItem("      " + $0) }
        }
      }
      if !p.objections.isEmpty {
        out.append(ListItem("    If they say", role: .muted))
        for o in p.objections.prefix(3) {
          out.append(ListItem("      “\(o.objection)”", role: .warning))
          out += DetailViews.wrap(o.response, width: wrapWidth - 2).map { ListItem("        " + $0) }
        }
      }
    }
    if !card.content.isEmpty {
      out.append(ListItem(""))
      out.append(ListItem("Content", role: .header))
      for c in card.content { out.append(ListItem("  \(c.title) (\(c.kind)) \(c.link)", role: .muted)) }
    }
    return out
  }

  /// The "logged" mark (ASCII under a non-UTF-8 locale).
  static func check(_ s: CockpitState) -> String { s.glyphs.isASCII ? "*" : "✓" }

  /// The queue list: one line per card with its reasons; the shown one selected by the caller.
  static func queueItems(_ s: CockpitState) -> [ListItem] {
    let ws = s.workspace
    return s.calls.queue.enumerated().map { i, item in
      let name = ws.deals[id: item.dealId]?.name ?? item.dealId
      let mark = s.calls.logged.contains(item.dealId) ? check(s) : " "
      return ListItem(
        "\(mark) \(i + 1). \(name) · \(item.why)", role: s.calls.logged.contains(item.dealId) ? .muted : .text
      )
    }
  }
}

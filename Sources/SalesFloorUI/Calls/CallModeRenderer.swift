import SalesFloorKit

/// Draws call mode in the views' body: the card (or the queue list with `l`), and at the bottom
/// the outcome line with its hint or the reason a line was refused.
enum CallModeRenderer {
  /// Terminals at least this wide show the queue list beside the card; narrower ones instead of it.
  static let sideBySideWidth = 100
  static let listWidth = 44

  /// Rows of card text visible for a screen size (the body less tabs, frame and the outcome rows).
  static func cardHeight(_ size: Size) -> Int { max(1, ViewsRenderer.bodyHeight(size) - 2) }

  static func render(_ s: CockpitState, into grid: inout Grid, area frame: Rect) {
    let c = s.calls
    let who = c.personId.flatMap { s.workspace.people[id: $0]?.name } ?? "nobody"
    var title = "Call mode · \(who) · \(c.queue.count) to call"
    if !c.logged.isEmpty { title += " · \(c.logged.count) logged" }
    let inner = Box(title: title, focused: true, glyphs: s.glyphs).render(into: &grid, area: frame)
    guard inner.height >= 3 else { return }
    let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 2)
    var cardArea = body
    if c.showList && !c.queue.isEmpty {
      let list = ListView(
        items: CallModeText.queueItems(s), selected: c.current == nil ? nil : c.index, glyphs: s.glyphs)
      if inner.width >= sideBySideWidth {
        let w = min(listWidth, inner.width / 2)
        list.render(into: &grid, area: Rect(x: body.maxX - w, y: body.y, width: w, height: body.height))
        cardArea = Rect(x: body.x, y: body.y, width: body.width - w - 1, height: body.height)
      } else {
        list.render(into: &grid, area: body)
        cardArea = Rect(x: body.x, y: body.y, width: 0, height: 0)
      }
    }
    if cardArea.width > 0 {
      let lines = CallModeText.lines(s, width: cardArea.width)
      let offset = min(c.offset, max(0, lines.count - cardArea.height))
      ListView(items: Array(lines.dropFirst(offset)), glyphs: s.glyphs, showPointer: false)
        .render(into: &grid, area: cardArea)
    }
    renderOutcome(s, into: &grid, area: Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2))
  }

  /// The outcome line (while typed) or how to open it, then the refusal or the grammar's hint.
  static func renderOutcome(_ s: CockpitState, into grid: inout Grid, area: Rect) {
    let c = s.calls
    let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
    let help = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
    if let input = c.input {
      let x = grid.write(
        "Outcome › ", at: Point(x: row.x, y: row.y), style: Style(.keyHint, [.bold]), clip: row)
      input.render(into: &grid, area: Rect(x: x, y: row.y, width: max(0, row.maxX - x), height: 1))
      if let e = c.error {
        grid.write(e, at: Point(x: help.x, y: help.y), style: Style(.negative, [.bold]), clip: help)
      } else {
        grid.write(
          "Enter logs the call and shows the next card · Esc cancels · \(CallOutcome.hint)",
          at: Point(x: help.x, y: help.y), style: Style(.muted), clip: help)
      }
      return
    }
    guard c.card != nil else { return }
    grid.write(
      "Enter, then type how it went: \"connected, demo booked fri\", \"voicemail, retry +2d\", \"vm\"",
      at: Point(x: row.x, y: row.y), style: Style(.muted), clip: row)
  }
}

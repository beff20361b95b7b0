/// The footer line of key hints (`q quit  ? help`), keys and labels in their own roles.
public struct KeyHintBar: Sendable {
  public var hints: [KeyHint]

  public init(hints: [KeyHint]) { self.hints = hints }

  /// Fills the first row of `area` with the `statusBar` role and writes the hints that fit.
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty else { return }
    let line = area.row(0)
    grid.fill(line, with: .blank(Style(.statusBar)))
    var x = line.x
    for (index, hint) in hints.enumerated() {
      let gap = index == 0 ? 0 : 2
      guard x + gap + hint.width <= line.maxX else { break }
      x = grid.write(hint.key, at: Point(x: x + gap, y: line.y), style: Style(.keyHint, [.bold]), clip: line)
      x = grid.write(" " + hint.label, at: Point(x: x, y: line.y), style: Style(.statusBar), clip: line)
    }
  }
}

/// A pane frame with a title; focus changes both the border role and (for no-colour terminals) the line weight.
public struct Box: Sendable {
  public var title: String?
  public var focused: Bool
  public var glyphs: Glyphs

  public init(title: String? = nil, focused: Bool = false, glyphs: Glyphs = .unicode) {
    self.title = title
    self.focused = focused
    self.glyphs = glyphs
  }

  /// Draws the frame around `area` and returns the inside, where the pane's content goes.
  ///
  /// The title sits on the top border after one border cell (`┌ Deals ────┐`), truncated to fit.
  @discardableResult
  public func render(into grid: inout Grid, area: Rect) -> Rect {
    guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
    let set = focused ? glyphs.focusedBox : glyphs.box
    let style = Style(focused ? .borderFocused : .border)
    let horizontal = String(repeating: set.horizontal, count: area.width - 2)
    grid.write(
      set.topLeft + horizontal + set.topRight, at: Point(x: area.x, y: area.y), style: style, clip: area)
    grid.write(
      set.bottomLeft + horizontal + set.bottomRight, at: Point(x: area.x, y: area.maxY - 1), style: style,
      clip: area)
    for y in (area.y + 1)..<(area.maxY - 1) {
      grid.write(set.vertical, at: Point(x: area.x, y: y), style: style, clip: area)
      grid.write(set.vertical, at: Point(x: area.maxX - 1, y: y), style: style, clip: area)
    }
    if let title, !title.isEmpty, area.width >= 5 {
      let text = TextFit.truncate(title, to: area.width - 4, ellipsis: glyphs.ellipsis)
      let titleStyle = Style(focused ? .borderFocused : .title, focused ? [.bold] : [])
      grid.write(" " + text + " ", at: Point(x: area.x + 1, y: area.y), style: titleStyle, clip: area)
    }
    return area.inset(by: 1)
  }
}

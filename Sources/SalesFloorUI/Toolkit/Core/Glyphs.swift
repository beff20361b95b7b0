/// The characters widgets draw with. `unicode` needs a UTF-8 locale; under `LANG=C` the driver asks
/// for `ascii`, whose every glyph is 7-bit, so frames and charts stay legible.
public struct Glyphs: Hashable, Sendable {
  /// Box corners and edges: top-left, top-right, bottom-left, bottom-right, horizontal, vertical.
  public struct BoxSet: Hashable, Sendable {
    public var topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: String

    public init(
      topLeft: String, topRight: String, bottomLeft: String, bottomRight: String, horizontal: String,
      vertical: String
    ) {
      self.topLeft = topLeft
      self.topRight = topRight
      self.bottomLeft = bottomLeft
      self.bottomRight = bottomRight
      self.horizontal = horizontal
      self.vertical = vertical
    }
  }

  public var box: BoxSet
  /// The frame of the focused pane: heavier, so focus shows even without colour.
  public var focusedBox: BoxSet
  public var ellipsis: String
  /// Eight levels from lowest to highest for sparklines.
  public var sparkLevels: [String]
  public var barFill: String
  public var barEmpty: String
  public var marker: String
  /// Put before the selected row of a list.
  public var pointer: String
  public var scrollUp: String
  public var scrollDown: String
  public var isASCII: Bool

  /// Box drawing, block elements and `…`: the default on UTF-8 terminals.
  public static let unicode = Glyphs(
    box: BoxSet(
      topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│"),
    focusedBox: BoxSet(
      topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃"),
    ellipsis: "…", sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], barFill: "█", barEmpty: "░",
    marker: "│", pointer: "▶", scrollUp: "▲", scrollDown: "▼", isASCII: false)

  /// Plain ASCII for non-UTF-8 locales.
  public static let ascii = Glyphs(
    box: BoxSet(
      topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|"),
    focusedBox: BoxSet(
      topLeft: "#", topRight: "#", bottomLeft: "#", bottomRight: "#", horizontal: "=", vertical: "#"),
    ellipsis: "~", sparkLevels: ["_", ".", ",", "-", "~", "=", "+", "#"], barFill: "#", barEmpty: ".",
    marker: "|", pointer: ">", scrollUp: "^", scrollDown: "v", isASCII: true)

  /// The set for a terminal: ASCII unless it speaks UTF-8.
  public static func forTerminal(utf8: Bool) -> Glyphs { utf8 ? .unicode : .ascii }
}

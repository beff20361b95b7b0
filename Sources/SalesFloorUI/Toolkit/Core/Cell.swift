/// One screen cell: a single grapheme cluster with its display width and style.
///
/// A wide character (width 2) occupies its cell plus the next one, which holds a *continuation*
/// cell (`width == 0`, empty text) so that every column of a grid is accounted for.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown; empty for a continuation cell.
  public var text: String
  /// 1 or 2 for a real cell, 0 for the continuation half of a wide character.
  public var width: Int
  public var role: StyleRole
  public var attributes: TextAttributes

  public init(_ text: String, width: Int = 1, role: StyleRole = .text, attributes: TextAttributes = []) {
    self.text = text
    self.width = width
    self.role = role
    self.attributes = attributes
  }

  /// A space in the `text` role: the contents of a fresh grid.
  public static let blank = Cell(" ")

  /// A blank cell in a given style, used to clear areas such as modals and selected rows.
  public static func blank(_ style: Style) -> Cell {
    Cell(" ", role: style.role, attributes: style.attributes)
  }

  /// The right half of a wide character.
  public static func continuation(_ style: Style) -> Cell {
    Cell("", width: 0, role: style.role, attributes: style.attributes)
  }

  public var isContinuation: Bool { width == 0 }
  public var style: Style { Style(role, attributes) }
}

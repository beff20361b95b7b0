/// A key press as the UI sees it, independent of curses key codes.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case char(Character)
  /// Control plus a letter, stored lowercase (`ctrl("r")` is Ctrl-R).
  case ctrl(Character)
  case enter, esc, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  /// F1…F12 (`function(1)` is F1).
  case function(Int)
  /// The terminal changed size (curses reports this as a key).
  case resize
  /// A key the terminal sent that SalesFloor does not know.
  case unknown

  /// Maps a raw character code from the terminal (not a curses `KEY_*` code) to a key:
  /// control bytes become `enter`, `tab`, `esc`, `backspace` or `ctrl(letter)`.
  public static func fromCharacterCode(_ code: UInt32) -> Key {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .esc
    case 8, 127: return .backspace
    case 0: return .unknown  // Ctrl-Space (NUL) has no notation
    case 1...26:
      return Unicode.Scalar(code + 96).map { .ctrl(Character($0)) } ?? .unknown
    default:
      guard let scalar = Unicode.Scalar(code), !Sanitize.needsReplacement(scalar) else { return .unknown }
      return .char(Character(scalar))
    }
  }
}

import CNCurses
import SalesFloorUI

/// Turns what `get_wch` returns into a `Key`.
enum KeyDecoder {
  /// `kind` is `OK` for a character, `KEY_CODE_YES` for a curses key code.
  static func key(kind: Int32, code: UInt32) -> Key {
    guard kind == sf_key_code_yes() else { return Key.fromCharacterCode(code) }
    let value = Int32(bitPattern: code)
    switch value {
    case sf_key_up(): return .up
    case sf_key_down(): return .down
    case sf_key_left(): return .left
    case sf_key_right(): return .right
    case sf_key_home(): return .home
    case sf_key_end(): return .end
    case sf_key_ppage(): return .pageUp
    case sf_key_npage(): return .pageDown
    case sf_key_dc(): return .delete
    case sf_key_backspace(): return .backspace
    case sf_key_enter(): return .enter
    case sf_key_btab(): return .backTab
    case sf_key_resize(): return .resize
    default:
      for n in 1...12 where value == sf_key_f(Int32(n)) { return .function(n) }
      return .unknown
    }
  }
}

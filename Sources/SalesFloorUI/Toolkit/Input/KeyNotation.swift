/// What went wrong reading key notation; says which token, so a config or script typo is easy to fix.
public struct KeyNotationError: Error, Hashable, Sendable, CustomStringConvertible {
  public var token: String
  public var reason: String

  public var description: String { "invalid key \"\(token)\": \(reason)" }
}

/// Vim-like key notation for scripted input and keymap files: `"2 j j z ? <Esc> q"`.
///
/// Tokens are separated by spaces. A single character is that key; `<Name>` is a named key
/// (see `docs/keys.md`); any other multi-character token types each of its characters (`hello`).
public enum KeyNotation {
  static let names: [String: Key] = [
    "esc": .esc, "escape": .esc, "enter": .enter, "cr": .enter, "return": .enter,
    "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "bs": .backspace, "backspace": .backspace,
    "del": .delete, "delete": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
    "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
    "pagedown": .pageDown, "space": .char(" "), "lt": .char("<"), "gt": .char(">"),
    "resize": .resize, "unknown": .unknown,
  ]

  /// Parses a whole sequence into keys.
  public static func parse(_ sequence: String) throws(KeyNotationError) -> [Key] {
    var keys: [Key] = []
    for token in sequence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      keys += try parseToken(String(token))
    }
    return keys
  }

  /// Parses exactly one key (`"q"`, `"<C-r>"`); used for keymap overrides.
  public static func parseKey(_ token: String) throws(KeyNotationError) -> Key {
    let keys = try parseToken(token)
    guard keys.count == 1, let key = keys.first else {
      throw KeyNotationError(token: token, reason: "expected one key, got \(keys.count)")
    }
    return key
  }

  /// Parses one space-free token into the key(s) it stands for; `<…>` names may sit inside
  /// typed text (`hello<Enter>`). A lone `<` is the `<` key; otherwise write `<lt>`.
  public static func parseToken(_ token: String) throws(KeyNotationError) -> [Key] {
    if token == "<" { return [.char("<")] }
    var keys: [Key] = []
    var rest = Substring(token)
    while let first = rest.first {
      if first == "<" {
        guard let close = rest.firstIndex(of: ">"), rest.index(after: rest.startIndex) < close else {
          throw KeyNotationError(token: token, reason: "unclosed or empty <…>; type < as <lt>")
        }
        keys.append(try named(String(rest[rest.index(after: rest.startIndex)..<close]), token: token))
        rest = rest[rest.index(after: close)...]
      } else {
        keys.append(.char(first))
        rest = rest.dropFirst()
      }
    }
    return keys
  }

  private static func named(_ name: String, token: String) throws(KeyNotationError) -> Key {
    let lower = name.lowercased()
    if let key = names[lower] { return key }
    if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isASCII,
      letter.isLetter
    {
      return .ctrl(letter)
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
      return .function(n)
    }
    throw KeyNotationError(
      token: token, reason: "unknown key name; use e.g. <Esc> <Enter> <Tab> <S-Tab> <C-r> <F1> <Space> <lt>")
  }

  /// The notation for one key; `parse(format(k))` gives back `[k]`.
  public static func format(_ key: Key) -> String {
    switch key {
    case .char(" "): return "<Space>"
    case .char("<"): return "<lt>"
    case .char(">"): return "<gt>"
    case .char(let c): return String(c)
    case .ctrl(let c): return "<C-\(c)>"
    case .enter: return "<Enter>"
    case .esc: return "<Esc>"
    case .tab: return "<Tab>"
    case .backTab: return "<S-Tab>"
    case .backspace: return "<BS>"
    case .delete: return "<Del>"
    case .up: return "<Up>"
    case .down: return "<Down>"
    case .left: return "<Left>"
    case .right: return "<Right>"
    case .home: return "<Home>"
    case .end: return "<End>"
    case .pageUp: return "<PgUp>"
    case .pageDown: return "<PgDn>"
    case .function(let n): return "<F\(n)>"
    case .resize: return "<Resize>"
    case .unknown: return "<Unknown>"
    }
  }

  /// A sequence of keys as space-separated notation.
  public static func format(_ keys: [Key]) -> String {
    keys.map { format($0) }.joined(separator: " ")
  }
}

extension Key: CustomStringConvertible {
  /// The key in key notation (`<C-r>`, `q`), as shown in help and error messages.
  public var description: String { KeyNotation.format(self) }
}

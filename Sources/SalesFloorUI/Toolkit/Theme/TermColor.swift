/// How many colours the terminal can show; themes are resolved to one of these.
public enum ColorDepth: Int, Hashable, Sendable, Comparable, CaseIterable {
  /// No colour (`NO_COLOR`, or a terminal without colours): roles become bold/reverse/underline.
  case none
  case basic8
  case indexed256
  case truecolor

  public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

  /// The depth for an environment and the terminal's colour count (`COLORS` from curses).
  ///
  /// `NO_COLOR` set to anything non-empty wins (no-color.org); `COLORTERM=truecolor|24bit` means
  /// 24-bit colour when the terminal has at least 256; otherwise 256, 8, or none by `colors`.
  public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
    let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
    if colors >= 256 && (colorTerm == "truecolor" || colorTerm == "24bit") { return .truecolor }
    if colors >= 256 { return .indexed256 }
    if colors >= 8 { return .basic8 }
    return .none
  }
}

/// A colour as a theme names it.
public enum TermColor: Hashable, Sendable {
  /// The terminal's own foreground/background (lets a theme keep a transparent background).
  case terminalDefault
  /// One of the 16 named colours, 0–15 (`black` … `white`, `brightBlack` … `brightWhite`).
  case basic(Int)
  /// A 256-colour palette index.
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  /// Colour names accepted in themes, in palette order (index = basic colour number).
  public static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightBlack", "brightRed", "brightGreen", "brightYellow", "brightBlue", "brightMagenta", "brightCyan",
    "brightWhite",
  ]

  /// Parses `#RRGGBB`, a colour name (case-insensitive, `grey`/`gray` = brightBlack) or `default`;
  /// returns `nil` for anything else.
  public init?(parsing text: String) {
    let lower = text.lowercased()
    if lower == "default" {
      self = .terminalDefault
    } else if lower == "grey" || lower == "gray" {
      self = .basic(8)
    } else if let index = TermColor.names.firstIndex(where: { $0.lowercased() == lower }) {
      self = .basic(index)
    } else if text.count == 7, text.hasPrefix("#"), let value = UInt32(text.dropFirst(), radix: 16) {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// This colour expressed for a depth: truecolor keeps everything, 256 maps RGB to the nearest
  /// xterm palette entry, 8 maps to the nearest of the eight basic colours.
  public func downgraded(to depth: ColorDepth) -> TermColor {
    switch (self, depth) {
    case (.terminalDefault, _), (_, .truecolor), (_, .none): return self
    case (.rgb(let r, let g, let b), .indexed256): return .indexed(TermColor.nearest256(r, g, b))
    case (.basic, .indexed256), (.indexed, .indexed256): return self
    case (.basic(let n), .basic8): return .basic(n % 8)
    case (.indexed(let n), .basic8) where n < 16: return .basic(n % 8)
    case (_, .basic8):
      guard let (r, g, b) = rgbValue else { return .terminalDefault }
      return .basic(TermColor.nearestBasic(r, g, b))
    }
  }

  /// The colour's RGB value (xterm's palette for indexed colours), `nil` for the terminal default.
  public var rgbValue: (UInt8, UInt8, UInt8)? {
    switch self {
    case .terminalDefault: return nil
    case .rgb(let r, let g, let b): return (r, g, b)
    case .basic(let n): return TermColor.basicPalette[max(0, min(15, n))]
    case .indexed(let n):
      if n < 16 { return TermColor.basicPalette[max(0, n)] }
      if n >= 232 {
        let level = UInt8(min(255, 8 + 10 * (n - 232)))
        return (level, level, level)
      }
      let cube = n - 16
      return (
        TermColor.cubeLevels[cube / 36], TermColor.cubeLevels[cube / 6 % 6], TermColor.cubeLevels[cube % 6]
      )
    }
  }

  private static let basicPalette: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
    (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
    (0, 255, 255), (255, 255, 255),
  ]
  private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// The xterm-256 index (cube 16–231 or grey ramp 232–255) nearest to an RGB colour.
  public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    func cubeIndex(_ v: UInt8) -> Int {
      cubeLevels.indices.min { abs(Int(cubeLevels[$0]) - Int(v)) < abs(Int(cubeLevels[$1]) - Int(v)) } ?? 0
    }
    let cube = 16 + 36 * cubeIndex(r) + 6 * cubeIndex(g) + cubeIndex(b)
    let average = (Int(r) + Int(g) + Int(b)) / 3
    let grey = 232 + max(0, min(23, (average - 3) / 10))
    return distance(TermColor.indexed(grey), r, g, b) < distance(TermColor.indexed(cube), r, g, b)
      ? grey : cube
  }

  /// The basic colour (0–7) nearest to an RGB colour.
  public static func nearestBasic(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    (0..<8).min { distance(.basic($0), r, g, b) < distance(.basic($1), r, g, b) } ?? 7
  }

  private static func distance(_ color: TermColor, _ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    guard let (cr, cg, cb) = color.rgbValue else { return Int.max }
    let dr = Int(cr) - Int(r)
    let dg = Int(cg) - Int(g)
    let db = Int(cb) - Int(b)
    return dr * dr + dg * dg + db * db
  }
}

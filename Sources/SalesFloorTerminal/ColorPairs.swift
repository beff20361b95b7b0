import CNCurses
import SalesFloorUI

/// Maps resolved theme colours to curses colour pairs, allocating a pair the first time a
/// (foreground, background) combination is drawn.
struct ColorPairs {
  let depth: ColorDepth
  let colors: Int
  let maxPairs: Int
  /// Whether custom RGB colours may be defined in slots above the 256-colour palette
  /// (never overwriting 0–255, which would change the user's terminal palette).
  let canDefineColors: Bool
  private var pairs: [Int64: Int32] = [:]
  private var nextPair: Int32 = 1
  private var customColors: [Int32: Int32] = [:]
  private var nextCustom: Int32 = 256

  init(depth: ColorDepth, colors: Int, maxPairs: Int, canChangeColor: Bool) {
    self.depth = depth
    self.colors = colors
    self.maxPairs = maxPairs
    self.canDefineColors = canChangeColor && colors > 256 && colors < (1 << 24)
  }

  /// The pair number for a style's colours (0, the terminal default, when colour is off or pairs run out).
  mutating func pair(for style: ResolvedStyle) -> Int32 {
    guard depth != .none else { return 0 }
    let fg = number(for: style.fg)
    let bg = number(for: style.bg)
    if fg == -1 && bg == -1 { return 0 }
    let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: bg))
    if let pair = pairs[key] { return pair }
    guard Int(nextPair) < maxPairs, sf_init_pair(nextPair, fg, bg) == OK else { return 0 }
    pairs[key] = nextPair
    nextPair += 1
    return nextPair - 1
  }

  /// The curses colour number: -1 for default, the index for palette colours; RGB becomes a direct
  /// colour on direct-colour terminfo (COLORS ≥ 2^24), a defined slot where allowed, else the nearest
  /// of the 256 palette.
  private mutating func number(for color: TermColor) -> Int32 {
    switch color {
    case .terminalDefault: return -1
    case .basic(let n): return Int32(colors >= 16 ? n : n % 8)
    case .indexed(let n): return Int32(n < colors ? n : (colors >= 16 ? n % 16 : n % 8))
    case .rgb(let r, let g, let b):
      let packed = Int32(r) << 16 | Int32(g) << 8 | Int32(b)
      if colors >= (1 << 24) { return packed }
      if canDefineColors, let slot = customSlot(packed, r, g, b) { return slot }
      let nearest = Int32(TermColor.nearest256(r, g, b))
      return nearest < colors ? nearest : Int32(TermColor.nearestBasic(r, g, b))
    }
  }

  private mutating func customSlot(_ packed: Int32, _ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32? {
    if let slot = customColors[packed] { return slot }
    guard Int(nextCustom) < colors else { return nil }
    func scale(_ v: UInt8) -> Int32 { Int32(v) * 1000 / 255 }
    guard sf_init_color(nextCustom, scale(r), scale(g), scale(b)) == OK else { return nil }
    customColors[packed] = nextCustom
    nextCustom += 1
    return nextCustom - 1
  }
}

/// Terminal display width of text, following `wcwidth` but independent of the process locale,
/// so layout (and tests) come out the same everywhere.
///
/// East Asian Wide/Fullwidth and emoji-presentation characters take 2 columns; combining marks,
/// zero-width characters and controls take 0; everything else takes 1. A grapheme cluster takes
/// the width of its widest scalar, or 2 when it asks for emoji presentation (U+FE0F) or is a flag.
public enum DisplayWidth {
  /// Columns taken by a whole string (the sum over its grapheme clusters).
  public static func of(_ text: String) -> Int {
    // Fast path: printable ASCII is one column per byte (most names, amounts and dates).
    var printableASCII = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
      printableASCII = false
      break
    }
    if printableASCII { return text.utf8.count }
    if let simple = simpleWidth(text) { return simple }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Columns taken by one grapheme cluster: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
    // One scalar (box lines, bars, `…`, accented letters, CJK): its own width, no emoji rules.
    let scalars = character.unicodeScalars
    if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
      if (0x1F1E6...0x1F1FF).contains(only.value) { return 2 }
      return of(only)
    }
    var widest = 0
    var emojiBase = false
    for scalar in character.unicodeScalars {
      let value = scalar.value
      if value == 0xFE0F && emojiBase { return 2 }
      if (0x1F1E6...0x1F1FF).contains(value) { return 2 }  // regional indicators (flags)
      let width = of(scalar)
      if width > widest { widest = width }
      if !emojiBase { emojiBase = scalar.properties.isEmoji }
    }
    return widest
  }

  /// Columns taken by one Unicode scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x1_0000 { return Int(bmp[Int(value)] & widthMask) }
    return computed(scalar)
  }

  /// The width of `text` when each of its scalars is a grapheme cluster of its own (no
  /// combining marks, joiners, jamo or emoji sequences, all in the BMP): then the scalars'
  /// widths add up and no grapheme breaking is needed. Nil when the text needs the cluster path.
  public static func simpleWidth(_ text: String) -> Int? {
    var total = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard value < 0x1_0000 else { return nil }
      let entry = bmp[Int(value)]
      if entry & joinsFlag != 0 { return nil }
      total += Int(entry & widthMask)
    }
    return total
  }

  private static let widthMask: UInt8 = 0b11
  private static let joinsFlag: UInt8 = 0b100

  /// Per BMP scalar: its width (bits 0–1) and whether it can share a grapheme cluster with a
  /// neighbour (bit 2). Computed once: frames draw box lines, bars and ellipses in every row,
  /// and the Unicode property lookups cost more than the rest of a cell.
  private static let bmp: [UInt8] = (0..<0x1_0000).map { v in
    guard let scalar = Unicode.Scalar(UInt32(v)) else { return joinsFlag }
    let width = computed(scalar)
    return UInt8(width) | (width == 0 || joins(scalar) ? joinsFlag : 0)
  }

  /// Scalars of width ≥ 1 that still join a neighbour (UAX 29): spacing marks, Hangul leading
  /// jamo, prepended concatenation marks, and the few letters that act as marks.
  private static func joins(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if (0x1100...0x115F).contains(v) || (0xA960...0xA97F).contains(v) { return true }  // Hangul L
    if [0x0D4E, 0x0E33, 0x0EB3, 0xFF9E, 0xFF9F].contains(v) { return true }
    switch scalar.properties.generalCategory {
    case .spacingMark, .nonspacingMark, .enclosingMark, .format, .control: return true
    default: return false
    }
  }

  /// The width from the tables and general category (what `bmp` caches).
  private static func computed(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    if contains(zeroWidth, value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if contains(wide, value) { return 2 }
    return 1
  }

  private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
    var low = 0
    var high = table.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if value < table[mid].lowerBound {
        high = mid - 1
      } else if value > table[mid].upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Zero-width ranges not already caught by the general category (Hangul medial/final jamo, ZWSP…).
  private static let zeroWidth: [ClosedRange<UInt32>] = [
    0x0300...0x036F, 0x1160...0x11FF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F,
    0xD7B0...0xD7FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF, 0xE0000...0xE0FFF,
  ]

  /// East Asian Wide/Fullwidth and default-emoji-presentation ranges (Unicode 15), sorted.
  private static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
    0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
    0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
    0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A,
    0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
    0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
    0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0,
    0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

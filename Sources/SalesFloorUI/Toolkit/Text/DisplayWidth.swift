import CUtf8proc

/// Terminal display width of text, independent of the process locale, so layout (and tests) come
/// out the same everywhere.
///
/// Scalar widths and grapheme cluster breaks come from utf8proc (the distribution's copy follows
/// each Unicode release; a hand-copied table went stale with every one). Two fast paths stay in
/// front of it because they carry every keystroke: printable ASCII (one column per byte) and
/// "simple" BMP text, where every scalar is a cluster of its own and the widths just add up.
/// The rule for a cluster of several scalars is `GraphemeClusters.width`.
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
    GraphemeClusters.forEach(in: text) { _, width in
      total += width
      return true
    }
    return total
  }

  /// Columns taken by one grapheme cluster: 0, 1 or 2 (measured by utf8proc's breaks, so a
  /// `Character` that utf8proc would split counts as the sum of its parts).
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
    let scalars = character.unicodeScalars
    if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
      return GraphemeClusters.isRegionalIndicator(only.value) ? 2 : of(only)
    }
    return of(String(character))
  }

  /// Columns taken by one Unicode scalar on its own (utf8proc's `charwidth`: East Asian Wide and
  /// Fullwidth and emoji presentation 2, combining marks, format characters and controls 0).
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
  /// neighbour (bit 2). Computed once: frames draw box lines, bars and ellipses in every row.
  private static let bmp: [UInt8] = (0..<0x1_0000).map { v in
    guard let scalar = Unicode.Scalar(UInt32(v)) else { return joinsFlag }
    let width = computed(scalar)
    return UInt8(width) | (width == 0 || joins(scalar) ? joinsFlag : 0)
  }

  /// Whether a scalar may join a neighbour in a cluster (UAX #29): anything but the classes that
  /// only ever break on both sides when no joiner or mark is next to them (Other, Hangul
  /// syllables, Extended_Pictographic: a ZWJ or an Extend, which are flagged, is what joins them).
  /// A scalar unassigned in utf8proc's Unicode version counts as joining too: a newer Unicode may
  /// have made it a mark, and the cluster path is the safe one.
  private static func joins(_ scalar: Unicode.Scalar) -> Bool {
    if utf8proc_category(Int32(bitPattern: scalar.value)) == UTF8PROC_CATEGORY_CN { return true }
    switch sf_boundclass(Int32(bitPattern: scalar.value)) {
    case Int32(UTF8PROC_BOUNDCLASS_OTHER.rawValue), Int32(UTF8PROC_BOUNDCLASS_LV.rawValue),
      Int32(UTF8PROC_BOUNDCLASS_LVT.rawValue), Int32(UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC.rawValue):
      return false
    default:
      return true
    }
  }

  /// utf8proc's width, with C0/C1 controls at 0 (what `bmp` caches).
  private static func computed(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    return Int(max(0, min(2, utf8proc_charwidth(Int32(bitPattern: value)))))
  }
}

import CUtf8proc

/// Splitting text into grapheme clusters (utf8proc's UAX #29 breaks) and the one width rule for a
/// cluster: what a grid cell holds and how many columns it takes.
public enum GraphemeClusters {
  /// Calls `body` with each cluster of `text` and its width, in order, until it returns false.
  ///
  /// The cluster path behind `DisplayWidth`'s fast paths: `Grid.write` and `TextFit.truncate`
  /// place or cut whole clusters only, so a ZWJ family or a letter with ten marks is never split.
  public static func forEach(in text: String, _ body: (Substring, Int) -> Bool) {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = start
    var previous: Int32 = -1
    var state: Int32 = 0
    var clusterScalars: [UInt32] = []
    while index < scalars.endIndex {
      let value = Int32(bitPattern: scalars[index].value)
      if previous >= 0, sf_grapheme_break(previous, value, &state) != 0 {
        guard body(Substring(scalars[start..<index]), width(of: clusterScalars)) else { return }
        start = index
        clusterScalars.removeAll(keepingCapacity: true)
      }
      clusterScalars.append(UInt32(bitPattern: value))
      previous = value
      index = scalars.index(after: index)
    }
    if start < scalars.endIndex { _ = body(Substring(scalars[start..<index]), width(of: clusterScalars)) }
  }

  /// The columns a cluster takes: 0, 1 or 2.
  ///
  /// - A flag (a regional indicator, paired or not) takes 2: terminals draw the pair as one
  ///   emoji, and a lone one as a boxed letter that most fonts make wide.
  /// - A cluster asking for emoji presentation (VS16, U+FE0F) takes 2, even on a base that is 1
  ///   column alone (`❤️`): terminals that honour VS16 draw it as a wide emoji, and giving it less
  ///   would let the next cell overlap it. (The curses backend draws the text form in 1 column
  ///   plus a blank where the terminal's own width could disagree: see `CursesCellText`.)
  /// - An emoji ZWJ sequence (`👩‍👩‍👧‍👦`, `🏳️‍🌈`) is one picture: 2, the width of its widest part,
  ///   never the sum of its emoji.
  /// - Otherwise the widest scalar: combining marks, joiners and variation selectors add 0, a
  ///   Hangul syllable built from jamo takes the leading jamo's 2, a letter with marks its own 1.
  static func width(of scalars: [UInt32]) -> Int {
    var widest = 0
    var emojiBase = false
    for value in scalars {
      if isRegionalIndicator(value) { return 2 }
      if value == 0xFE0F && emojiBase { return 2 }
      let w = DisplayWidth.of(Unicode.Scalar(value) ?? "\u{FFFD}")
      widest = max(widest, w)
      if !emojiBase, let scalar = Unicode.Scalar(value) { emojiBase = scalar.properties.isEmoji }
    }
    return widest
  }

  /// U+1F1E6…U+1F1FF: the letters flags are spelled with.
  static func isRegionalIndicator(_ value: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(value) }
}

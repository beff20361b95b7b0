/// Makes text from data safe to put on a terminal.
///
/// Names and notes come from users and imports; a stray ESC or C1 byte could move the cursor,
/// change colours or retitle the window, and a bidi override could make `$1,000` read as `$0001`.
/// Such characters are replaced by visible stand-ins so the data stays inspectable.
public enum Sanitize {
  /// The stand-in for characters that have no dedicated symbol (C1 controls, bidi controls).
  public static let replacement: Character = "\u{FFFD}"

  /// `text` with every control character replaced: tab, newline, CR and line/paragraph separators
  /// become a space, ESC becomes `␛`, other C0 controls their Control Pictures symbol (`␀`…`␟`),
  /// DEL `␡`, and C1 controls, bidi embedding/override/isolate characters and the bidi marks
  /// (LRM U+200E, RLM U+200F, ALM U+061C: invisible, yet they reorder neighbouring digits) `�`.
  public static func text(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(contentsOf: substitute(scalar).unicodeScalars)
    }
    return String(scalars)
  }

  /// Whether a scalar must not reach the terminal as-is.
  public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x200E || v == 0x200F
      || v == 0x061C
  }

  private static func substitute(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    guard needsReplacement(scalar) else { return String(scalar) }
    switch v {
    case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: return " "
    case 0x00..<0x20: return Unicode.Scalar(0x2400 + v).map { String($0) } ?? String(replacement)
    case 0x7F: return "\u{2421}"
    default: return String(replacement)
    }
  }
}

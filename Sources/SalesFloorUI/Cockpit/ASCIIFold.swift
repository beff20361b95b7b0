import Foundation

/// Under a non-UTF-8 locale (`LANG=C`) curses cannot show non-ASCII text: it would vanish or
/// garble the line. The frame is folded to ASCII instead, keeping meaning where it can.
extension Grid {
  public mutating func foldToASCII() {
    for y in 0..<height {
      var x = 0
      while x < width {
        let cell = self[x, y]
        let w = max(1, cell.width)
        if cell.width > 0, !cell.text.allSatisfy({ (c: Character) in c.isASCII }) {
          let replacement = Self.asciiFallback(cell.text, width: w)
          write(replacement, at: Point(x: x, y: y), style: Style(cell.role, cell.attributes))
        }
        x += w
      }
    }
  }

  /// A same-width ASCII stand-in for a non-ASCII grapheme.
  static func asciiFallback(_ text: String, width: Int) -> String {
    let map: [String: String] = [
      "·": "|", "—": "-", "–": "-", "…": ".", "→": ">", "←": "<", "↑": "^", "↓": "v", "≥": ">", "≤": "<",
      "×": "x", "“": "\"", "”": "\"", "‘": "'", "’": "'", "▶": ">", "◀": "<", "█": "#", "░": ".", "│": "|",
      "─": "-", "┌": "+", "┐": "+", "└": "+", "┘": "+", "•": "*", "✓": "v", "€": "E", "£": "L", "⚠": "!",
    ]
    if let m = map[text] { return width == 2 ? m + " " : m }
    // Accented Latin letters keep their base letter (é → e); anything else becomes `?`.
    let base = text.unicodeScalars.first.map { String($0).applyingTransformASCII() } ?? "?"
    return width == 2 ? base + "?" : base
  }
}

extension String {
  /// The ASCII base letter of a Latin letter with diacritics, else `?`.
  fileprivate func applyingTransformASCII() -> String {
    let decomposed = self.decomposedStringWithCanonicalMapping
    if let first = decomposed.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic {
      return String(first)
    }
    return "?"
  }
}

import SalesFloorUI

/// What text from data may look like when it reaches a terminal through the CLI.
///
/// Names, notes and imported cells can hold ESC, OSC, CSI, C1 controls or bidi overrides; printed
/// raw they would recolour, retitle, move the cursor or make `$1,000` read `$0001`. The rule of which
/// characters are dangerous and what stands in for them is the cockpit's (`Sanitize`): one rule
/// for the grid and the CLI.
enum TerminalText {
  /// Human-readable text: every line through `Sanitize.text` (a CR, tab or stray control inside a
  /// line becomes visible or a space); the line breaks themselves are kept.
  static func human(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && Sanitize.needsReplacement($0) }) else {
      return text
    }
    // Split by scalar, not Character: "\r\n" is one Character and would hide the "\n".
    return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Sanitize.text(String(String.UnicodeScalarView($0))) }
      .joined(separator: "\n")
  }

  /// JSON for a terminal: the same document, with every dangerous scalar as a `\uXXXX` escape.
  /// They can only occur inside strings (JSON's own syntax is ASCII), where the escape means the
  /// same character, so `jq` still reads the exact data. Line breaks of the layout stay.
  static func json(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && Sanitize.needsReplacement($0) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar != "\n" && Sanitize.needsReplacement(scalar) {
        out.append(contentsOf: unicodeEscape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// CSV or iCalendar for a terminal: controls inside a line get `Sanitize`'s visible stand-ins
  /// (`␛`, `�`; a lone CR `␍` and a tab `␉`, since in CSV they are data that a space would hide);
  /// the format's own line ends (`\n`, `\r\n`) stay, so the shape still reads.
  static func delimited(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && Sanitize.needsReplacement($0) }) else {
      return text
    }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n": out.append(scalar)
      case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n": out.append(scalar)
      case "\r": out.append("\u{240D}")
      case "\t": out.append("\u{2409}")
      default: out.append(contentsOf: Sanitize.text(String(scalar)).unicodeScalars)
      }
    }
    return String(out)
  }

  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: false)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

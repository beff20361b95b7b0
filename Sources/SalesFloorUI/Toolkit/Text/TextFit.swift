/// Fitting text into a number of columns by display width: the basis of every table cell and title.
public enum TextFit {
  /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
  ///
  /// A wide character that would straddle the limit is dropped rather than split. Text is sanitized
  /// first, so it is measured as the grid will draw it (an ESC shows as a 1-column `␛`).
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      // Printable ASCII: one column per byte, nothing to sanitize.
      let count = text.utf8.count
      if count <= width { return text }
      let ellipsisWidth = DisplayWidth.of(ellipsis)
      let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
      let cut = String(decoding: text.utf8.prefix(budget), as: UTF8.self)
      return ellipsisWidth <= width ? cut + ellipsis : cut
    }
    let text = Sanitize.text(text)
    if DisplayWidth.of(text) <= width { return text }
    let ellipsisWidth = DisplayWidth.of(ellipsis)
    let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    // Whole clusters only: a cut never splits a ZWJ sequence or strands a mark.
    GraphemeClusters.forEach(in: text) { cluster, w in
      if used + w > budget { return false }
      result += cluster
      used += w
      return true
    }
    return ellipsisWidth <= width ? result + ellipsis : result
  }

  /// Where padding goes when text is shorter than its column.
  public enum Alignment: Hashable, Sendable {
    case left, right, center
  }

  /// `text` truncated then padded with spaces to exactly `width` columns.
  public static func pad(
    _ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…"
  ) -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    let gap = max(0, width - DisplayWidth.of(cut))
    switch alignment {
    case .left: return cut + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + cut
    case .center:
      let left = gap / 2
      return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
  }
}

/// Scroll arithmetic shared by lists, tables and overlays.
public enum Scrolling {
  /// The first visible row so that `selected` stays on screen, moving `offset` as little as possible.
  ///
  /// The result is also clamped so the view never scrolls past the end of `count` rows.
  public static func offset(selected: Int?, current offset: Int, visible: Int, count: Int) -> Int {
    guard visible > 0, count > 0 else { return 0 }
    var result = max(0, min(offset, count - visible))
    if let selected {
      if selected < result { result = selected }
      if selected >= result + visible { result = selected - visible + 1 }
    }
    return max(0, min(result, max(0, count - visible)))
  }
}

import SalesFloorKit

/// The home screen's one-line ticker: the newest unread post, else the newest unread entry, else
/// the newest pinned post, at the right of the top bar, in the room the full bar leaves over. Absent when the feed
/// has nothing to say, so the top bar is unchanged for a quiet workspace.
enum FeedTicker {
  /// The ticker's text for the state, nil when there is none or a report view shows.
  static func text(_ s: CockpitState) -> String? {
    guard s.views.current == .home, let e = s.data.feedTicker else { return nil }
    let amount = e.amount.map { " · " + ViewText.money($0, s.workspace.settings.currency) } ?? ""
    return "F: " + e.text + amount
  }

  /// Draws `text` right-aligned within `width`; returns the width left for the rest of the bar.
  static func render(_ text: String, width: Int, glyphs: Glyphs, into grid: inout Grid, area: Rect) -> Int {
    guard width >= 12 else { return area.width }
    let fitted = TextFit.truncate(
      text, to: min(DisplayWidth.of(text), width, area.width), ellipsis: glyphs.ellipsis)
    let used = DisplayWidth.of(fitted) + 1
    grid.write(fitted, at: Point(x: area.maxX - used, y: area.y), style: Style(.accent, [.bold]), clip: area)
    return max(0, area.width - used - 1)
  }
}

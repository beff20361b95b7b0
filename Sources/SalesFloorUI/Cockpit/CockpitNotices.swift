import SalesFloorKit

/// The store notice the cockpit's top bar shows: a background compaction that failed, a workspace
/// opened read-only, a dropped torn journal line. Without it such news stays inside the store,
/// since no keystroke's result carries it.
///
/// Read each tick (`update(from:)` is one small array copy under the store's lock) and passed to
/// `CockpitRenderer.render(_:size:notice:)`, which gives it the room the top bar's own text
/// (who, period) leaves.
public struct StoreNotices: Hashable, Sendable {
  /// The newest notice, nil while the store has none.
  public private(set) var latest: String?
  /// How many of the store's notices have been read. The store's list only grows, so a longer
  /// list than this means news.
  public private(set) var seen = 0

  public init() {}

  /// Reads the store's notices; true when one arrived since the last call (a caller may also
  /// flash it in the footer).
  @discardableResult
  public mutating func update(from store: CockpitStore?) -> Bool {
    guard let store else { return false }
    let all = store.notices
    guard all.count != seen else { return false }
    seen = all.count
    latest = all.last
    return true
  }
}

extension CockpitRenderer {
  /// Draws `notice` at the right end of the top bar, marked and in the warning role, in at most
  /// `width` columns; returns the columns left for the bar's own text.
  static func renderTopBarNotice(
    _ notice: String, width: Int, glyphs: Glyphs, into grid: inout Grid, area: Rect
  ) -> Int {
    let marked = "⚠ " + notice
    let text = TextFit.truncate(
      marked, to: min(DisplayWidth.of(marked), width, area.width), ellipsis: glyphs.ellipsis)
    let used = DisplayWidth.of(text) + 1
    grid.write(text, at: Point(x: area.maxX - used, y: area.y), style: Style(.warning, [.bold]), clip: area)
    return max(0, area.width - used - 1)
  }
}

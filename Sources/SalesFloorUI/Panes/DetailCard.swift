import SalesFloorKit

/// A detail overlay's lines and which of them can be ticked, so the cursor, the renderer and the
/// tick key agree on what is under the cursor.
public struct DetailCard: Sendable {
  public var lines: [ListItem]
  /// Tickable lines in screen order.
  public var checks: [DetailCheck]
}

/// One tickable line of a detail card: the line index and the deal checklist item it ticks.
public struct DetailCheck: Hashable, Sendable {
  public var line: Int
  public var dealId: String
  public var item: ChecklistItem
}

/// The checklist cursor of an open detail overlay (Tab / Shift-Tab move it, `x` ticks).
///
/// Kept beside the overlay rather than inside it, tagged with the overlay it belongs to: a cursor
/// left from another card is ignored, so every place that opens an overlay need not reset it.
public struct DetailCursor: Hashable, Sendable {
  /// `deal:ID` or `play:ID` (see `CockpitRenderer.detailKey`).
  public var overlay: String
  public var index: Int
}

import SalesFloorKit

/// What the launcher tells the cockpit after each background sync round.
///
/// Why the device and person travel with it: "mine" in the Conflicts view is the side written on
/// this device or by this copy's person, and the UI knows neither (it never reads `.sync/`).
public struct SyncReport: Hashable, Sendable {
  /// The round's status; nil when no round has finished yet.
  public var status: SyncStatus?
  /// The open conflicts after the round, sorted (the same list on every copy).
  public var conflicts: [SyncConflict]
  /// This copy's device id and person id (`SyncDeviceFile`).
  public var device: String
  public var person: String?
  /// A round that failed here (the workspace could not be read or written, an answer was
  /// refused): shown in the top bar instead of the headline, never as a dialog.
  public var problem: String?

  public init(
    status: SyncStatus?, conflicts: [SyncConflict], device: String, person: String?, problem: String? = nil
  ) {
    self.status = status
    self.conflicts = conflicts
    self.device = device
    self.person = person
    self.problem = problem
  }

  /// Whether a side of a conflict is this copy's.
  public func isMine(_ side: SyncConflict.Side) -> Bool { side.isMine(device: device, person: person) }

  /// The top bar's sync segment: the status headline (times as HH:MM UTC), or the problem.
  public var headline: String? {
    if let problem { return "sync failed: " + problem }
    return status?.headline(clock: Self.clock)
  }

  /// `HH:MM` of a timestamp in UTC.
  public static func clock(_ t: Timestamp) -> String {
    let secondOfDay = ((t.seconds % 86_400) + 86_400) % 86_400
    let h = secondOfDay / 3600
    let m = secondOfDay / 60 % 60
    return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
  }
}

/// How a person answers a conflict in the cockpit; the launcher maps it to the sync engine's answer.
public enum ConflictReply: Hashable, Sendable {
  /// Keep this copy's side (neither side mine: the value in effect).
  case keepMine
  /// Take the other side (neither side mine: the overwritten value; a deleted record: restore it).
  case takeTheirs
  /// New values for the fields of the conflict's register.
  case edit([String: SyncValue])
}

/// The cockpit's view of team sync: the last report and the Conflicts view's selection.
public struct CockpitSyncState: Hashable, Sendable {
  /// Nil until the launcher reports (a workspace that does not sync never does).
  public var report: SyncReport?
  public var cursor = ListCursor()

  public init() {}

  /// The open conflicts as last reported (none before the first report).
  public var conflicts: [SyncConflict] { report?.conflicts ?? [] }

  /// The selected conflict in the Conflicts view.
  public var selected: SyncConflict? {
    let all = conflicts
    return all.indices.contains(cursor.index) ? all[cursor.index] : nil
  }
}

extension CockpitRenderer {
  /// Draws the sync segment at the right end of the top bar in at most `width` columns (by display
  /// width, truncated like the rest of the bar); returns the columns left for the text before it.
  static func renderTopBarSync(
    _ text: String, state: SyncStatus.State?, problem: Bool, width: Int, glyphs: Glyphs,
    into grid: inout Grid, area: Rect
  ) -> Int {
    let fitted = TextFit.truncate(
      text, to: min(DisplayWidth.of(text), width, area.width), ellipsis: glyphs.ellipsis)
    let used = DisplayWidth.of(fitted) + 1
    let role: StyleRole = problem || state == .stopped ? .negative : state == .offline ? .warning : .statusBar
    grid.write(fitted, at: Point(x: area.maxX - used, y: area.y), style: Style(role, [.bold]), clip: area)
    return max(0, area.width - used - 1)
  }
}

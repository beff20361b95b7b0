/// Done activities counted per (owner, kind, day) over a window of days: what goal progress is
/// computed from. The cockpit keeps one for the week and month around its day and patches it
/// from change sets (`add`/`remove` of the before and after images), so logging a call moves the
/// bar without rescanning 300k activities; the CLI builds one in a single pass.
public struct ActivityLedger: Hashable, Sendable {
  /// One cell of the ledger.
  public struct Key: Hashable, Sendable {
    public var ownerId: String
    public var kind: Activity.Kind
    public var day: Day
  }

  /// Days outside are not counted (an activity done there changes no bar in the window).
  public private(set) var window: ClosedRange<Day>
  private var cells: [Key: ActivityTally] = [:]

  public init(window: ClosedRange<Day>) { self.window = window }

  /// A ledger of `activities` over `window`, one pass.
  public init(_ activities: some Sequence<Activity>, window: ClosedRange<Day>) {
    self.window = window
    for a in activities { add(a) }
  }

  /// The window covering both the ISO week and the month containing `day`: every goal period a
  /// screen for that day can show.
  public static func window(around day: Day) -> ClosedRange<Day> {
    let week = GoalPeriod(.weekly, containing: day)
    let month = GoalPeriod(.monthly, containing: day)
    return min(week.start, month.start)...max(week.end, month.end)
  }

  /// Counts an activity if it is done on a day inside the window.
  public mutating func add(_ a: Activity) { change(a, by: 1) }
  /// Takes back what `add` counted for this activity (its before image in a change set).
  public mutating func remove(_ a: Activity) { change(a, by: -1) }

  private mutating func change(_ a: Activity, by sign: Int) {
    guard let day = a.doneAt?.day, window.contains(day) else { return }
    let key = Key(ownerId: a.ownerId, kind: a.kind, day: day)
    var t = cells[key] ?? ActivityTally()
    t.count += sign
    t.minutes += sign * (a.durationMinutes ?? 0)
    if t.count == 0 && t.minutes == 0 { cells[key] = nil } else { cells[key] = t }
  }

  /// Done activities of `kind` by any of `owners` on days `from...through` (clipped to the window).
  public func tally(
    owners: some Sequence<String>, kind: Activity.Kind, from: Day, through: Day
  ) -> ActivityTally {
    let first = max(from, window.lowerBound)
    let last = min(through, window.upperBound)
    guard first <= last else { return ActivityTally() }
    var out = ActivityTally()
    for owner in owners {
      var d = first
      while d <= last {
        if let t = cells[Key(ownerId: owner, kind: kind, day: d)] { out += t }
        d = d.adding(days: 1)
      }
    }
    return out
  }
}

/// How many activities and how many logged minutes.
public struct ActivityTally: Hashable, Sendable {
  public var count: Int
  /// Σ `durationMinutes` (activities without one add 0).
  public var minutes: Int

  public init(count: Int = 0, minutes: Int = 0) {
    self.count = count
    self.minutes = minutes
  }

  public static func += (a: inout ActivityTally, b: ActivityTally) {
    a.count += b.count
    a.minutes += b.minutes
  }
}

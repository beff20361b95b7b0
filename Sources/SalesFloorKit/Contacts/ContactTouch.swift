/// When someone last spoke with a contact: the latest done activity logged against them, on or
/// before `asOf` (so a pinned "today" never sees tomorrow's call). The deal card, the account and
/// `contact show` read it, so "who has gone quiet on the buying team?" has one answer.
public struct ContactTouch: Hashable, Sendable {
  public var activity: Activity
  /// Days from the touch to `asOf` (`Metrics.elapsedDays`).
  public var daysAgo: Int

  /// "last touch call 2026-11-20 (7 days ago)"
  public var text: String {
    let ago = daysAgo == 0 ? "today" : daysAgo == 1 ? "1 day ago" : "\(daysAgo) days ago"
    return "last touch \(activity.kind.rawValue) \(activity.doneAt?.day.iso ?? "") (\(ago))"
  }

  /// A contact's one line with their last touch after it ("Dana Ruiz · champion · last touch call
  /// 2026-11-20 (7 days ago)"), or "never touched" so a silent buyer stands out.
  public static func line(_ summary: String, _ touch: ContactTouch?) -> String {
    summary + " · " + describe(touch)
  }

  /// The touch's text, or "never touched".
  public static func describe(_ touch: ContactTouch?) -> String { touch?.text ?? "never touched" }
}

extension Workspace {
  /// The last touch of each of `contactIds` that has one, in one pass over the activities. A later
  /// `doneAt` wins; the same moment goes to the larger activity id, so the answer never depends on
  /// the order activities are stored in.
  public func lastTouches(of contactIds: Set<String>, asOf: Day) -> [String: ContactTouch] {
    guard !contactIds.isEmpty else { return [:] }
    var latest: [String: Activity] = [:]
    for a in activities.items {
      guard let c = a.contactId, contactIds.contains(c), let done = a.doneAt, done.day <= asOf else {
        continue
      }
      if let prev = latest[c], let p = prev.doneAt, (p, prev.id) >= (done, a.id) { continue }
      latest[c] = a
    }
    return latest.mapValues { a in
      ContactTouch(
        activity: a, daysAgo: Metrics.elapsedDays(from: a.doneAt?.day ?? asOf, to: asOf))
    }
  }
}

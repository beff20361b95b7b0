import SalesFloorKit

/// Call mode (`c`): the queue of who to call now, worked one card at a time.
///
/// The queue is taken when call mode opens and kept while the rep works through it, so logging a
/// call (which moves the deal's next step out of the queue's reach) does not reshuffle the cards
/// under their fingers; `r` takes it afresh. Only the shown card is built (`CallCard`), on moving
/// to it and after each change to the workspace.
public struct CallModeState: Sendable {
  /// Whose queue it is (the viewer's person when it opened).
  public var personId: String?
  public var queue: [CallQueueItem] = []
  /// The card shown; `queue.count` is the "end of the queue" page.
  public var index = 0
  /// The shown card, nil on the end page or when its deal is gone.
  public internal(set) var card: CallCard?
  /// The outcome line while one is typed (`Enter` opens it, `Enter` saves, `Esc` cancels).
  public var input: TextInput?
  /// Why the last outcome line was refused (shown under it until the next key).
  public var error: String?
  /// Deals whose call was logged since call mode opened (marked in the queue list).
  public var logged: Set<String> = []
  /// The queue list with the reasons (`l`): beside the card when the terminal is wide, instead of
  /// it when narrow.
  public var showList = false
  /// First card line shown (Space / PgDn scroll a long card).
  public var offset = 0

  public init() {}

  /// The queue item shown, nil on the end page.
  public var current: CallQueueItem? { queue.indices.contains(index) ? queue[index] : nil }
}

import Foundation

/// Events from other threads into a running program, and the effects only the host can carry out
/// (such as answering a sync conflict) out to it.
///
/// Why a mailbox: the event loop runs on one thread and owns the program; a background worker
/// (the cockpit's sync) must never touch the program's state, so it posts an event the loop
/// delivers between keys, like a tick.
public final class ProgramMailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var events: [InputEvent] = []
  private let handler: @Sendable (ProgramEffect) -> Void

  /// - Parameter handler: called on the loop's thread with each effect the backend cannot perform
  ///   itself; it must return quickly (queue the work elsewhere).
  public init(handler: @escaping @Sendable (ProgramEffect) -> Void = { _ in }) {
    self.handler = handler
  }

  /// Queues an event for the loop (any thread).
  public func post(_ event: InputEvent) {
    lock.lock()
    events.append(event)
    lock.unlock()
  }

  /// The oldest queued event, if any (the loop's thread).
  public func take() -> InputEvent? {
    lock.lock()
    defer { lock.unlock() }
    return events.isEmpty ? nil : events.removeFirst()
  }

  /// Hands an effect to the host (the loop's thread).
  public func forward(_ effect: ProgramEffect) { handler(effect) }
}

import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceStore {
  /// The store's logger (a no-op until the executable bootstraps logging).
  static var log: Logger { SalesFloorLog.logger(SalesFloorLog.storeLabel) }

  /// Logs a successful open: folder, deal count, duration, and the notices opening produced.
  func logOpened(since start: ContinuousClock.Instant) {
    let (deals, lines, readOnly, notices) = locked {
      (state.workspace.deals.count, state.journal.lineCount, state.readOnlyReason, state.notices)
    }
    let ms = SalesFloorLog.milliseconds(since: start)
    var text = "opened \(folderPath): \(deals) deals, \(lines) journal lines, in \(ms) ms"
    if let readOnly { text += " (read-only: \(readOnly))" }
    Self.log.info("\(text)")
    for n in notices { Self.log.notice("\(n)") }
  }

  /// Records something the user should see (the cockpit's top bar shows the latest) and logs it.
  /// The caller holds the mutex. A notice equal to the last one is not repeated, so a failure that
  /// recurs on every commit does not grow the list: its count changes only for news.
  func recordNotice(_ text: String, level: Logger.Level = .warning) {
    Self.log.log(level: level, "\(text)")
    if state.notices.last != text { state.notices.append(text) }
  }

  /// Runs a commit, logging why it was refused or failed before passing the error on.
  func loggingCommitFailure<T>(_ body: () throws -> T) rethrows -> T {
    do {
      return try body()
    } catch let nothing as NothingToChange {
      throw nothing
    } catch {
      let expected: Bool
      switch error as? WorkspaceError {
      case .conflict?, .readOnly?: expected = true
      default: expected = false
      }
      Self.log.log(level: expected ? .notice : .error, "commit refused in \(folderPath): \(error)")
      throw error
    }
  }

  /// Why a compaction failed, short enough for the top bar: the system's reason for an I/O error
  /// ("No space left on device"), else the error's description.
  static func shortReason(_ error: Error) -> String {
    if case .io(_, _, let code)? = error as? WorkspaceError { return String(cString: strerror(code)) }
    return "\(error)"
  }
}

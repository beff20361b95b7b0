import Foundation

extension WorkspaceStore {
  /// How a short-lived process (one CLI command) left automatic compaction when it finished.
  public enum CompactionWait: Sendable, Equatable {
    /// The journal is under its limits (or the store is read-only): nothing to do.
    case notDue
    /// A compaction ran and finished (or failed with a notice; the edits are safe in the journal).
    case finished
    /// The compaction was still running at the deadline; the process may exit anyway (a killed
    /// compaction loses nothing) and the next writer starts over.
    case timedOut
  }

  /// Lowers or raises the journal limits beyond which a commit compacts automatically (defaults:
  /// `compactionLineThreshold` and `compactionByteThreshold`), so tests and benchmarks can reach
  /// them without thousands of edits.
  public func setAutoCompaction(lines: Int, bytes: Int) {
    locked {
      autoCompactLines = max(1, lines)
      autoCompactBytes = max(1, bytes)
    }
  }

  /// For a process about to exit: makes sure a journal over its limits gets compacted, waiting at
  /// most `seconds`.
  ///
  /// Automatic compaction runs on a background queue so typing never waits; a CLI command exits
  /// right after its commit and would kill it every time, so the journal (and every command's
  /// replay) would grow without bound. Waiting here, bounded, keeps one command's worst case known.
  public func finishCompaction(within seconds: Double) -> CompactionWait {
    // Running (the last commit started one) or due now; `dirtySinceSnapshot` is non-nil exactly
    // while a background compaction is under way.
    let due: Bool = locked {
      if state.dirtySinceSnapshot == nil { scheduleCompactionIfDue() }
      return state.dirtySinceSnapshot != nil
    }
    guard due else { return .notDue }
    return compactionGroup.wait(timeout: .now() + seconds) == .success ? .finished : .timedOut
  }
}

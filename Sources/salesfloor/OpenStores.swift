import Foundation
import SalesFloorKit

/// The writable stores this CLI process opened, so `main` can let a due compaction finish before
/// the process exits (a background compaction would otherwise die with it, every time).
///
/// A class because it is process-wide: commands open their store deep inside `run()` and `main`
/// only sees them through this registry. Every member takes the lock.
final class OpenStores: @unchecked Sendable {
  static let shared = OpenStores()

  /// Upper bound on how long one command waits for a compaction at exit (docs/reliability.md).
  static let defaultWaitSeconds = 10.0
  /// Journal limits for CLI commands, lower than the store's (1,000 lines, 4 MB, tuned for the
  /// cockpit, which replays the journal once per session): every CLI command replays the whole
  /// journal, so its cost is paid per edit, while a compaction is paid once per limit. Measured in
  /// docs/reliability.md: at 1,000 lines a command took up to 6× its base time; at 250 under 2×.
  static let defaultLines = 250
  static let defaultBytes = 1 << 20

  private let lock = NSLock()
  private var stores: [WorkspaceStore] = []

  /// Registers a writable store and sets its journal limits: the CLI's defaults, or
  /// `SALESFLOOR_COMPACT_LINES`, `SALESFLOOR_COMPACT_BYTES` (tests, tuning; docs/cli.md).
  func add(_ store: WorkspaceStore, environment: [String: String]) throws {
    let lines = try Self.positive(environment, "SALESFLOOR_COMPACT_LINES")
    let bytes = try Self.positive(environment, "SALESFLOOR_COMPACT_BYTES")
    store.setAutoCompaction(lines: lines ?? Self.defaultLines, bytes: bytes ?? Self.defaultBytes)
    lock.lock()
    stores.append(store)
    lock.unlock()
  }

  /// Waits (bounded) for each store's due compaction; reports one that ran out of time on stderr.
  func finishAll(environment: [String: String]) {
    lock.lock()
    let open = stores
    stores = []
    lock.unlock()
    let seconds = Double(environment["SALESFLOOR_COMPACT_SECONDS"] ?? "").flatMap { $0 >= 0 ? $0 : nil }
    for store in open {
      let outcome = store.finishCompaction(within: seconds ?? Self.defaultWaitSeconds)
      if outcome == .timedOut {
        printError(
          "salesfloor: compacting the journal took too long and was left for the next command "
            + "(nothing is lost: every edit is in journal.jsonl)")
      }
    }
  }

  private static func positive(_ environment: [String: String], _ name: String) throws -> Int? {
    guard let text = environment[name], !text.isEmpty else { return nil }
    guard let n = Int(text), n > 0 else {
      throw CLIError.usage("$\(name): expected a positive whole number, got \"\(text)\"")
    }
    return n
  }
}

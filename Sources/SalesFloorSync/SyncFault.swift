import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A crash point for the end-to-end tests: `SALESFLOOR_SYNC_FAULT=<step>` makes the process kill
/// itself (SIGKILL, as a power cut or `kill -9` would) when a round reaches that step, so a test
/// can prove that the next round completes and nothing is lost or doubled.
///
/// Why in the product: the steps are inside one process and one lock; only the process itself
/// can stop at exactly that point. Unset (always, outside tests) it costs one comparison.
enum SyncFault: String, CaseIterable, Sendable {
  /// The batch commit is written but this device's ref has not moved to it.
  case beforeExportCommit = "before-export-commit"
  /// This device's log is on the hub; nothing fetched or applied yet.
  case afterPush = "after-push"
  /// The team's changes are in the journal (one apply transaction); `applied.json` is not written.
  case midApply = "mid-apply"
  /// `applied.json` is written; the export cursor has not moved past the apply transaction.
  case afterApply = "after-apply"

  static let variable = "SALESFLOOR_SYNC_FAULT"

  /// The value of the variable, read once.
  static let setting: String? = ProcessInfo.processInfo.environment[variable].flatMap {
    $0.isEmpty ? nil : $0
  }

  static let armed: SyncFault? = setting.flatMap(SyncFault.init(rawValue:))

  /// A set but unknown value, in words (so a mistyped test does not silently test nothing).
  static var problem: String? {
    guard let setting, armed == nil else { return nil }
    return
      "\(variable)=\(setting) is not a sync step (one of: \(allCases.map(\.rawValue).joined(separator: ", ")))"
  }

  /// Dies here when this is the armed step.
  static func point(_ step: SyncFault) {
    if armed == step { kill(getpid(), SIGKILL) }
  }
}

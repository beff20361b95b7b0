import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the store refused to open a workspace or to make an edit durable.
///
/// Every description says what happened and what the user can do about it, because these
/// messages end up verbatim in the cockpit's footer and in `salesfloor check`.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// A file is not valid JSON of the expected shape. Nothing was written or renamed.
  case corruptFile(path: String, line: Int, column: Int, message: String)
  /// The record changed (another process or another edit) since the caller read `revision`.
  case conflict(collection: CollectionName, id: String, expected: UInt64, found: UInt64)
  /// The store is read-only (opened so, or a file has a newer `schemaVersion`).
  case readOnly(reason: String)
  /// `create(at:)` found an existing workspace.
  case alreadyExists(path: String)
  /// A system call failed.
  case io(path: String, operation: String, code: Int32)
  /// A workspace file is a symbolic link, which the store never follows (it could point anywhere).
  case symbolicLink(path: String)

  public var description: String {
    switch self {
    case .corruptFile(let path, let line, let column, let message):
      let bak = path + ".bak"
      let recovery =
        access(bak, F_OK) == 0
        ? "restore \(bak) (the last good version) or fix the file by hand"
        : "fix the file by hand or restore it from a backup"
      return "\(path):\(line):\(column): \(message)\n"
        + "The workspace cannot be opened: \(recovery), then reopen; nothing was overwritten."
    case .conflict(let collection, let id, _, _):
      return "\(Self.noun(collection)) \(id) was changed elsewhere (another window or process) after you "
        + "opened it; your edit was not saved. Review the latest version and make the edit again."
    case .readOnly(let reason):
      return "The workspace is read-only: \(reason)"
    case .alreadyExists(let path):
      return "\(path) already holds a SalesFloor workspace; open it instead of creating one."
    case .io(let path, let operation, let code):
      return "\(path): \(operation) failed: \(String(cString: strerror(code)))"
    case .symbolicLink(let path):
      return "\(path) is a symbolic link; SalesFloor does not follow links inside a workspace (another "
        + "user could point one at a file of yours). Nothing was read or written through it. Remove the "
        + "link (rm \(path)) and, if it pointed at your real data, move that file into its place."
    }
  }

  /// The same text as `description`, so `localizedDescription` (what CLIs print) is useful too.
  public var errorDescription: String? { description }

  private static func noun(_ c: CollectionName) -> String {
    switch c {
    case .deals: return "Deal"
    case .people: return "Person"
    case .accounts: return "Account"
    case .activities: return "Activity"
    case .quotas: return "Quota"
    case .coaching: return "Coaching item"
    case .playbooks: return "Playbook"
    case .content: return "Content item"
    case .training: return "Training module"
    case .assignments: return "Training assignment"
    case .compPlans: return "Comp plan"
    case .territories: return "Territory"
    case .forecastSubmissions: return "Forecast submission"
    case .forecastSnapshots: return "Forecast snapshot"
    case .rampPlans: return "Ramp plan"
    case .contacts: return "Contact"
    case .products: return "Product"
    case .activityGoals: return "Activity goal"
    case .settings: return "Settings"
    }
  }
}

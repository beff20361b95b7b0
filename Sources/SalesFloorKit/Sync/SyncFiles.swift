/// Where a synced workspace keeps its sync state: a `.sync` folder inside the workspace, so the
/// workspace stays one folder to back up, and the store (which must not compact away edits that
/// sync has not exported) can find the export cursor without knowing git.
public enum SyncFiles {
  /// The folder inside the workspace.
  public static let folder = ".sync"
  /// The bare git repository (no work tree) that holds this copy's and the team's op logs.
  public static let repository = "repo.git"
  /// This copy's enrolment: device id, person, hub (`SyncDeviceFile`).
  public static let device = "device.json"
  /// `<id> <commit>`: the last journal transaction exported to the op log, and this device's log
  /// head when the file was written (text, one line).
  public static let exported = "exported"
  /// The last round's outcome, for `sync status` and the cockpit's top bar (`SyncStatus`).
  public static let status = "status.json"
  /// The open conflicts, one JSON object per line, as every copy computes them.
  public static let conflicts = "conflicts.jsonl"
  /// Held (flock) for a whole round, so two rounds never interleave; editing never takes it.
  public static let lock = "lock"

  /// Journal transactions written by sync's apply step carry ids with this prefix: they hold
  /// what the ops already say, so the exporter skips them.
  public static let applyTransactionPrefix = "sync-"

  /// The `.sync` folder of a workspace folder path.
  public static func path(_ workspace: String, _ name: String? = nil) -> String {
    let base = workspace + "/" + folder
    return name.map { base + "/" + $0 } ?? base
  }
}

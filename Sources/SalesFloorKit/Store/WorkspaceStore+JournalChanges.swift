import Foundation

extension WorkspaceStore {
  /// The journal's transactions since the last compaction, oldest first, each with the before
  /// image of every record it touched (replayed over the snapshot files, read-only): what
  /// `salesfloor undo` looks back through (`UndoLast`). Compacted transactions are in the
  /// snapshot and have no before images any more.
  public static func journalChanges(
    in folder: URL, codec: any WorkspaceCodec = FastCodec(escapeSlashes: false)
  ) throws -> [ChangeSet] {
    var state = try StoreState.load(
      folder: folder.standardizedFileURL.path, codec: codec, readOnly: true, keepReplay: true)
    defer { state.closeFiles() }
    return state.takeExternal()
  }
}

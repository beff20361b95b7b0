/// The store's crash-safe file writes for the sync code, which keeps its own small files
/// (`SyncFiles`) beside the workspace's and must write them the same way, with the workspace's
/// modes (private, or shared with its group).
public enum SyncFileIO {
  /// Temp file → write → fsync → rename over `path` → fsync the folder.
  public static func replace(_ path: String, with bytes: [UInt8], for store: WorkspaceStore? = nil) throws {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    try DurableIO.replaceFile(path, with: bytes, folder: folder, modes: store?.fileModes ?? .owner)
    try DurableIO.fsyncFolder(folder)
  }

  /// Creates a folder and its missing parents with the store's folder mode.
  public static func makeFolders(_ path: String, for store: WorkspaceStore? = nil) throws {
    try DurableIO.makeFolders(path)
    if let modes = store?.fileModes, modes.isShared { try modes.applyFolder(path) }
  }
}

extension WorkspaceStore {
  /// The modes this workspace gives new files and folders.
  public var fileModes: FileModes { locked { state.modes } }
}

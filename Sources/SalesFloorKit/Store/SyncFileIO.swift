/// The store's crash-safe file writes for the sync code, which keeps its own small files
/// (`SyncFiles`) beside the workspace's and must write them the same way.
public enum SyncFileIO {
  /// Temp file → write → fsync → rename over `path` → fsync the folder.
  public static func replace(_ path: String, with bytes: [UInt8]) throws {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    try DurableIO.replaceFile(path, with: bytes, folder: folder)
    try DurableIO.fsyncFolder(folder)
  }

  /// Creates a folder and its missing parents with the store's folder mode.
  public static func makeFolders(_ path: String) throws { try DurableIO.makeFolders(path) }
}

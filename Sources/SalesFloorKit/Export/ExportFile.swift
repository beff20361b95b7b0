#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an export file the way the store writes its own: temp file (0600) in the same folder →
/// fsync → rename → fsync folder, so a reader never sees half a file and the data stays private.
public enum ExportFile {
  public static func write(_ text: String, to path: String) throws {
    let folder: String
    if let slash = path.lastIndex(of: "/") {
      folder = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      folder = "."
    }
    try DurableIO.replaceFile(path, with: Array(text.utf8), folder: folder, modes: .owner)
    try DurableIO.fsyncFolder(folder)
  }
}

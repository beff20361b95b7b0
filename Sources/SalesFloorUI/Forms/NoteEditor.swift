import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A note field handed to `$EDITOR`: the path of its temp file and which field it fills.
public struct PendingEditor: Hashable, Sendable {
  public var id: String
  public var path: String
  public var field: Int
}

/// Long notes go to the user's editor through a private temp file: created with
/// `O_CREAT|O_EXCL` and mode 0600 (nobody else can read a deal's notes or swap the file), deleted
/// after it is read back.
public enum NoteEditor {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Writes `text` to a new 0600 file in `directory` and returns its path.
  public static func createTempFile(text: String, directory: String = NSTemporaryDirectory()) throws -> String
  {
    let dir = directory.hasSuffix("/") ? directory : directory + "/"
    let path = dir + "salesfloor-note-\(UUID().uuidString).md"
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard fd >= 0 else {
      throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var bytes = Array(text.utf8)
    if !bytes.isEmpty, bytes.last != 0x0A { bytes.append(0x0A) }
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else {
        unlink(path)
        throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
      }
      done += n
    }
    return path
  }

  /// Reads the edited text back (one trailing newline dropped) and deletes the file.
  public static func readAndDelete(_ path: String) -> String? {
    defer { unlink(path) }
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// `$EDITOR` (which may carry arguments, e.g. `code -w`), else `vi`, on `path`.
  public static func command(id: String, path: String, environment: [String: String]) -> ExternalCommand {
    let words = (environment["EDITOR"] ?? "").split(separator: " ").map(String.init)
    guard let first = words.first else { return ExternalCommand(id: id, command: "vi", arguments: [path]) }
    return ExternalCommand(id: id, command: first, arguments: Array(words.dropFirst()) + [path])
  }
}

import Foundation
import Glibc
import SalesFloorUI

/// The private temp file a note is edited in: a fresh `0700` folder from `mkdtemp` holding a `0600`
/// file from `mkstemps`, so nobody else can read a deal's notes or swap the file. `remove()` deletes
/// the folder with everything in it (the editor's swap and backup files too); callers run it on
/// every path, including a signal that ends the edit.
struct NoteFile {
  let folder: String
  let path: String

  /// Creates the folder and the file in `temporaryDirectory` and writes `text` (plus a final newline,
  /// as editors expect).
  init(text: String, temporaryDirectory: String) throws(EffectFailure) {
    let base = temporaryDirectory.hasSuffix("/") ? String(temporaryDirectory.dropLast()) : temporaryDirectory
    var folderTemplate = Array((base + "/salesfloor-note-XXXXXX").utf8CString)
    guard let made = mkdtemp(&folderTemplate) else {
      throw EffectFailure("cannot create a temp folder in \(base): \(Self.errnoText())")
    }
    folder = String(cString: made)
    var fileTemplate = Array((folder + "/note-XXXXXX.md").utf8CString)
    let fd = mkstemps(&fileTemplate, 3)
    guard fd >= 0 else {
      let reason = Self.errnoText()
      rmdir(folder)
      throw EffectFailure("cannot create a temp file in \(folder): \(reason)")
    }
    path = Self.string(fileTemplate)
    defer { close(fd) }
    var bytes = Array(text.utf8)
    if !bytes.isEmpty, bytes.last != 0x0A { bytes.append(0x0A) }
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        let reason = Self.errnoText()
        remove()
        throw EffectFailure("cannot write \(path): \(reason)")
      }
      done += n
    }
  }

  /// The edited text (one trailing newline dropped), or nil when the file is gone or unreadable.
  func read() -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// Deletes the folder and whatever the editor left in it.
  func remove() {
    if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
      for name in names { unlink(folder + "/" + name) }
    }
    rmdir(folder)
  }

  /// A NUL-terminated C string buffer as a Swift string.
  static func string(_ buffer: [CChar]) -> String {
    String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// How editing a note ended: with text (or the reason there is none), or with a terminating signal
/// that must end the program.
enum NoteEdit: Hashable {
  case finished(Result<String, EffectFailure>)
  case interrupted(by: Int32)
}

extension NoteFile {
  /// Writes `text` to a private temp file, lets `run` start the editor on it (`$VISUAL`, `$EDITOR`,
  /// `vi`), reads it back and deletes it: on every path, including an interrupting signal.
  static func edit(
    _ text: String, environment: [String: String], run: ([String]) -> ChildEnding
  ) -> NoteEdit {
    let file: NoteFile
    do {
      file = try NoteFile(text: text, temporaryDirectory: environment["TMPDIR"] ?? "/tmp")
    } catch {
      return .finished(.failure(error))
    }
    defer { file.remove() }
    switch run(EditorCommand.arguments(path: file.path, environment: environment)) {
    case .interrupted(let signal):
      return .interrupted(by: signal)
    case .exited(0):
      return .finished(
        file.read().map { .success($0) } ?? .failure(EffectFailure("the note file was removed")))
    case .exited(let status):
      return .finished(.failure(EffectFailure("the editor exited with status \(status)")))
    case .killedBy(let signal):
      return .finished(.failure(EffectFailure("the editor was killed by signal \(signal)")))
    case .notStarted(let reason):
      return .finished(.failure(EffectFailure(reason)))
    }
  }
}

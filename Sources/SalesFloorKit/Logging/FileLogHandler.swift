import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A swift-log backend that appends one line per entry to the user's log file.
///
/// It lives in SalesFloorKit, not in the executable, because the domain is where background work
/// fails unseen (compaction now, sync soon): the Kit may *log*, through swift-log's `Logger`, but it
/// never prints, and the terminal belongs to curses. The file follows the workspace's rules (folder
/// 0700, file 0600, appended, UTC `Timestamp`s), and keeping it here lets the Kit's tests check the
/// line format. Only the executable installs it (`SalesFloorLog.bootstrap`), once.
///
/// A value, as swift-log asks of handlers: each `Logger` has its own level and metadata; all of
/// them share one `LogFile`, which serialises the writes.
public struct FileLogHandler: LogHandler {
  public var logLevel: Logger.Level
  public var metadata: Logger.Metadata = [:]
  /// Who logs: `salesfloor.store`, `salesfloor.cli`, …
  public let label: String
  let file: LogFile
  let clock: @Sendable () -> Timestamp

  /// - Parameter clock: the time stamped on each line (tests pin it).
  public init(
    label: String, file: LogFile, level: Logger.Level = .info,
    clock: @escaping @Sendable () -> Timestamp = { Timestamp.now }
  ) {
    self.label = label
    self.file = file
    self.logLevel = level
    self.clock = clock
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var merged = metadata
    if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
    if let extra = event.metadata { merged.merge(extra) { _, new in new } }
    let text =
      Self.line(
        at: clock(), level: event.level, label: label, message: event.message.description, metadata: merged)
      + "\n"
    file.append(text)
  }

  /// One entry: `2026-12-01T09:30:00Z error salesfloor.store: message key=value …`, always a single
  /// line (newlines in the message or metadata are written as `\n`), so `grep` and `tail` work.
  public static func line(
    at time: Timestamp, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata = [:]
  ) -> String {
    var text = "\(time.iso) \(level.rawValue) \(label): \(message)"
    for key in metadata.keys.sorted() {
      guard let value = metadata[key] else { continue }
      text += " \(key)=\(value)"
    }
    return text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
  }
}

/// The open log file every `FileLogHandler` appends to: one descriptor, one lock.
///
/// `@unchecked Sendable` because its only mutable state, the descriptor's file position, is
/// changed only by `append` under `lock` (and `O_APPEND` keeps other processes' lines whole).
public final class LogFile: @unchecked Sendable {
  /// The file's path, for messages ("see the log: …").
  public let path: String
  private let fd: Int32
  private let lock = NSLock()

  /// Opens `path` for appending, creating missing folders (0700) and the file (0600); an existing
  /// file is narrowed to 0600, since a log names customers and deals.
  public init(path: String) throws {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    try DurableIO.createFolders(folder)
    fd = try DurableIO.createFile(path, O_WRONLY | O_APPEND, modes: .owner)
  }

  deinit { DurableIO.closeFile(fd) }

  /// Writes one entry. A failed write (disk full) is dropped: the log must never be the reason
  /// a command or the cockpit fails.
  func append(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    try? DurableIO.writeAll(fd, Array(text.utf8), path: path)
  }
}

extension DurableIO {
  /// Folder permission for everything SalesFloor creates: only the user may list it.
  static let folderMode: mode_t = FileModes.owner.folder

  /// `mkdir -p` with 0700 for every folder it creates; existing folders are left as they are.
  static func createFolders(_ path: String) throws {
    var built = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      built += "/" + part
      if mkdir(built, folderMode) != 0 && errno != EEXIST { throw error("create folder", built) }
    }
  }
}

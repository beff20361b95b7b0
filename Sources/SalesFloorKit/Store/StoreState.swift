import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where this store is in the journal file it has open.
struct JournalCursor {
  var fd: Int32?
  var identity: DurableIO.FileIdentity?
  /// Bytes consumed: the start of the next unread line.
  var offset = 0
  /// Lines consumed (blank ones included), for error line numbers and auto-compaction.
  var lineCount = 0
  /// File size at the last read, for the cheap "anything new?" check.
  var seenSize = 0
  var seenModified: Int64 = 0
  /// Start of an unterminated last line (a torn write), if any.
  var tornTail: Int?
}

/// Everything mutable in a `WorkspaceStore`, guarded by its mutex.
struct StoreState {
  static let journalName = "journal.jsonl"
  static let lockName = ".lock"

  var workspace = Workspace()
  var notices: [String] = []
  var readOnlyReason: String?
  var lockFD: Int32?
  var journal = JournalCursor()
  /// Transactions applied by this instance (the source of revision numbers).
  var sequence: UInt64 = 0
  var revisions: [RecordKey: UInt64] = [:]
  /// Collections changed since the files were last written or read.
  var dirty: Set<CollectionName> = []
  /// Collections changed since a background compaction took its snapshot (nil: none running).
  var dirtySinceSnapshot: Set<CollectionName>?
  /// Other writers' transactions applied since a consumer last took them (`takeExternal`);
  /// recorded only once the store is open (the replay at open is not news to anyone).
  var external: [ChangeSet] = []
  var recordsExternal = false
  /// Collections this store holds (nil: all); a subset store is read-only and skips the rest.
  var collections: Set<CollectionName>?
  var closed = false
  /// `shared.json` as last read (nil: a private workspace), and the modes it gives new files.
  var shared: SharedMode?
  var sharedIdentity: DurableIO.FileIdentity?
  var modes = FileModes.owner
  private var reportedTornTail: Int?
  private var reportedNewerLine: Int?

  /// Reads every collection file and replays the journal, under a shared lock so a concurrent
  /// compaction cannot swap files between the two reads.
  static func load(
    folder: String, codec: any WorkspaceCodec, readOnly: Bool, collections: Set<CollectionName>? = nil,
    fileSystem: FileSystemKind.Probe = FileSystemKind.statfsProbe, keepReplay: Bool = false
  ) throws -> StoreState {
    var s = StoreState()
    s.collections = collections
    // The replayed lines' change sets, for a caller that looks back through them (undo).
    s.recordsExternal = keepReplay
    if readOnly { s.readOnlyReason = "opened read-only" }
    do {
      guard access(folder, F_OK) == 0 else { throw DurableIO.error("open workspace folder", folder, ENOENT) }
      try s.checkPlacement(folder: folder, fileSystem: fileSystem)
      let lockPath = folder + "/" + lockName
      if s.readOnlyReason != nil {
        s.lockFD = try DurableIO.openIfExists(lockPath)
      } else {
        do {
          s.lockFD = try DurableIO.createFile(lockPath, O_RDWR, modes: s.modes)
        } catch WorkspaceError.io(_, "open", let code) where code == EACCES || code == EROFS || code == EPERM
        {
          // A folder we may not write (shared read-only, a mounted backup): still let people look.
          s.readOnlyReason = "the folder is not writable (\(String(cString: strerror(code))))"
          s.notices.append("Opened read-only: \(folder) is not writable.")
          s.lockFD = try DurableIO.openIfExists(lockPath)
        }
      }
      try s.withLock(LOCK_SH, folder: folder) { s in
        try s.readFiles(folder: folder, codec: codec)
        try s.catchUp(folder: folder, codec: codec)
      }
      s.recordsExternal = true
      return s
    } catch {
      s.closeFiles()
      throw error
    }
  }

  private mutating func readFiles(folder: String, codec: any WorkspaceCodec) throws {
    var newer: [String] = []
    for c in CollectionName.allCases where collections?.contains(c) ?? true {
      let path = folder + "/" + c.fileName
      guard let bytes = try DurableIO.readFile(path) else { continue }
      let version: Int
      do {
        version = try bytes.withUnsafeBytes { try codec.decodeFile(c, bytes: $0, into: &workspace) }
      } catch {
        let e = error as? CodecError ?? CodecError(line: 1, column: 1, message: "\(error)")
        var message = e.message
        if let v = Self.declaredVersion(bytes), v > WorkspaceStore.schemaVersion {
          message +=
            " (the file says schemaVersion \(v), newer than this build's "
            + "\(WorkspaceStore.schemaVersion): upgrade SalesFloor to read it)"
        }
        throw WorkspaceError.corruptFile(path: path, line: e.line, column: e.column, message: message)
      }
      if version > WorkspaceStore.schemaVersion { newer.append("\(c.fileName) (schemaVersion \(version))") }
    }
    if !newer.isEmpty {
      let reason =
        "written by a newer SalesFloor: " + newer.joined(separator: ", ") + "; this build understands "
        + "schemaVersion \(WorkspaceStore.schemaVersion). Upgrade SalesFloor to edit; nothing is changed."
      notices.append("Opened read-only: files " + reason)
      readOnlyReason = readOnlyReason ?? reason
    }
  }

  /// The top-level `schemaVersion` of a file that failed to decode, when it can be read at all.
  private static func declaredVersion(_ bytes: [UInt8]) -> Int? {
    let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    return (object as? [String: Any])?["schemaVersion"] as? Int
  }

  /// Holds `flock(operation)` on the lock file around `body` (no lock when there is no lock file,
  /// which only happens for a read-only store on a folder that never had a writer).
  mutating func withLock<T>(
    _ operation: Int32, folder: String, _ body: (inout StoreState) throws -> T
  ) throws -> T {
    guard let fd = lockFD else { return try body(&self) }
    let lockPath = folder + "/" + Self.lockName
    try DurableIO.lock(fd, operation, path: lockPath)
    defer { _ = flock(fd, LOCK_UN) }
    if operation == LOCK_EX { try refreshShared(folder: folder) }
    return try body(&self)
  }

  /// Applies every complete journal line appended since the last read; follows a journal that a
  /// compaction replaced (finishing the old file first, through the still-open descriptor).
  mutating func catchUp(folder: String, codec: any WorkspaceCodec) throws {
    let journalPath = folder + "/" + Self.journalName
    if journal.fd != nil { try readNewLines(path: journalPath, codec: codec) }
    let onDisk = try DurableIO.identity(path: journalPath)
    let same =
      onDisk != nil && onDisk?.inode == journal.identity?.inode && onDisk?.device == journal.identity?.device
    if let onDisk, !same || journal.fd == nil {
      if let fd = journal.fd { DurableIO.closeFile(fd) }
      journal = JournalCursor()
      let flags = readOnlyReason == nil ? O_RDWR | O_APPEND : O_RDONLY
      journal.fd = try DurableIO.openFile(journalPath, flags)
      journal.identity = onDisk
      try readNewLines(path: journalPath, codec: codec)
    }
  }

  private mutating func readNewLines(path: String, codec: any WorkspaceCodec) throws {
    guard let fd = journal.fd else { return }
    let id = try DurableIO.identity(fd, path: path)
    journal.identity = id
    journal.seenSize = id.size
    journal.seenModified = id.modified
    guard id.size > journal.offset else {
      if id.size < journal.offset { journal.offset = id.size }  // truncated by a writer (torn tail)
      return
    }
    let bytes = try DurableIO.readAt(fd, from: journal.offset, count: id.size - journal.offset, path: path)
    var start = 0
    journal.tornTail = nil
    while start < bytes.count {
      guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
        noteTornTail(at: journal.offset + start, length: bytes.count - start)
        return
      }
      let line = bytes[start..<newline]
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        consume(newline + 1 - start)
        start = newline + 1
        continue
      }
      let tx: Transaction
      do {
        tx = try line.withUnsafeBytes { try codec.decodeTransaction($0) }
        try JournalCompatibility.checkVersion(line)
      } catch {
        // The line ends in a newline, so its commit was acknowledged: never drop it as torn.
        let newer = error as? JournalCompatibility.NewerLine
        if let feature = newer?.feature ?? JournalCompatibility.newerFeature(in: line) {
          noteNewerLine(at: journal.offset + start, feature: feature)
          return
        }
        throw JournalCompatibility.corruptLine(
          error, path: path, line: journal.lineCount + 1, isLast: newline + 1 == bytes.count)
      }
      let changes = apply(tx, origin: .external)
      if recordsExternal { external.append(changes) }
      consume(newline + 1 - start)
      start = newline + 1
    }
  }

  private mutating func consume(_ count: Int) {
    journal.offset += count
    journal.lineCount += 1
  }

  /// Stops reading at a line written by a newer SalesFloor: the store turns read-only (so no writer
  /// appends past a line it does not understand, and no compaction folds an incomplete replay) and
  /// says so once.
  private mutating func noteNewerLine(at offset: Int, feature: String) {
    let message = JournalCompatibility.newerLineNotice(line: journal.lineCount + 1, feature: feature)
    readOnlyReason = readOnlyReason ?? message
    guard reportedNewerLine != offset else { return }
    reportedNewerLine = offset
    notices.append("Opened read-only: " + message)
  }

  /// Records an unterminated last line: only a write cut before its newline (a crash), never acknowledged.
  private mutating func noteTornTail(at offset: Int, length: Int) {
    journal.tornTail = offset
    guard reportedTornTail != offset else { return }
    reportedTornTail = offset
    notices.append(
      "journal.jsonl: dropped an incomplete last line (\(length) bytes at line \(journal.lineCount + 1)) "
        + "left by an interrupted write; that edit had not been saved.")
  }

  /// Appends one complete line (with its newline) and fsyncs; the caller holds the exclusive lock.
  mutating func append(_ line: [UInt8], folder: String) throws {
    // Catching up may have met a line from a newer SalesFloor: appending after it would bury it.
    if let reason = readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
    let path = folder + "/" + Self.journalName
    if journal.fd == nil {
      journal.fd = try DurableIO.createFile(path, O_RDWR | O_APPEND, modes: modes)
      try DurableIO.fsyncFolder(folder)
    }
    guard let fd = journal.fd else { return }
    if let torn = journal.tornTail {
      // Only an unterminated last line is torn (see readNewLines); cut it so our line does not glue onto it.
      try DurableIO.truncate(fd, to: torn, path: path)
      journal.tornTail = nil
    }
    let before = journal.offset
    do {
      try DurableIO.writeAll(fd, line, path: path)
      try DurableIO.sync(fd, path: path)
    } catch {
      _ = ftruncate(fd, off_t(before))  // leave no half line behind (e.g. disk full)
      throw error
    }
    journal.offset += line.count
    journal.lineCount += 1
    let id = try DurableIO.identity(fd, path: path)
    journal.identity = id
    journal.seenSize = id.size
    journal.seenModified = id.modified
  }

  /// Applies a durable transaction to memory and records revisions; returns what it changed.
  @discardableResult
  mutating func apply(_ transaction: Transaction, origin: ChangeSet.Origin) -> ChangeSet {
    var tx = transaction
    if let only = collections { tx.mutations = tx.mutations.filter { only.contains($0.collection) } }
    sequence += 1
    for m in tx.mutations {
      revisions[RecordKey(m.collection, m.recordId)] = sequence
      dirty.insert(m.collection)
      dirtySinceSnapshot?.insert(m.collection)
    }
    return ChangeSet(
      transactionId: tx.id, at: tx.at, actor: tx.actor, summary: tx.summary, origin: origin,
      changes: workspace.applyRecording(tx))
  }

  /// The other writers' change sets not yet handed out, in the order they were applied.
  mutating func takeExternal() -> [ChangeSet] {
    defer { external = [] }
    return external
  }

  mutating func closeFiles() {
    if let fd = journal.fd { DurableIO.closeFile(fd) }
    if let fd = lockFD { DurableIO.closeFile(fd) }
    journal.fd = nil
    lockFD = nil
  }
}

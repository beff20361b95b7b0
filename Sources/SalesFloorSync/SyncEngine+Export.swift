import Foundation
import SalesFloorKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A journal file as read: its inode and the bytes through its last complete line.
struct JournalMark: Equatable {
  var inode: UInt64
  var size: Int
}

extension SyncEngine {
  /// One journal line: its transaction, or nil when it is an apply line of sync (already ops).
  struct JournalLine {
    var id: String
    var transaction: Transaction?
  }

  /// Every complete line of the journal, in order (a torn last line is not acknowledged: left out).
  /// Every complete line of the journal, in order (a torn last line is not acknowledged: left
  /// out), and the journal file's identity as read.
  static func journalLines(folder: String) throws(SyncRunError) -> [JournalLine] {
    try readJournal(folder: folder).lines
  }

  static func readJournal(folder: String) throws(SyncRunError) -> (lines: [JournalLine], mark: JournalMark?) {
    try readJournal(folder: folder, after: nil) ?? ([], nil)
  }

  /// The lines after `mark` when the journal is still that file (nil when it was replaced or
  /// shrank: read it whole); the whole journal when `mark` is nil (nil only when it is missing).
  static func readJournal(
    folder: String, after mark: JournalMark?
  ) throws(SyncRunError) -> (lines: [JournalLine], mark: JournalMark?)? {
    let path = folder + "/journal.jsonl"
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return mark == nil ? ([], nil) : nil }
      throw SyncRunError("cannot read \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else {
      throw SyncRunError("cannot read \(path): \(String(cString: strerror(errno)))")
    }
    let offset: Int
    if let mark {
      guard UInt64(st.st_ino) == mark.inode, Int(st.st_size) >= mark.size else { return nil }
      offset = mark.size
    } else {
      offset = 0
    }
    let size = Int(st.st_size) - offset
    var bytes = [UInt8](repeating: 0, count: size)
    var got = 0
    while got < size {
      let n = bytes.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress.map { $0 + got }, size - got, off_t(offset + got))
      }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { break }
      got += n
    }
    if got < size { bytes.removeLast(size - got) }
    var out: [JournalLine] = []
    var start = 0
    let codec = FastCodec(escapeSlashes: false)
    while let nl = bytes[start...].firstIndex(of: 0x0A) {
      let line = bytes[start..<nl]
      start = nl + 1
      guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
      let tx: Transaction
      do {
        tx = try line.withUnsafeBytes { try codec.decodeTransaction($0) }
      } catch {
        throw SyncRunError(
          "\(path) line \(out.count + 1) cannot be read (\(error)); sync stops so nothing is exported wrong. "
            + "Run salesfloor check to see the workspace's state")
      }
      let applied = tx.id.hasPrefix(SyncFiles.applyTransactionPrefix)
      out.append(JournalLine(id: tx.id, transaction: applied ? nil : tx))
    }
    return (out, JournalMark(inode: UInt64(st.st_ino), size: offset + start))
  }

  /// The journal lines not exported yet: after the cursor file's line, else after the cursor in
  /// this device's last batch (a crash between writing the two leaves the batch's newer).
  func pendingLines(_ lines: [JournalLine]) throws(SyncRunError) -> [JournalLine] {
    // `<transaction id> <log head it was written after>`.
    let saved = FileManager.default.contents(atPath: SyncFiles.path(workspacePath, SyncFiles.exported)).map {
      String(decoding: $0, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
    }
    var position = saved?.first.flatMap { c in lines.lastIndex { $0.id == c } }
    // The batch's cursor matters only when the file was written before the last batch (a crash
    // between the two).
    if let head = ownHead, saved?.dropFirst().first != head,
      let c = try repository.blob(head + ":" + OpBatch.cursorFile)
    {
      let id = String(decoding: c, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      if let p = lines.lastIndex(where: { $0.id == id }), p > position ?? -1 { position = p }
    }
    return position.map { Array(lines[($0 + 1)...]) } ?? lines
  }

  /// Whether the journal is as the last export left it (one `stat`, no read).
  func journalUnchanged() -> Bool {
    guard let mark = exportedJournal else { return false }
    var st = stat()
    guard stat(workspacePath + "/journal.jsonl", &st) == 0 else { return false }
    return UInt64(st.st_ino) == mark.inode && Int(st.st_size) == mark.size
  }

  /// Exports every pending journal line as ops in one batch commit on this device's log, then
  /// moves the cursor past them (and past sync's own apply lines). Returns the ops written.
  ///
  /// Crash safety: the batch commit carries its cursor, so a crash before the cursor file is
  /// written re-reads the batch's; a crash before the ref moves leaves only unreferenced objects,
  /// and the same lines are exported again with the same sequence numbers.
  @discardableResult
  func exportPending(extra: [SyncOp] = []) throws(SyncRunError) -> [SyncOp] {
    if journalUnchanged() {
      if !extra.isEmpty { try writeBatch(extra, cursor: nil) }
      return extra
    }
    let pending: [JournalLine]
    let mark: JournalMark?
    if let known = exportedJournal, let more = try Self.readJournal(folder: workspacePath, after: known) {
      // Same file, grown: every line after the last export's end is new.
      (pending, mark) = more
    } else {
      let (lines, whole) = try Self.readJournal(folder: workspacePath)
      (pending, mark) = (try pendingLines(lines), whole)
    }
    var ops: [SyncOp] = extra
    for line in pending {
      guard let tx = line.transaction else { continue }
      ops += try opsFor(tx)
    }
    if !ops.isEmpty { try writeBatch(ops, cursor: pending.last?.id) }
    if let last = pending.last?.id { try writeCursor(last) }
    exportedJournal = mark
    return ops
  }

  /// The ops of one local transaction, folded into the merged state as they are made (a later
  /// transaction of the same record diffs against this one's result).
  func opsFor(_ tx: Transaction) throws(SyncRunError) -> [SyncOp] {
    var changes: [RecordChange] = []
    for m in tx.mutations where snapshot.syncs(m.collection.rawValue) {
      let ref = SyncRecordRef(m.collection.rawValue, m.recordId)
      if !merged.knows(ref), let fields = try snapshot.fields(ref) { merged.seed(ref, fields: fields) }
      let after: Record?
      switch m {
      case .put(let r): after = r
      case .delete: after = nil
      }
      changes.append(RecordChange(collection: m.collection, id: m.recordId, before: nil, after: after))
    }
    guard !changes.isEmpty else { return [] }
    let change = ChangeSet(
      transactionId: tx.id, at: tx.at, actor: tx.actor ?? deviceFile.person, summary: tx.summary,
      origin: .own,
      changes: changes)
    let ops: [SyncOp]
    do throws(SyncError) {
      ops = try device.ops(for: change, in: merged, now: max(now(), tx.at.seconds * 1000))
    } catch {
      throw SyncRunError("cannot export \(tx.id) (\(tx.summary)): \(error.message)")
    }
    merged.apply(ops)
    if !ops.isEmpty { conflictCache = nil }
    return ops
  }

  /// A direct op of this device (enrolment, revocation, a conflict's answer), folded in.
  func makeOp(record: SyncRecordRef, payload: SyncPayload) -> SyncOp {
    device.observe(merged)
    let op = device.makeOp(author: deviceFile.person, record: record, payload: payload, now: now())
    merged.apply(op)
    conflictCache = nil
    return op
  }

  func writeBatch(_ ops: [SyncOp], cursor: String?) throws(SyncRunError) {
    let own = SyncRepository.deviceRef(device.id)
    var files = [(name: OpBatch.file, bytes: OpBatch.encode(ops))]
    // Without a new cursor the parent's stays in the tree (fast-import starts from the parent's).
    if let cursor { files.append((OpBatch.cursorFile, Array(cursor.utf8))) }
    let commit = try repository.commit(
      files: files, on: "refs/salesfloor-scratch/" + device.id, parent: ownHead,
      message: OpBatch.subject(device: device.id, ops: ops), person: deviceFile.person, device: device.id)
    SyncFault.point(.beforeExportCommit)
    try repository.updateRef(own, to: commit, from: ownHead)
    folded[own] = commit
    ownHead = commit
  }

  func writeCursor(_ id: String) throws(SyncRunError) {
    try writeFile(SyncFiles.exported, Array((id + " " + (ownHead ?? "-") + "\n").utf8))
  }

  /// Temp → fsync → rename → fsync the folder, like every file the store writes.
  func writeFile(_ name: String, _ bytes: [UInt8]) throws(SyncRunError) {
    do {
      try SyncFileIO.replace(SyncFiles.path(workspacePath, name), with: bytes, for: store)
    } catch {
      throw SyncRunError("cannot write \(SyncFiles.path(workspacePath, name)): \(error)")
    }
  }
}

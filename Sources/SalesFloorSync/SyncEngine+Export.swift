import Foundation
import SalesFloorKit

extension SyncEngine {
  /// One journal line: its transaction, or nil when it is an apply line of sync (already ops).
  struct JournalLine {
    var id: String
    var transaction: Transaction?
  }

  /// Every complete line of the journal, in order (a torn last line is not acknowledged: left out).
  func journalLines() throws(SyncRunError) -> [JournalLine] { try Self.journalLines(folder: workspacePath) }

  static func journalLines(folder: String) throws(SyncRunError) -> [JournalLine] {
    let path = folder + "/journal.jsonl"
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let bytes = [UInt8](data)
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
    return out
  }

  /// The journal lines not exported yet: after the later of the cursor file and the cursor in
  /// this device's last batch (a crash between writing the two leaves the batch's newer).
  func pendingLines() throws(SyncRunError) -> [JournalLine] {
    let lines = try journalLines()
    var cursors: [String] = []
    if let data = FileManager.default.contents(atPath: SyncFiles.path(workspacePath, SyncFiles.exported)) {
      cursors.append(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let own = SyncRepository.deviceRef(device.id)
    if let head = try repository.resolve(own), let c = try repository.blob(head + ":" + OpBatch.cursorFile) {
      cursors.append(String(decoding: c, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let position = cursors.compactMap { c in lines.lastIndex { $0.id == c } }.max()
    return position.map { Array(lines[($0 + 1)...]) } ?? lines
  }

  /// Exports every pending journal line as ops in one batch commit on this device's log, then
  /// moves the cursor past them (and past sync's own apply lines). Returns the ops written.
  ///
  /// Crash safety: the batch commit carries its cursor, so a crash before the cursor file is
  /// written re-reads the batch's; a crash before the ref moves leaves only unreferenced objects,
  /// and the same lines are exported again with the same sequence numbers.
  @discardableResult
  func exportPending(extra: [SyncOp] = []) throws(SyncRunError) -> [SyncOp] {
    let pending = try pendingLines()
    var ops: [SyncOp] = extra
    for line in pending {
      guard let tx = line.transaction else { continue }
      ops += try opsFor(tx)
    }
    if !ops.isEmpty { try writeBatch(ops, cursor: pending.last?.id) }
    if let last = pending.last?.id { try writeCursor(last) }
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
    let parent = try repository.resolve(own)
    var files = [OpBatch.file: try repository.writeBlob(OpBatch.encode(ops))]
    if let cursor = cursor ?? lastCursor(parent) {
      files[OpBatch.cursorFile] = try repository.writeBlob(Array(cursor.utf8))
    }
    let tree = try repository.writeTree(files)
    let commit = try repository.writeCommit(
      tree: tree, parent: parent, message: OpBatch.subject(device: device.id, ops: ops),
      person: deviceFile.person,
      device: device.id)
    SyncFault.point(.beforeExportCommit)
    try repository.updateRef(own, to: commit, from: parent)
    folded[own] = commit
  }

  private func lastCursor(_ head: String?) -> String? {
    guard let head, let c = try? repository.blob(head + ":" + OpBatch.cursorFile) else { return nil }
    return String(decoding: c, as: UTF8.self)
  }

  func writeCursor(_ id: String) throws(SyncRunError) {
    try writeFile(SyncFiles.exported, Array((id + "\n").utf8))
  }

  /// Temp → fsync → rename → fsync the folder, like every file the store writes.
  func writeFile(_ name: String, _ bytes: [UInt8]) throws(SyncRunError) {
    do {
      try SyncFileIO.replace(SyncFiles.path(workspacePath, name), with: bytes)
    } catch {
      throw SyncRunError("cannot write \(SyncFiles.path(workspacePath, name)): \(error)")
    }
  }
}

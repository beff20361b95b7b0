import Foundation
import SalesFloorKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One copy's side of team sync: exports its journal to its device log, pushes it, fetches the
/// others' logs, merges them (`SyncState`) and applies the result to the workspace as ordinary
/// journal transactions, which every open cockpit picks up as it picks up any other writer.
///
/// Why a class: the merged state and the commits already read are kept between rounds, so a
/// cockpit's background round reads only what is new (an idle round is a fetch and a compare).
/// Every public method takes the instance's lock and, for a round, the folder's sync lock
/// (`SyncFiles.lock`), so a CLI `sync` and a cockpit's background round never interleave.
///
/// The invariant the export relies on: the merged state holds only ops this copy has applied
/// (its own, and others' folded in the same locked step that applies them). So the merged view
/// of a record is the record as the journal had it before the next local line, and a line's
/// field diff against it is exactly what that edit changed.
public final class SyncEngine: @unchecked Sendable {
  public let store: WorkspaceStore
  public private(set) var deviceFile: SyncDeviceFile
  let workspacePath: String
  let repository: SyncRepository
  let snapshot: TeamSnapshot
  var merged = SyncState()
  var device: SyncDevice
  /// Commits already folded, per ref, so a round reads only new ones.
  var folded: [String: String] = [:]
  var conflictCache: [SyncConflict]?
  /// This device's log head as this instance last wrote or read it.
  var ownHead: String?
  /// The bytes of `applied.json` this instance last wrote or read (another round changes them).
  var lastApplied: Data?
  /// The journal as of the last export that read it to the end: unchanged means nothing pending.
  var exportedJournal: JournalMark?
  /// The hub's copy of this device's log that was last found to be part of ours, and the subject
  /// of a hub head (its last sequence number), so an idle round asks git neither again.
  var checkedHubOwn: String?
  var hubOwnSubject: (commit: String, subject: String)?
  /// The conflict list as last written (rewritten only when it changes).
  var lastConflicts: [UInt8]?
  /// Records folded but not yet written to the workspace (an apply that failed): retried next round.
  var unapplied: Set<SyncRecordRef> = []
  /// Merged records that do not make a valid record, by ref (reported, never applied).
  var applyIssues: [SyncRecordRef: String] = [:]
  var lastSynced: Timestamp?
  /// Wall clock in milliseconds (tests pin it).
  let now: @Sendable () -> Int64
  let mutex = NSLock()

  /// Opens the sync state of a synced workspace; throws when the folder is not enrolled or
  /// cannot sync (the message says what to run).
  public init(
    store: WorkspaceStore, environment: [String: String] = [:],
    now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
  ) throws(SyncRunError) {
    if let problem = SyncFault.problem { throw SyncRunError(problem) }
    self.store = store
    self.now = now
    workspacePath = store.folder.path
    let file = try Self.readDeviceFile(workspacePath)
    deviceFile = file
    repository = SyncRepository(
      path: SyncFiles.path(workspacePath, SyncFiles.repository), environment: environment)
    do throws(SyncError) {
      device = try SyncDevice(id: file.device)
    } catch {
      throw SyncRunError(error.message)
    }
    let hubEpoch = try repository.resolve(SyncRepository.hubEpochRef)
    let ownEpoch = try repository.resolve(SyncRepository.epochRef)
    guard let epoch = hubEpoch ?? ownEpoch else {
      throw SyncRunError(
        "\(SyncFiles.path(workspacePath, SyncFiles.repository)) has no team snapshot: run salesfloor team join again"
      )
    }
    snapshot = try TeamSnapshot(repository: repository, commit: epoch)
    if let status = Self.readStatus(workspacePath) { lastSynced = status.lastSynced }
    try loadApplied()
  }

  /// Folds this device's whole log and the others' up to the commits last applied here
  /// (`SyncFiles.applied`): what the workspace already holds. Anything newer is a round's news.
  func loadApplied() throws(SyncRunError) {
    var heads: [String: String] = [:]
    if let data = FileManager.default.contents(atPath: SyncFiles.path(workspacePath, Self.appliedFile)),
      let applied = try? JSONDecoder().decode([String: String].self, from: data)
    {
      for (ref, commit) in applied where try repository.resolve(commit) != nil { heads[ref] = commit }
    }
    let own = SyncRepository.deviceRef(device.id)
    if let head = try repository.resolve(own) { heads[own] = head }
    // An apply line not yet behind the export cursor: a round died between writing it and
    // recording its heads. The workspace holds what that round fetched (nothing was fetched
    // since), so fold it too; else the next local line would diff against too old a view and
    // re-export the team's changes as this device's (a deal history entry doubled).
    ownHead = heads[own]
    if try pendingLines(Self.journalLines(folder: workspacePath)).contains(where: { $0.transaction == nil }) {
      for (ref, head) in try repository.refs(["refs/hub/dev/"])
      where ref != SyncRepository.hubDeviceRef(device.id) {
        heads[ref] = head
      }
    }
    let commits = try repository.newCommits(heads: Array(Set(heads.values)).sorted(), known: [])
    let blobs = try repository.blobs(commits.map { $0 + ":" + OpBatch.file })
    var ops: [SyncOp] = []
    for commit in commits {
      guard let bytes = blobs[commit + ":" + OpBatch.file] else { continue }
      ops += OpBatch.decode(bytes, commit: commit, issues: &batchIssues)
    }
    _ = try fold(ops)
    folded = heads
    ownHead = heads[own]
    lastApplied = FileManager.default.contents(atPath: SyncFiles.path(workspacePath, Self.appliedFile))
    let mine = merged.ops.values.lazy.filter { $0.device == self.device.id }.map(\.seq).max() ?? 0
    do throws(SyncError) {
      device = try SyncDevice(id: device.id, nextSeq: mine + 1)
    } catch {
      throw SyncRunError(error.message)
    }
  }

  /// `{"refs/hub/dev/<device>": "<commit>"}`: the others' log heads whose ops the workspace holds.
  static let appliedFile = "applied.json"

  func writeApplied() throws(SyncRunError) {
    let remote = folded.filter { $0.key.hasPrefix("refs/hub/") }
    do {
      let bytes = try JSONEncoder.sorted.encode(remote)
      try writeFile(Self.appliedFile, Array(bytes))
      lastApplied = bytes
    } catch let error as SyncRunError {
      throw error
    } catch {
      throw SyncRunError("cannot encode \(Self.appliedFile): \(error)")
    }
  }

  /// Whether a workspace folder is enrolled in a team.
  public static func isEnrolled(_ workspace: URL) -> Bool {
    access(SyncFiles.path(workspace.standardizedFileURL.path, SyncFiles.device), F_OK) == 0
  }

  /// The device file of a workspace, or a message naming the file and what to do.
  public static func readDeviceFile(_ workspace: String) throws(SyncRunError) -> SyncDeviceFile {
    let path = SyncFiles.path(workspace, SyncFiles.device)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw SyncRunError(
        "\(workspace) is not part of a team (no \(path)): run salesfloor team init HUB or salesfloor team join HUB"
      )
    }
    do {
      return try JSONDecoder().decode(SyncDeviceFile.self, from: data)
    } catch {
      throw SyncRunError(
        "\(path) cannot be read (\(error)); it is left as it is. Restore it from a backup, or enrol this "
          + "folder again with salesfloor team reenrol")
    }
  }

  /// The status the last round wrote, if any.
  public static func readStatus(_ workspace: String) -> SyncStatus? {
    guard let data = FileManager.default.contents(atPath: SyncFiles.path(workspace, SyncFiles.status)) else {
      return nil
    }
    return try? JSONDecoder().decode(SyncStatus.self, from: data)
  }

  /// `<machine-id>:<inode>` of a folder: a copy of the folder (here or on another machine) has
  /// another identity, so it is caught before it writes under someone else's device id.
  static func folderIdentity(_ path: String) -> String {
    var st = stat()
    let inode = stat(path, &st) == 0 ? String(st.st_ino) : "?"
    let machine =
      (try? String(contentsOfFile: "/etc/machine-id", encoding: .utf8))?.trimmingCharacters(
        in: .whitespacesAndNewlines) ?? ""
    return machine + ":" + inode
  }

  func locked<T>(_ body: () throws(SyncRunError) -> T) throws(SyncRunError) -> T {
    mutex.lock()
    defer { mutex.unlock() }
    return try body()
  }

  /// Holds the folder's sync lock around `body`; `wait: false` returns nil when another round holds it.
  func withSyncLock<T>(wait: Bool, _ body: () throws(SyncRunError) -> T) throws(SyncRunError) -> T? {
    let path = SyncFiles.path(workspacePath, SyncFiles.lock)
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw SyncRunError("cannot open \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
      if errno == EINTR { continue }
      if errno == EWOULDBLOCK { return nil }
      throw SyncRunError("cannot lock \(path): \(String(cString: strerror(errno)))")
    }
    defer { _ = flock(fd, LOCK_UN) }
    return try body()
  }

  /// The ops of commits not folded yet among `refs` (the hub's device logs; this device's own
  /// comes from its own ref), with `folded` advanced.
  func readNewOps(_ refs: [String: String]) throws(SyncRunError) -> [SyncOp] {
    let hubOwn = SyncRepository.hubDeviceRef(device.id)
    let changed = refs.filter {
      $0.key.hasPrefix("refs/hub/dev/") && $0.key != hubOwn && folded[$0.key] != $0.value
    }
    guard !changed.isEmpty else { return [] }
    let commits = try repository.newCommits(
      heads: changed.values.sorted(), known: Array(Set(folded.values)).sorted())
    let blobs = try repository.blobs(commits.map { $0 + ":" + OpBatch.file })
    var ops: [SyncOp] = []
    for commit in commits {
      guard let bytes = blobs[commit + ":" + OpBatch.file] else { continue }
      ops += OpBatch.decode(bytes, commit: commit, issues: &batchIssues)
    }
    for (ref, head) in changed { folded[ref] = head }
    return ops
  }

  /// Seeds the snapshot records that ops touch and the merge does not know yet. Done before the
  /// store's write lock is taken: the first seed of a collection decodes its snapshot file.
  func preseed(_ ops: [SyncOp]) throws(SyncRunError) {
    for op in ops {
      let ref = SyncRecordRef(op.collection, op.recordId)
      if !merged.knows(ref), let fields = try snapshot.fields(ref) { merged.seed(ref, fields: fields) }
    }
  }

  /// Another process (a CLI `sync` while the cockpit runs) exported or applied since this
  /// instance last did: start again from what the folder holds, so sequence numbers and the
  /// merged state are the folder's, not this instance's stale memory.
  func catchUpWithOtherRounds(_ refs: [String: String]) throws(SyncRunError) {
    try catchUp(refs)
  }

  /// `catchUpWithOtherRounds` for the steps outside a round (revoke, resolve).
  func catchUp() throws(SyncRunError) { try catchUp(try repository.refs(["refs/salesfloor/", "refs/hub/"])) }

  private func catchUp(_ refs: [String: String]) throws(SyncRunError) {
    let applied = FileManager.default.contents(atPath: SyncFiles.path(workspacePath, Self.appliedFile))
    guard refs[SyncRepository.deviceRef(device.id)] != ownHead || applied != lastApplied else { return }
    try reload()
  }

  /// Problems reading batches (a line that is not an op): reported in `sync status`, never fatal.
  var batchIssues: [String] = []

  /// Folds ops into the merged state, seeding the snapshot records they touch; ops of a revoked
  /// device made after its revocation are left out. Returns the refs touched.
  func fold(_ ops: [SyncOp]) throws(SyncRunError) -> Set<SyncRecordRef> {
    var touched = Set<SyncRecordRef>()
    for op in ops {
      let ref = SyncRecordRef(op.collection, op.recordId)
      if !merged.knows(ref), let fields = try snapshot.fields(ref) { merged.seed(ref, fields: fields) }
      if merged.apply(op) { touched.insert(ref) }
    }
    if !touched.isEmpty { conflictCache = nil }
    return touched
  }

  /// The open conflicts (cached between rounds that fold nothing).
  public var conflicts: [SyncConflict] {
    mutex.lock()
    defer { mutex.unlock() }
    return currentConflicts()
  }

  func currentConflicts() -> [SyncConflict] {
    if let c = conflictCache { return c }
    let c = merged.conflicts().filter { CollectionName(rawValue: $0.record.collection) != nil }
    conflictCache = c
    return c
  }
}

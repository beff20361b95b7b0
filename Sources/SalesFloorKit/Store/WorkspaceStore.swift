import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names one record of one collection, the unit of optimistic concurrency.
public struct RecordKey: Hashable, Sendable, CustomStringConvertible {
  public var collection: CollectionName
  public var id: String
  public init(_ collection: CollectionName, _ id: String) {
    self.collection = collection
    self.id = id
  }
  public var description: String { "\(collection.rawValue)/\(id)" }
}

/// A workspace folder on disk: snapshot files + an fsync'd journal, safe to crash and to share.
///
/// Format and recovery steps are in `docs/format.md`. In short: opening reads every
/// `<collection>.json` and replays `journal.jsonl`; `commit` appends one line under an exclusive
/// `flock` on `.lock` and fsyncs it before returning (that is the durability point); `compact`
/// folds the journal into the files with temp → fsync → rename → fsync folder. Automatic
/// compaction (journal over its limits) runs on a background queue: see `scheduleCompactionIfDue`.
///
/// Thread safety: the class is `@unchecked Sendable` because every public member takes an internal
/// `NSLock`; calls from several threads are serialised. Two instances on one folder (in one process
/// or in two) coordinate through `flock`, exactly like two processes.
///
/// Versions for optimistic concurrency: `revision(of:id:)` is a counter local to this instance. It is
/// 0 for a record unchanged since opening and otherwise the instance's sequence number of the last
/// transaction (own or another process's, seen via the journal) that put or deleted it. Read it with
/// the record, pass it back in `commit(_:expecting:)`; a different current value means the record
/// changed underneath and the commit is refused with `WorkspaceError.conflict`.
public final class WorkspaceStore: @unchecked Sendable {
  /// The `schemaVersion` this build writes. Files with a higher one open read-only.
  public static let schemaVersion = 1
  /// Journal length (lines) beyond which a commit compacts automatically.
  public static let compactionLineThreshold = 1000
  /// Journal size (bytes) beyond which a commit compacts automatically.
  public static let compactionByteThreshold = 4 << 20

  /// The workspace folder.
  public let folder: URL
  let codec: any WorkspaceCodec
  let folderPath: String
  let mutex = NSLock()
  var state: StoreState
  /// Journal limits for automatic compaction (instance copies of the static thresholds, so tests can lower them).
  var autoCompactLines = compactionLineThreshold
  var autoCompactBytes = compactionByteThreshold
  /// Test hook: called at each step of a compaction; throwing `StoreFaultPoint.Crash.crash` simulates a kill.
  var faultHook: (StoreFaultPoint) throws -> Void = { _ in }
  /// Where automatic compactions run, so a commit (a keystroke) never waits for one.
  let compactionQueue = DispatchQueue(label: "salesfloor.store.compaction", qos: .utility)
  let compactionGroup = DispatchGroup()

  /// Opens an existing workspace folder (missing collection files count as empty collections).
  ///
  /// Throws `WorkspaceError.corruptFile` for a file that does not parse, without touching it.
  /// A file with a newer `schemaVersion` (or `readOnly: true`) gives a read-only store.
  ///
  /// `collections` limits what is read (files and journal operations) to those collections, for
  /// a command that needs only a few of them (a pipeline report reads deals, people and settings,
  /// not 300k activities); such a partial workspace is always opened read-only.
  ///
  /// A folder on NFS/SMB/CIFS (`fileSystem`, `statfs` unless a test injects one) opens read-only.
  public init(
    opening folder: URL, codec: any WorkspaceCodec = FastCodec(escapeSlashes: false), readOnly: Bool = false,
    collections: Set<CollectionName>? = nil,
    fileSystem: FileSystemKind.Probe = FileSystemKind.statfsProbe
  ) throws {
    let start = ContinuousClock.now
    self.folder = folder.standardizedFileURL
    self.codec = codec
    self.folderPath = self.folder.path
    state = try StoreState.load(
      folder: folderPath, codec: codec, readOnly: readOnly || collections != nil, collections: collections,
      fileSystem: fileSystem)
    logOpened(since: start)
  }

  deinit { state.closeFiles() }

  /// Creates a new workspace: the folder and missing parents (0700) if needed, every collection file (empty, or the
  /// records of `workspace` when given: demo data, a starter library), `settings.json` and an
  /// empty journal, all 0600 (0660 for the group when the folder has a `shared.json`). Refuses to
  /// overwrite an existing workspace.
  public static func create(
    at folder: URL, settings: Settings = Settings(), workspace: Workspace? = nil,
    codec: any WorkspaceCodec = FastCodec(escapeSlashes: false)
  ) throws -> WorkspaceStore {
    let path = folder.standardizedFileURL.path
    try SharedSetup.refuseNetworkFolder(path)
    try DurableIO.makeFolders(path)
    let modes = try SharedMode.load(folder: path)?.modes ?? .owner
    let existing = CollectionName.allCases.map(\.fileName) + [StoreState.journalName]
    for name in existing where access(path + "/" + name, F_OK) == 0 {
      throw WorkspaceError.alreadyExists(path: path)
    }
    let initial = workspace ?? Workspace(settings: settings)
    for c in CollectionName.allCases {
      let bytes = try codec.encodeFile(c, of: initial, schemaVersion: schemaVersion)
      try DurableIO.replaceFile(path + "/" + c.fileName, with: bytes, folder: path, modes: modes)
    }
    try DurableIO.replaceFile(path + "/" + StoreState.journalName, with: [], folder: path, modes: modes)
    try DurableIO.fsyncFolder(path)
    return try WorkspaceStore(opening: folder, codec: codec)
  }

  /// The current in-memory workspace (a value: a consistent snapshot for the caller).
  public var workspace: Workspace { locked { state.workspace } }
  /// True when commits are refused (opened read-only or a file is from a newer version).
  public var isReadOnly: Bool { locked { state.readOnlyReason != nil } }
  /// Things the user should know: what opening found (torn journal line, newer schema, …) and what
  /// failed in the background (an automatic compaction). Append-only, so a reader that remembers
  /// the count can tell when a new one arrived.
  public var notices: [String] { locked { state.notices } }
  /// Lines in the journal not yet folded into the collection files.
  public var journalLineCount: Int { locked { state.journal.lineCount } }

  /// Transactions this instance has applied (own commits and other processes' lines): a cheap
  /// "did anything change?" token for views that cache derived data.
  public var changeCount: UInt64 { locked { state.sequence } }

  /// The revision of a record as this instance last saw it (see the type's documentation).
  public func revision(of collection: CollectionName, id: String) -> UInt64 {
    locked { state.revisions[RecordKey(collection, id)] ?? 0 }
  }

  /// Makes a transaction durable and applies it: catches up with other processes' journal lines,
  /// checks `expecting` (record → revision the edit was based on), appends one fsync'd line, applies.
  ///
  /// Returns what changed: the other writers' transactions it caught up with first, then its own
  /// (whose `undo` reverses it). When it returns, the edit survives a crash.
  @discardableResult
  public func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64] = [:]) throws -> CommitResult
  {
    try locked {
      let own = try loggingCommitFailure { try commitLocked(expecting: expecting) { _ in transaction } }
      scheduleCompactionIfDue()
      return CommitResult(external: state.takeExternal(), own: own)
    }
  }

  /// Plans and commits in one step under the write lock: `plan` sees the workspace with every
  /// other writer's line applied, so what it builds (an update of a deal, an account found or
  /// created by name) is based on the latest version and cannot overwrite a concurrent edit.
  /// For one-shot writers such as a CLI command; the cockpit, which shows a version to the user
  /// first, commits with `expecting` instead.
  @discardableResult
  public func commit(planning plan: (Workspace) throws -> Transaction) throws -> CommitResult {
    try locked {
      let own = try loggingCommitFailure { try commitLocked(expecting: [:], plan) }
      scheduleCompactionIfDue()
      return CommitResult(external: state.takeExternal(), own: own)
    }
  }

  /// Picks up journal lines other processes appended; returns true when the workspace changed.
  /// Cheap when nothing changed: one `stat` of the journal. The change sets it applied are
  /// handed out (and dropped) here: a consumer that needs them calls `changes()` instead.
  @discardableResult
  public func refresh() throws -> Bool { try !changes().isEmpty }

  /// Picks up other processes' journal lines and returns every change set applied from them
  /// since the last call (or commit), in order; empty when nothing changed.
  public func changes() throws -> [ChangeSet] {
    try locked {
      try catchUpLocked()
      return state.takeExternal()
    }
  }

  private func catchUpLocked() throws {
    let journalPath = path(StoreState.journalName)
    let current = try DurableIO.identity(path: journalPath)
    if let current, current.inode == state.journal.identity?.inode,
      current.device == state.journal.identity?.device, current.size == state.journal.seenSize,
      current.modified == state.journal.seenModified
    {
      return
    }
    if state.closed || (current == nil && state.journal.fd == nil) { return }
    try state.withLock(LOCK_SH, folder: folderPath) { s in
      try s.catchUp(folder: folderPath, codec: codec)
    }
  }

  /// Compacts when there is anything in the journal, then releases the files.
  /// The store must not be used afterwards. Compaction is an optimisation: skipping `close`
  /// (a crash) loses nothing.
  public func close() throws {
    waitForCompaction()
    try locked {
      if state.readOnlyReason == nil && state.journal.lineCount > 0 { try compactLocked() }
      state.closeFiles()
      state.closed = true
      state.readOnlyReason = "the store was closed"
    }
  }

  func path(_ name: String) -> String { folderPath + "/" + name }

  /// One journal line for a transaction, newline-terminated (a newline inside would split it).
  static func journalLine(
    _ transaction: Transaction, codec: any WorkspaceCodec, path folder: String
  ) throws
    -> [UInt8]
  {
    var line = try codec.encodeTransaction(transaction)
    guard !line.contains(0x0A) else {
      throw WorkspaceError.io(
        path: folder + "/" + StoreState.journalName, operation: "encode (newline in line)", code: EINVAL)
    }
    line.append(0x0A)
    return line
  }

  func locked<T>(_ body: () throws -> T) rethrows -> T {
    mutex.lock()
    defer { mutex.unlock() }
    return try body()
  }

  /// Under the exclusive lock: catch up with other writers, check `expecting`, plan, append one
  /// fsync'd line, apply.
  private func commitLocked(
    expecting: [RecordKey: UInt64], _ plan: (Workspace) throws -> Transaction
  ) throws -> ChangeSet {
    if let reason = state.readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
    let folder = folderPath
    let codec = self.codec
    return try state.withLock(LOCK_EX, folder: folder) { s in
      try s.catchUp(folder: folder, codec: codec)
      for (key, expected) in expecting.sorted(by: { $0.key.description < $1.key.description }) {
        let found = s.revisions[key] ?? 0
        if found != expected {
          throw WorkspaceError.conflict(
            collection: key.collection, id: key.id, expected: expected, found: found)
        }
      }
      let transaction = try plan(s.workspace)
      try s.append(try Self.journalLine(transaction, codec: codec, path: folder), folder: folder)
      return s.apply(transaction, origin: .own)
    }
  }
}

import Foundation
import SalesFloorKit

/// Making a team (`team init`), adding a machine (`team join`) and giving a copied folder its own
/// device (`team reenrol`).
public enum TeamSetup {
  /// What `team init` made, for its output.
  public struct Made: Sendable {
    public var hub: String
    public var device: String
    public var person: Person
    public var synced: [String]
    public var local: [String]
  }

  /// Collections that stay on the copy that has them unless the team says otherwise:
  /// compensation plans are pay, not pipeline, and everyone who can read a git hub reads it all.
  public static let defaultLocal = [CollectionName.compPlans.rawValue]

  /// Makes this workspace the team's first copy and pushes it to `hub` (a bare repository; a
  /// local path that does not exist yet is created with `git init --bare`).
  public static func initialize(
    store: WorkspaceStore, hub rawHub: String, person: String, local: [String] = defaultLocal,
    environment: [String: String] = [:]
  ) throws(SyncRunError) -> Made {
    let folder = store.folder.path
    guard !SyncEngine.isEnrolled(store.folder) else {
      let file = try SyncEngine.readDeviceFile(folder)
      throw SyncRunError("\(folder) is already part of a team (hub \(file.hub), device \(file.device))")
    }
    for name in local where CollectionName(rawValue: name) == nil {
      throw SyncRunError(
        "--local: unknown collection \"\(name)\" (one of: \(CollectionName.allCases.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    let hub = try prepareHub(rawHub, environment: environment)
    let owner = try resolvePerson(person, in: store.workspace)
    let sync = SyncFiles.path(folder)
    do { try SyncFileIO.makeFolders(sync, for: store) } catch {
      throw SyncRunError("cannot create \(sync): \(error)")
    }

    let repository = SyncRepository(
      path: SyncFiles.path(folder, SyncFiles.repository), environment: environment)
    try repository.create()
    if let existing = try remoteEpoch(hub, repository) {
      throw SyncRunError(
        "\(hub) already holds a team (snapshot \(existing.prefix(12))): to add this machine run "
          + "salesfloor team join \(hub) --data NEWDIR --as PERSON")
    }
    let file = SyncDeviceFile(
      device: newDeviceId(), person: owner.id, hub: hub, folder: SyncEngine.folderIdentity(folder),
      host: hostName(), enrolled: .now, local: local)
    // The snapshot and the export cursor are taken under the store's write lock, so no edit falls
    // between them (it would be in neither).
    var failure: SyncRunError?
    do {
      try store.commitInBackground { ws in
        do throws(SyncRunError) {
          let epoch = try TeamSnapshot.write(
            ws, settings: TeamSnapshot.Settings(local: local), to: repository, person: owner.id,
            device: file.device)
          try repository.updateRef(SyncRepository.epochRef, to: epoch, from: nil)
          if let last = try SyncEngine.journalLines(folder: folder).last?.id {
            do {
              try SyncFileIO.replace(
                SyncFiles.path(folder, SyncFiles.exported), with: Array((last + " -\n").utf8))
            } catch {
              throw SyncRunError("cannot write the export cursor in \(folder): \(error)")
            }
          }
          try writeDeviceFile(file, folder: folder)
        } catch {
          failure = error
          throw error
        }
        return nil
      }
    } catch {
      throw failure ?? SyncRunError("cannot take the team snapshot of \(folder): \(error)")
    }
    let engine = try SyncEngine(store: store, environment: environment)
    try engine.enrol()
    switch try repository.push(hub, refs: [SyncRepository.epochRef, SyncRepository.deviceRef(file.device)]) {
    case .pushed: break
    case .rejected(let why), .unreachable(let why):
      throw SyncRunError(
        "could not push the team to \(hub): \(why). The workspace is enrolled; run salesfloor sync once the hub is reachable"
      )
    }
    try engine.round()
    let synced = CollectionName.allCases.map(\.rawValue).filter { !local.contains($0) }
    return Made(hub: hub, device: file.device, person: owner, synced: synced, local: local)
  }

  /// Clones the team from `hub` into a new folder and enrols a device bound to `person`.
  public static func join(
    hub rawHub: String, folder: URL, person: String, environment: [String: String] = [:]
  ) throws(SyncRunError) -> (store: WorkspaceStore, engine: SyncEngine) {
    let path = folder.standardizedFileURL.path
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: path), !entries.isEmpty {
      throw SyncRunError("\(path) is not empty: join into a new folder (--data NEWDIR)")
    }
    let hub = Self.absoluteHub(rawHub)
    let created = !FileManager.default.fileExists(atPath: path)
    do throws(SyncRunError) {
      do {
        try SyncFileIO.makeFolders(SyncFiles.path(path))
      } catch {
        throw SyncRunError("cannot create \(path): \(error)")
      }
      let repository = SyncRepository(
        path: SyncFiles.path(path, SyncFiles.repository), environment: environment)
      try repository.create()
      if let why = try repository.fetch(hub) { throw SyncRunError("cannot reach the hub \(hub): \(why)") }
      guard let epoch = try repository.resolve(SyncRepository.hubEpochRef) else {
        throw SyncRunError(
          "\(hub) holds no SalesFloor team (no \(SyncRepository.epochRef)): run salesfloor team init \(hub) on the first machine"
        )
      }
      let snapshot = try TeamSnapshot(repository: repository, commit: epoch)
      let store: WorkspaceStore
      do {
        store = try WorkspaceStore.create(at: folder, workspace: try snapshot.all())
      } catch let error as SyncRunError {
        throw error
      } catch {
        throw SyncRunError("cannot create the workspace in \(path): \(error)")
      }
      var file = SyncDeviceFile(
        device: newDeviceId(), person: "", hub: hub, folder: SyncEngine.folderIdentity(path),
        host: hostName(),
        enrolled: .now, local: snapshot.settings.local)
      try writeDeviceFile(file, folder: path)
      // Take in the team's edits first: the person may have been added after the snapshot.
      try SyncEngine(store: store, environment: environment).round(network: false)
      let owner = try resolvePerson(person, in: store.workspace)
      file.person = owner.id
      try writeDeviceFile(file, folder: path)
      let engine = try SyncEngine(store: store, environment: environment)
      try engine.enrol()
      try engine.round()
      return (store, engine)
    } catch {
      if created { try? FileManager.default.removeItem(atPath: path) } else { removeContents(path) }
      throw error
    }
  }

  /// Gives a copied folder a device of its own: a new id and log; its edits not yet exported go
  /// out under the new id. The old id's log is left to the folder it belongs to.
  public static func reenrol(
    store: WorkspaceStore, environment: [String: String] = [:]
  ) throws(SyncRunError)
    -> SyncDeviceFile
  {
    let folder = store.folder.path
    var file = try SyncEngine.readDeviceFile(folder)
    let repository = SyncRepository(
      path: SyncFiles.path(folder, SyncFiles.repository), environment: environment)
    // What the hub holds of the old id now, so only what it lacks travels again.
    _ = try repository.fetch(file.hub)
    let unpushed = try unpushedOps(repository, device: file.device)
    try repository.deleteRef(SyncRepository.deviceRef(file.device))
    file.device = newDeviceId()
    file.folder = SyncEngine.folderIdentity(folder)
    file.enrolled = .now
    try writeDeviceFile(file, folder: folder)
    let engine = try SyncEngine(store: store, environment: environment)
    try engine.enrol()
    try engine.reissue(unpushed)
    try engine.round()
    return file
  }

  /// The ops of this folder's log of `device` that the hub's log of that id lacks: exported here
  /// (the export cursor is past their journal lines) but refused by the hub or never pushed.
  /// Deleting the old ref without them would lose those edits.
  static func unpushedOps(_ repository: SyncRepository, device: String) throws(SyncRunError) -> [SyncOp] {
    guard let head = try repository.resolve(SyncRepository.deviceRef(device)) else { return [] }
    let hub = try repository.resolve(SyncRepository.hubDeviceRef(device))
    let commits = try repository.newCommits(heads: [head], known: hub.map { [$0] } ?? [])
    let blobs = try repository.blobs(commits.map { $0 + ":" + OpBatch.file })
    var issues: [String] = []
    var ops: [SyncOp] = []
    for commit in commits {
      guard let bytes = blobs[commit + ":" + OpBatch.file] else { continue }
      ops += OpBatch.decode(bytes, commit: commit, issues: &issues)
    }
    // The old id's enrolment stays the old id's.
    return ops.filter { !($0.collection == SyncEngine.devicesCollection && $0.recordId == device) }
  }

  /// Points this copy at another hub (the team moved, or a hub was restored elsewhere).
  public static func setHub(store: WorkspaceStore, hub rawHub: String) throws(SyncRunError) -> SyncDeviceFile
  {
    var file = try SyncEngine.readDeviceFile(store.folder.path)
    file.hub = absoluteHub(rawHub)
    try writeDeviceFile(file, folder: store.folder.path)
    return file
  }

  /// Fills a new, empty hub from this copy's repository: the team snapshot, every device's log as
  /// last fetched, and this device's own. Other copies' next rounds push what it lacks of theirs.
  public static func restoreHub(
    store: WorkspaceStore, hub rawHub: String, environment: [String: String] = [:]
  ) throws(SyncRunError) -> Int {
    let folder = store.folder.path
    let file = try SyncEngine.readDeviceFile(folder)
    let hub = try prepareHub(rawHub, environment: environment)
    let repository = SyncRepository(
      path: SyncFiles.path(folder, SyncFiles.repository), environment: environment)
    if let existing = try remoteEpoch(hub, repository) {
      throw SyncRunError(
        "\(hub) already holds a team (snapshot \(existing.prefix(12))): restore into an empty repository")
    }
    let refs = try repository.refs(["refs/salesfloor/", "refs/hub/"])
    var specs: [String] = []
    if refs[SyncRepository.hubEpochRef] != nil {
      specs.append(SyncRepository.hubEpochRef + ":" + SyncRepository.epochRef)
    } else if refs[SyncRepository.epochRef] != nil {
      specs.append(SyncRepository.epochRef + ":" + SyncRepository.epochRef)
    } else {
      throw SyncRunError("this copy has no team snapshot to restore from")
    }
    let own = SyncRepository.deviceRef(file.device)
    for ref in refs.keys.sorted()
    where ref.hasPrefix("refs/hub/dev/") && ref != SyncRepository.hubDeviceRef(file.device) {
      specs.append(ref + ":refs/salesfloor/dev/" + ref.dropFirst("refs/hub/dev/".count))
    }
    if refs[own] != nil { specs.append(own + ":" + own) }
    let out = try repository.git.run(["push", "--quiet", hub] + specs)
    guard out.status == 0 else {
      throw SyncRunError(
        "could not push to \(hub): \(out.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    return specs.count - 1
  }

  static func writeDeviceFile(_ file: SyncDeviceFile, folder: String) throws(SyncRunError) {
    do {
      let e = JSONEncoder.sorted
      e.outputFormatting.insert(.prettyPrinted)
      try SyncFileIO.replace(
        SyncFiles.path(folder, SyncFiles.device), with: Array(try e.encode(file)) + [0x0A])
    } catch {
      throw SyncRunError("cannot write \(SyncFiles.path(folder, SyncFiles.device)): \(error)")
    }
  }

  static func resolvePerson(_ text: String, in ws: Workspace) throws(SyncRunError) -> Person {
    do throws(CommandError) {
      return try NameResolver.person(text, in: ws)
    } catch {
      throw SyncRunError("--as: \(error.description)")
    }
  }

  /// A local path made absolute; a missing local path or file:// folder made a bare repository.
  static func prepareHub(_ raw: String, environment: [String: String]) throws(SyncRunError) -> String {
    let hub = absoluteHub(raw)
    let local = hub.hasPrefix("file://") ? String(hub.dropFirst(7)) : (hub.hasPrefix("/") ? hub : nil)
    if let local, !FileManager.default.fileExists(atPath: local) {
      _ = try Git(repository: local, environment: environment).check(
        ["init", "--quiet", "--bare", local], gitDir: false)
    }
    return hub
  }

  /// `./hub.git` and `hub.git` as absolute paths (git would read them relative to `.sync`);
  /// URLs and `host:path` are left as they are.
  static func absoluteHub(_ raw: String) -> String {
    if raw.contains("://") || raw.hasPrefix("/") { return raw }
    if let colon = raw.firstIndex(of: ":"), !raw[..<colon].contains("/") { return raw }  // scp-like ssh
    return URL(fileURLWithPath: raw).standardizedFileURL.path
  }

  private static func remoteEpoch(_ hub: String, _ repository: SyncRepository) throws(SyncRunError) -> String?
  {
    let out = try repository.git.run(["ls-remote", hub, SyncRepository.epochRef])
    guard out.status == 0 else {
      throw SyncRunError(
        "cannot reach the hub \(hub): \(out.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    return out.lines.first.flatMap { $0.split(separator: "\t").first.map(String.init) }
  }

  /// `<host>-<6 random>`, lower case: readable in `team devices`, unique without coordination.
  static func newDeviceId() -> String {
    let host = hostName().lowercased().map { c -> Character in
      c.isASCII && (c.isLetter || c.isNumber) ? c : "-"
    }
    let stem = String(String(host).prefix(24)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    return (stem.isEmpty ? "device" : stem) + "-" + String(WorkspaceStore.newId(prefix: "").suffix(6))
  }

  static func hostName() -> String { ProcessInfo.processInfo.hostName }

  private static func removeContents(_ path: String) {
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
      try? FileManager.default.removeItem(atPath: path + "/" + entry)
    }
  }
}

extension SyncEngine {
  /// Appends ops this folder made under its old device id to this device's log, with new ids and
  /// their stamps unchanged (later ops' bases name those stamps, so they stay informed writes).
  func reissue(_ ops: [SyncOp]) throws(SyncRunError) {
    guard !ops.isEmpty else { return }
    try locked { () throws(SyncRunError) in
      var out: [SyncOp] = []
      for old in ops.sorted(by: { $0.seq < $1.seq }) {
        var op = device.makeOp(
          author: old.author, record: SyncRecordRef(old.collection, old.recordId), payload: old.payload,
          now: now())
        op.stamp = old.stamp
        op.extra = old.extra
        merged.apply(op)
        out.append(op)
      }
      conflictCache = nil
      try exportPending(extra: out)
    }
  }

  /// Writes this device's enrolment op to its log (pushed by the next round).
  func enrol() throws(SyncRunError) {
    try locked { () throws(SyncRunError) in
      guard deviceEntry(device.id) == nil else { return }
      try exportPending(extra: [enrolOp()])
    }
  }
}

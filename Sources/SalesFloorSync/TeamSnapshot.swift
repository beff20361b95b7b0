import Foundation
import SalesFloorKit

/// The team's starting point (the epoch commit): which collections are synced and every record
/// they held when the team was made. Each copy starts as this snapshot plus the ops since; the
/// merge seeds a snapshot record the first time an op touches it (`SyncState.seed`).
///
/// Decoded lazily, one collection at a time: a round that touches only deals never reads the
/// activities file.
final class TeamSnapshot: @unchecked Sendable {
  /// `team.json`: the team-wide sync settings.
  struct Settings: Codable, Hashable, Sendable {
    /// Collections each copy keeps to itself (never exported, never applied).
    var local: [String]
    var version: Int = 1
  }

  static let settingsFile = "team.json"
  static func file(_ c: CollectionName) -> String { "snapshot/" + c.fileName }

  let repository: SyncRepository
  let commit: String
  let settings: Settings
  private var decoded: [CollectionName: Workspace] = [:]
  private let mutex = NSLock()

  init(repository: SyncRepository, commit: String) throws(SyncRunError) {
    self.repository = repository
    self.commit = commit
    guard let bytes = try repository.blob(commit + ":" + Self.settingsFile) else {
      throw SyncRunError(
        "the team snapshot \(commit.prefix(12)) has no \(Self.settingsFile): not a SalesFloor hub")
    }
    do {
      settings = try JSONDecoder().decode(Settings.self, from: Data(bytes))
    } catch {
      throw SyncRunError("the team snapshot's \(Self.settingsFile) cannot be read: \(error)")
    }
  }

  /// Whether a collection travels between copies.
  func syncs(_ collection: String) -> Bool { !settings.local.contains(collection) }

  /// The snapshot's fields of a record; nil when the snapshot does not hold it.
  func fields(_ ref: SyncRecordRef) throws(SyncRunError) -> [String: SyncValue]? {
    guard let c = CollectionName(rawValue: ref.collection), syncs(ref.collection) else { return nil }
    let ws = try workspace(c)
    guard let record = ws.record(c, id: ref.id) else { return nil }
    if c == .settings, ref.id != record.id { return nil }
    do throws(SyncError) {
      return try record.syncFields()
    } catch {
      throw SyncRunError(error.message)
    }
  }

  /// Every record of the snapshot, as a workspace (for `team join`).
  func all() throws(SyncRunError) -> Workspace {
    var ws = Workspace()
    for c in CollectionName.allCases where syncs(c.rawValue) {
      guard let bytes = try repository.blob(commit + ":" + Self.file(c)) else { continue }
      try Self.decode(c, bytes, into: &ws)
    }
    return ws
  }

  private func workspace(_ c: CollectionName) throws(SyncRunError) -> Workspace {
    mutex.lock()
    defer { mutex.unlock() }
    if let ws = decoded[c] { return ws }
    var ws = Workspace()
    if let bytes = try repository.blob(commit + ":" + Self.file(c)) { try Self.decode(c, bytes, into: &ws) }
    decoded[c] = ws
    return ws
  }

  private static func decode(
    _ c: CollectionName, _ bytes: [UInt8], into ws: inout Workspace
  ) throws(SyncRunError) {
    do {
      _ = try bytes.withUnsafeBytes {
        try FastCodec(escapeSlashes: false).decodeFile(c, bytes: $0, into: &ws)
      }
    } catch {
      throw SyncRunError("the team snapshot's \(file(c)) cannot be read: \(error)")
    }
  }

  /// Writes the epoch commit for `workspace` (the team's first copy).
  static func write(
    _ workspace: Workspace, settings: Settings, to repository: SyncRepository, person: String, device: String
  ) throws(SyncRunError) -> String {
    var files: [(name: String, bytes: [UInt8])] = []
    do {
      files.append((settingsFile, Array(try JSONEncoder.sorted.encode(settings))))
      for c in CollectionName.allCases where !settings.local.contains(c.rawValue) {
        files.append(
          (
            file(c),
            try FastCodec(escapeSlashes: false).encodeFile(
              c, of: workspace, schemaVersion: WorkspaceStore.schemaVersion)
          ))
      }
    } catch {
      throw SyncRunError("cannot encode the team snapshot: \(error)")
    }
    return try repository.commit(
      files: files, on: "refs/salesfloor-scratch/epoch", parent: nil, message: "salesfloor: team snapshot",
      person: person, device: device)
  }
}

extension JSONEncoder {
  /// Sorted keys: the same bytes for the same value on every machine.
  static var sorted: JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return e
  }
}

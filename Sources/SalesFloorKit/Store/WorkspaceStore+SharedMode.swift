#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceStore {
  /// The workspace's `shared.json` as last read (nil: a private workspace, files `0600`).
  public var sharedMode: SharedMode? { locked { state.shared } }

  /// Shares the workspace with a Unix group: writes `shared.json` (keeping any login map) and
  /// gives the folder `2770` and every file `0660` for the group, under the exclusive lock so no
  /// writer creates a private file meanwhile. Returns what changed. Checks as `SharedSetup.check`.
  @discardableResult
  public func share(withGroup group: String) throws -> [SharedSetup.Change] {
    try locked {
      if let reason = state.readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
      let folder = folderPath
      let modes = try SharedSetup.check(folder: folder, group: group)
      let changes = SharedSetup.changes(in: folder, to: modes)
      try state.withLock(LOCK_EX, folder: folder) { s in
        var shared = s.shared ?? SharedMode(group: group)
        shared.group = group
        try Self.write(shared, folder: folder, modes: modes)
        try SharedSetup.apply(modes, folder: folder)
        try DurableIO.fsyncFolder(folder)
        try s.refreshShared(folder: folder)
      }
      return changes
    }
  }

  /// Records which person a Unix login is (`shared.json`), replacing an earlier mapping; `personId`
  /// must name a person in the workspace. Refused on a private workspace.
  public func mapLogin(_ login: String, to personId: String) throws {
    guard SharedMode.isValidLogin(login) else { throw SharedModeError.invalidLogin(login) }
    try locked {
      if let reason = state.readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
      let folder = folderPath
      try state.withLock(LOCK_EX, folder: folder) { s in
        guard var shared = s.shared else { throw SharedModeError.notShared(folder: folder) }
        guard s.workspace.people[id: personId] != nil else {
          throw SharedModeError.unknownPerson(login: login, personId: personId)
        }
        shared.logins[login] = personId
        try Self.write(shared, folder: folder, modes: s.modes)
        try DurableIO.fsyncFolder(folder)
        try s.refreshShared(folder: folder)
      }
    }
  }

  private static func write(_ shared: SharedMode, folder: String, modes: FileModes) throws {
    let path = folder + "/" + SharedMode.fileName
    try DurableIO.replaceFile(path, with: try shared.encoded(), folder: folder, modes: modes)
  }
}

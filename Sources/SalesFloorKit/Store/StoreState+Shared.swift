#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opening checks that depend on where the folder is and who shares it: access, `shared.json`, the
/// file system kind and sync-service folders.
extension StoreState {
  /// Runs before anything is read: a clear refusal for a user outside the sharing group, the
  /// workspace's modes, and read-only on a network file system.
  mutating func checkPlacement(folder: String, fileSystem: FileSystemKind.Probe) throws {
    if access(folder, R_OK | X_OK) != 0, errno == EACCES {
      throw Self.noAccess(folder: folder)
    }
    try refreshShared(folder: folder)
    if let reason = FileSystemKind.readOnlyReason(
      folder: folder, kind: FileSystemKind.of(folder, probe: fileSystem))
    {
      readOnlyReason = readOnlyReason ?? reason
      notices.append("Opened read-only: " + reason + ".")
    }
    if let notice = SyncedFolder.notice(folder: folder) { notices.append(notice + ".") }
  }

  /// Re-reads `shared.json` when it changed (one `lstat` otherwise), so a store opened before
  /// `init --shared` converted the folder creates its next files for the group too.
  mutating func refreshShared(folder: String) throws {
    let path = folder + "/" + SharedMode.fileName
    let identity = try DurableIO.identity(path: path)
    guard identity != sharedIdentity else { return }
    shared = try SharedMode.load(folder: folder)
    sharedIdentity = identity
    modes = shared?.modes ?? .owner
    if let shared, modes.group == nil {
      notices.append(
        "\(path): the Unix group \(shared.group) does not exist on this host; new files keep the folder's group."
      )
    }
  }

  /// The refusal for a folder this user may not read, naming the group it is shared with.
  static func noAccess(folder: String) -> SharedModeError {
    var st = stat()
    let login = getpwuid(geteuid()).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
    guard stat(folder, &st) == 0, st.st_mode & 0o070 != 0 else {
      return .noAccess(folder: folder, group: nil, login: login, addedButNotActive: false)
    }
    return .noAccess(
      folder: folder, group: FileModes.groupName(st.st_gid), login: login,
      addedButNotActive: SharedSetup.listedMember(st.st_gid))
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turning a workspace folder into a shared-host one (`salesfloor init --shared GROUP`): the checks
/// that must pass first and the list of mode and group changes, so the CLI can show them and ask.
public enum SharedSetup {
  /// One file or folder whose mode or group sharing changes.
  public struct Change: Sendable, Equatable {
    public var path: String
    public var isFolder: Bool
    /// Mode and group now, e.g. `0600 root`.
    public var from: String
    /// Mode and group after sharing, e.g. `0660 sales`.
    public var to: String
  }

  /// Checks that `group` can share `folder` and returns its modes: the group exists, this user is
  /// in it (or root, who can hand files to any group), every ancestor lets members through, and
  /// the folder is not on a network file system. Nothing is changed.
  public static func check(folder: String, group: String) throws -> FileModes {
    guard let gid = SharedMode.groupId(group) else { throw SharedModeError.unknownGroup(group) }
    if geteuid() != 0, !processGroups().contains(gid) {
      let login = SharedMode.currentLogin(environment: [:]) ?? "uid \(geteuid())"
      throw SharedModeError.notInGroup(login: login, group: group, addedButNotActive: listedMember(gid))
    }
    try refuseNetworkFolder(folder)
    var p = folder
    while let slash = p.lastIndex(of: "/"), p != "/" {
      p = slash == p.startIndex ? "/" : String(p[..<slash])
      var st = stat()
      guard stat(p, &st) == 0 else {
        if errno == ENOENT { throw SharedModeError.missingParent(p) }
        throw DurableIO.error("stat", p)
      }
      let throughOthers = st.st_mode & S_IXOTH != 0
      let throughGroup = st.st_gid == gid && st.st_mode & S_IXGRP != 0
      if !throughOthers && !throughGroup {
        throw SharedModeError.unreachable(
          folder: folder, blockedBy: p, mode: String(format: "%04o", st.st_mode & 0o7777), group: group)
      }
    }
    return .shared(group: gid)
  }

  /// What sharing `folder` with `group` would change: the folder, everything in it (subfolders
  /// too), and `shared.json` when it is new. Runs `check` first.
  public static func plan(folder: String, group: String) throws -> [Change] {
    changes(in: folder, to: try check(folder: folder, group: group))
  }

  /// What giving `modes` to `folder` and everything in it changes.
  static func changes(in folder: String, to modes: FileModes) -> [Change] {
    var changes = entries(in: folder).compactMap { change(for: $0.path, isFolder: $0.isFolder, to: modes) }
    let shared = folder + "/" + SharedMode.fileName
    if access(shared, F_OK) != 0 {
      changes.append(
        Change(path: shared, isFolder: false, from: "new", to: describe(modes.file, modes.group)))
    }
    return changes
  }

  /// Refuses to create or share a workspace on NFS/SMB/CIFS (see `FileSystemKind`).
  static func refuseNetworkFolder(_ folder: String) throws {
    if let reason = FileSystemKind.readOnlyReason(folder: folder, kind: FileSystemKind.of(folder)) {
      throw WorkspaceError.readOnly(reason: reason)
    }
  }

  /// Sets the modes of the folder and of everything in it; the caller holds the exclusive lock.
  static func apply(_ modes: FileModes, folder: String) throws {
    for entry in entries(in: folder) {
      if entry.isFolder {
        try modes.applyFolder(entry.path)
      } else {
        let fd = try DurableIO.openFile(entry.path, O_RDONLY | O_NONBLOCK)
        defer { DurableIO.closeFile(fd) }
        try modes.apply(fd, path: entry.path, onlyIfOwned: false)
      }
    }
  }

  /// The folder, then every file and folder below it (symbolic links are never followed or changed).
  static func entries(in folder: String) -> [(path: String, isFolder: Bool)] {
    var out: [(String, Bool)] = [(folder, true)]
    var index = 0
    while index < out.count {
      let (path, isFolder) = out[index]
      index += 1
      guard isFolder else { continue }
      for name in DurableIO.listFolder(path).sorted() where name != "." && name != ".." {
        let child = path + "/" + name
        var st = stat()
        guard lstat(child, &st) == 0 else { continue }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: out.append((child, true))
        case S_IFREG: out.append((child, false))
        default: continue
        }
      }
    }
    return out
  }

  private static func change(for path: String, isFolder: Bool, to modes: FileModes) -> Change? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    let wanted = isFolder ? modes.folder : modes.file
    let group = modes.group ?? st.st_gid
    guard st.st_mode & 0o7777 != wanted || st.st_gid != group else { return nil }
    return Change(
      path: path, isFolder: isFolder, from: describe(st.st_mode & 0o7777, st.st_gid),
      to: describe(wanted, group))
  }

  private static func describe(_ mode: mode_t, _ group: gid_t?) -> String {
    String(format: "%04o", mode) + (group.map { " " + FileModes.groupName($0) } ?? "")
  }

  /// The groups of this process (primary and supplementary).
  private static func processGroups() -> Set<gid_t> {
    let count = getgroups(0, nil)
    var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
    let n = getgroups(count, &groups)
    return Set(groups.prefix(Int(max(n, 0)))).union([getegid()])
  }

  /// True when the group database lists this user in `gid` (added since the session started).
  static func listedMember(_ gid: gid_t) -> Bool {
    guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return false }
    var count: Int32 = 256
    var groups = [gid_t](repeating: 0, count: Int(count))
    guard getgrouplist(name, entry.pointee.pw_gid, &groups, &count) >= 0 else { return false }
    return groups.prefix(Int(count)).contains(gid)
  }
}

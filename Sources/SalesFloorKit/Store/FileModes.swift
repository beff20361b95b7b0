#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one rule for the permissions of what the store creates in a workspace: private to the
/// owner, or shared with one Unix group (`shared.json`, docs/team.md "One host").
///
/// Modes are passed to `open`/`mkdir` and then set exactly with `fchmod`/`fchown`, because the
/// umask may strip the group bits and a folder that lost its setgid bit would hand new files the
/// creator's primary group: either way a colleague in the group could no longer read the next
/// compaction's files.
public struct FileModes: Sendable, Equatable {
  /// Mode of every file the store creates or replaces.
  public var file: mode_t
  /// Mode of the workspace folder (and any subfolder) when the store sets it.
  public var folder: mode_t
  /// The group files are handed to (`fchown`), nil to keep the one they are created with.
  public var group: gid_t?

  public init(file: mode_t, folder: mode_t, group: gid_t?) {
    self.file = file
    self.folder = folder
    self.group = group
  }

  /// Owner read/write only (`0600`, folders `0700`): sales data is confidential.
  public static let owner = FileModes(file: 0o600, folder: 0o700, group: nil)

  /// Group read/write (`0660`), folders `2770` (setgid: new files inherit the group), for `group`.
  public static func shared(group: gid_t?) -> FileModes {
    FileModes(file: 0o660, folder: 0o2770, group: group)
  }

  /// True when other members of a group can read and write what the store creates.
  public var isShared: Bool { file & 0o060 != 0 }

  /// Sets the group and mode of an open file. By default only when this process owns it: the
  /// owner of a file someone else created has already set it the same way, and only the owner (or
  /// root) may; converting a workspace (`onlyIfOwned: false`) reports a file it cannot change.
  func apply(_ fd: Int32, path: String, onlyIfOwned: Bool = true) throws {
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw DurableIO.error("stat", path) }
    guard st.st_uid == geteuid() || !onlyIfOwned else { return }
    if let group, st.st_gid != group, fchown(fd, uid_t.max, group) != 0 {
      throw DurableIO.error("chgrp \(FileModes.groupName(group))", path)
    }
    if st.st_mode & 0o7777 != file, fchmod(fd, file) != 0 {
      throw DurableIO.error(String(format: "chmod %04o", file), path)
    }
  }

  /// Sets the group and mode of a folder (by path: `mkdir` gives no descriptor).
  func applyFolder(_ path: String) throws {
    var st = stat()
    guard stat(path, &st) == 0 else { throw DurableIO.error("stat", path) }
    // chown before chmod: changing the group of a folder may clear its setgid bit.
    if let group, st.st_gid != group, chown(path, uid_t.max, group) != 0 {
      throw DurableIO.error("chgrp \(FileModes.groupName(group))", path)
    }
    if chmod(path, folder) != 0 { throw DurableIO.error(String(format: "chmod %04o", folder), path) }
  }

  /// A group's name for messages, its number when it has none.
  static func groupName(_ gid: gid_t) -> String {
    guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return String(gid) }
    return String(cString: name)
  }
}

import CStatfs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of file system holds a workspace, as far as the journal's safety goes.
///
/// Several machines appending to one journal over NFS or SMB lose edits: Linux emulates `flock` as
/// byte-range locks on NFS, `O_APPEND` from several clients may interleave, attribute caching hides
/// another writer's lines for up to a minute, and SMB locks are mandatory. Such a workspace opens
/// read-only and points to `salesfloor sync`, which shares across machines without those risks.
public enum FileSystemKind: Sendable, Equatable {
  case local
  case nfs
  case smb2
  case cifs

  /// Reads the `statfs` magic number of a path (nil when it cannot be read); injectable so tests can
  /// pretend a folder is on NFS.
  public typealias Probe = @Sendable (String) -> UInt32?

  /// The real probe: `statfs(2)`.
  public static let statfsProbe: Probe = { path in
    var type: UInt = 0
    guard sf_statfs_type(path, &type) == 0 else { return nil }
    return UInt32(truncatingIfNeeded: type)
  }

  /// The kind for a `statfs` magic number (`NFS_SUPER_MAGIC`, `SMB2_MAGIC_NUMBER`, `CIFS_MAGIC_NUMBER`).
  public init(magic: UInt32) {
    switch magic {
    case 0x6969: self = .nfs
    case 0xFE53_4D42: self = .smb2
    case 0xFF53_4D42: self = .cifs
    default: self = .local
    }
  }

  /// The kind of the file system holding `path`, or of its nearest existing ancestor (a folder
  /// about to be created lands there); `local` when nothing can be read.
  public static func of(_ path: String, probe: Probe = statfsProbe) -> FileSystemKind {
    var p = path
    while true {
      if let magic = probe(p) { return FileSystemKind(magic: magic) }
      guard let slash = p.lastIndex(of: "/"), p != "/" else { return .local }
      p = slash == p.startIndex ? "/" : String(p[..<slash])
    }
  }

  /// The name users know the network file system by, nil for a local one.
  public var networkName: String? {
    switch self {
    case .local: return nil
    case .nfs: return "NFS"
    case .smb2: return "SMB"
    case .cifs: return "CIFS"
    }
  }

  /// Why `folder` is read-only here, nil on a local file system.
  static func readOnlyReason(folder: String, kind: FileSystemKind) -> String? {
    guard let name = kind.networkName else { return nil }
    return "\(folder) is on \(name): several machines writing one journal over a network file system lose "
      + "edits, so it is opened read-only. To share across machines use `salesfloor team init` / "
      + "`salesfloor sync` (docs/team.md)"
  }
}

/// Whole-file sync services (Dropbox, Syncthing) copy a file after it changes and keep the last copy
/// on a conflict: two machines editing one workspace through them lose journal lines. Still writable
/// (one person on one machine is fine), so only a notice.
enum SyncedFolder {
  /// The notice for a workspace inside a Dropbox or Syncthing folder, nil otherwise: a `.dropbox` or
  /// `.stfolder` marker in the folder or an ancestor, or a path component named `Dropbox`.
  static func notice(folder: String) -> String? {
    guard let service = service(containing: folder) else { return nil }
    return "\(folder) is inside a \(service) folder: whole-file sync keeps one machine's copy when two "
      + "change a file, so edits made on several machines are lost. Keep the workspace on one machine, or share "
      + "it with `salesfloor sync` (docs/team.md)"
  }

  static func service(containing folder: String) -> String? {
    var p = folder
    while !p.isEmpty {
      let name = p.split(separator: "/").last.map(String.init) ?? ""
      if name == "Dropbox" || exists(p + "/.dropbox") { return "Dropbox" }
      if exists(p + "/.stfolder") { return "Syncthing" }
      guard let slash = p.lastIndex(of: "/"), p != "/" else { break }
      p = slash == p.startIndex ? "/" : String(p[..<slash])
    }
    return nil
  }

  private static func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
  }
}

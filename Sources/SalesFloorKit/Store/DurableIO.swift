#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over the POSIX calls the store's durable paths need (`open` with the workspace's
/// `FileModes`,
/// `write`, `fsync`, `rename`, `flock`), so every step is explicit and every failure names its file.
///
/// Foundation's file APIs pick their own modes and do not fsync the folder, which is why the
/// store does not use them for writes.
enum DurableIO {
  /// The error for a failed call; `ELOOP` on a path that is a symbolic link becomes
  /// `WorkspaceError.symbolicLink`, which says how to fix it.
  static func error(_ operation: String, _ path: String, _ code: Int32 = errno) -> WorkspaceError {
    var st = stat()
    if code == ELOOP, lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
      return .symbolicLink(path: path)
    }
    return .io(path: path, operation: operation, code: code)
  }

  /// The flags every data file is opened with: never inherited by a child (`$EDITOR`), and never
  /// through a symbolic link. In a folder someone else can write, a planted `journal.jsonl` or
  /// `.lock` link would otherwise make SalesFloor truncate and append to a file of their choosing,
  /// and a dangling `deals.json` link would read as "no deals" and be replaced by compaction.
  /// Folders (`O_DIRECTORY`) may be links: users point `--data` at a linked folder on purpose.
  static func safeFlags(_ flags: Int32) -> Int32 {
    flags | O_CLOEXEC | (flags & O_DIRECTORY == 0 ? O_NOFOLLOW : 0)
  }

  /// Opens an existing file and returns the descriptor; refuses symbolic links. Never creates
  /// (`O_CREAT` is ignored): a new file needs its modes, see `createFile`.
  static func openFile(_ path: String, _ flags: Int32) throws -> Int32 {
    while true {
      let fd = open(path, safeFlags(flags & ~O_CREAT))
      if fd >= 0 { return fd }
      if errno != EINTR { throw error("open", path) }
    }
  }

  /// Opens `path`, creating it if missing, and gives it `modes` (group and mode set exactly, whatever
  /// the umask, when this process owns it); refuses symbolic links.
  static func createFile(_ path: String, _ flags: Int32, modes: FileModes) throws -> Int32 {
    while true {
      let fd = open(path, safeFlags(flags | O_CREAT), modes.file)
      if fd >= 0 {
        do {
          try modes.apply(fd, path: path)
        } catch {
          closeFile(fd)
          throw error
        }
        return fd
      }
      if errno != EINTR { throw error("open", path) }
    }
  }

  /// Opens for reading, or nil when the file does not exist (a dangling link is an error, not "absent").
  static func openIfExists(_ path: String, _ flags: Int32 = O_RDONLY) throws -> Int32? {
    let fd = open(path, safeFlags(flags))
    if fd >= 0 { return fd }
    if errno == ENOENT { return nil }
    throw error("open", path)
  }

  /// Creates `path` and any missing parents as `0700` whatever the umask (sales data is
  /// confidential, and a world-writable folder would let others plant files); existing folders are
  /// left as they are.
  static func makeFolders(_ path: String) throws {
    var missing: [String] = []
    var p = path
    while !p.isEmpty, p != "/", access(p, F_OK) != 0 {
      missing.append(p)
      guard let slash = p.lastIndex(of: "/") else { break }
      p = String(p[..<slash])
    }
    for folder in missing.reversed() {
      if mkdir(folder, FileModes.owner.folder) != 0 {
        if errno == EEXIST { continue }  // made meanwhile by someone else: not ours to chmod
        throw error("create folder", folder)
      }
      // mkdir's mode passes through the umask; set the bits exactly.
      try FileModes.owner.applyFolder(folder)
    }
  }

  static func closeFile(_ fd: Int32) { _ = close(fd) }

  /// Writes all bytes (retrying short writes and EINTR).
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = write(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          throw error("write", path)
        }
        done += n
      }
    }
  }

  static func sync(_ fd: Int32, path: String) throws {
    while fsync(fd) != 0 {
      if errno != EINTR { throw error("fsync", path) }
    }
  }

  /// Makes renames and creations in a folder durable.
  static func fsyncFolder(_ path: String) throws {
    let fd = try openFile(path, O_RDONLY | O_DIRECTORY)
    defer { closeFile(fd) }
    try sync(fd, path: path)
  }

  static func move(_ from: String, _ to: String) throws {
    if rename(from, to) != 0 { throw error("rename to \(to)", from) }
  }

  /// Reads `count` bytes from `offset` (fewer at end of file).
  static func readAt(_ fd: Int32, from offset: Int, count: Int, path: String) throws -> [UInt8] {
    guard count > 0 else { return [] }
    var out = [UInt8](repeating: 0, count: count)
    var done = 0
    try out.withUnsafeMutableBytes { buffer in
      while done < count {
        let n = pread(fd, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
        if n < 0 {
          if errno == EINTR { continue }
          throw error("read", path)
        }
        if n == 0 { break }
        done += n
      }
    }
    if done < count { out.removeLast(count - done) }
    return out
  }

  /// The whole file, or nil when it does not exist.
  static func readFile(_ path: String) throws -> [UInt8]? {
    guard let fd = try openIfExists(path) else { return nil }
    defer { closeFile(fd) }
    let size = try identity(fd, path: path).size
    return try readAt(fd, from: 0, count: size, path: path)
  }

  struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    /// Modification time in nanoseconds: catches a same-size rewrite (torn tail cut, line appended).
    var modified: Int64
  }

  static func identity(_ fd: Int32, path: String) throws -> FileIdentity {
    var st = stat()
    if fstat(fd, &st) != 0 { throw error("stat", path) }
    return FileIdentity(
      device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size),
      modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
  }

  /// The identity of the path itself (`lstat`): a symbolic link planted there is not its target.
  static func identity(path: String) throws -> FileIdentity? {
    var st = stat()
    if lstat(path, &st) != 0 {
      if errno == ENOENT { return nil }
      throw error("stat", path)
    }
    return FileIdentity(
      device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size),
      modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
  }

  static func truncate(_ fd: Int32, to size: Int, path: String) throws {
    if ftruncate(fd, off_t(size)) != 0 { throw error("truncate", path) }
  }

  static func lock(_ fd: Int32, _ operation: Int32, path: String) throws {
    while flock(fd, operation) != 0 {
      if errno != EINTR { throw error("lock", path) }
    }
  }

  static func remove(_ path: String) { _ = unlink(path) }

  /// Writes a whole file crash-safely: temp file in the same folder (`modes`) → write → fsync →
  /// rename over `path`. The caller fsyncs the folder once after all renames.
  static func replaceFile(
    _ path: String, with bytes: [UInt8], folder: String, modes: FileModes,
    hook: (StoreFaultPoint) throws -> Void = { _ in }
  ) throws {
    let name = String(path.split(separator: "/").last ?? "file")
    let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = try createFile(temp, O_WRONLY | O_EXCL, modes: modes)
    do {
      try writeAll(fd, bytes, path: temp)
      try hook(.tempWritten(temp))
      try sync(fd, path: temp)
      closeFile(fd)
    } catch {
      closeFile(fd)
      if case StoreFaultPoint.Crash.crash = error { throw error }
      remove(temp)
      throw error
    }
    do {
      try move(temp, path)
    } catch {
      remove(temp)  // e.g. the target is a folder: leave no full-size temp copy behind
      throw error
    }
    try hook(.renamed(path))
  }

  /// Names in a folder (for cleaning up stale temp files).
  static func listFolder(_ path: String) -> [String] {
    guard let dir = opendir(path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      names.append(name)
    }
    return names
  }
}

/// Points in a compaction where tests can simulate a crash (`kill -9`) by throwing `Crash.crash`.
enum StoreFaultPoint: Equatable {
  /// A temp file has been fully written but not yet fsync'd or renamed.
  case tempWritten(String)
  /// A file (collection, backup or journal) has just been renamed into place.
  case renamed(String)

  enum Crash: Error { case crash }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A workspace shared by several Unix users on one host: the group that may read and write it and
/// which person each login is (`shared.json`, docs/format.md; set up with `salesfloor init --shared`).
///
/// The file is what makes the store create files `0660` for the group (`modes`); its absence keeps
/// today's private `0600`. The login map exists because on a shared host the person behind an
/// edit should come from who is logged in, not from a config file anyone can edit or a `--as` flag.
public struct SharedMode: Sendable, Equatable {
  /// The file's name in the workspace folder.
  public static let fileName = "shared.json"
  /// The version this build writes; a newer file is refused (its rules may be stricter).
  public static let schemaVersion = 1

  /// The Unix group (name) that owns the workspace.
  public var group: String
  /// Login name → person id.
  public var logins: [String: String]

  public init(group: String, logins: [String: String] = [:]) {
    self.group = group
    self.logins = logins
  }

  /// The modes every file and folder of the workspace gets; when the group no longer exists the
  /// files keep the folder's group (setgid) rather than failing every write.
  public var modes: FileModes { .shared(group: Self.groupId(group)) }

  /// The person a Unix login acts as in this workspace: the one place that answers "who is this
  /// user?" on a shared host, for CLI edits and the cockpit's viewer alike.
  ///
  /// Nil while no login is mapped at all: setting up, people must be added before anyone can be
  /// mapped to them, so until the first `salesfloor shared map` identity works as in a private
  /// workspace. After that, throws `SharedModeError.unmappedLogin` (naming `salesfloor shared map`)
  /// for a login without a person, and `.unknownPerson` when its person was deleted.
  public func person(forLogin login: String, in workspace: Workspace) throws -> Person? {
    if logins.isEmpty { return nil }
    guard let id = logins[login] else { throw SharedModeError.unmappedLogin(login: login, group: group) }
    guard let person = workspace.people[id: id] else {
      throw SharedModeError.unknownPerson(login: login, personId: id)
    }
    return person
  }

  /// The login name of this process's effective user (`getpwuid(geteuid())`), falling back to
  /// `$USER` when the password database has no entry (a container with a bare uid).
  public static func currentLogin(environment: [String: String]) -> String? {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      let login = String(cString: name)
      if !login.isEmpty { return login }
    }
    guard let user = environment["USER"], !user.isEmpty else { return nil }
    return user
  }

  /// The group's id, nil when there is no such group.
  public static func groupId(_ name: String) -> gid_t? {
    guard let entry = getgrnam(name) else { return nil }
    return entry.pointee.gr_gid
  }

  /// A login name SalesFloor accepts in `shared.json`: what `useradd` accepts, so nothing that could
  /// hide in a listing (spaces, control characters, slashes).
  public static func isValidLogin(_ login: String) -> Bool {
    guard let first = login.unicodeScalars.first, login.unicodeScalars.count <= 256, first != "-" else {
      return false
    }
    return login.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "._-$".unicodeScalars.contains($0)
    }
  }
}

extension SharedMode {
  /// The file's bytes: pretty-printed, keys sorted, like the collection files.
  func encoded() throws -> [UInt8] {
    let object: [String: Any] = ["schemaVersion": Self.schemaVersion, "group": group, "logins": logins]
    var data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    data.append(0x0A)
    return Array(data)
  }

  /// Reads `shared.json` in `folder`; nil when there is none (a private workspace).
  public static func load(folder: String) throws -> SharedMode? {
    let path = folder + "/" + fileName
    guard let bytes = try DurableIO.readFile(path) else { return nil }
    return try decode(bytes, path: path)
  }

  static func decode(_ bytes: [UInt8], path: String) throws -> SharedMode {
    func corrupt(_ message: String) -> WorkspaceError {
      .corruptFile(path: path, line: 1, column: 1, message: message)
    }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(bytes))
    } catch {
      throw corrupt("not valid JSON (\((error as NSError).localizedDescription))")
    }
    guard let object = parsed as? [String: Any] else { throw corrupt("expected an object") }
    if let version = object["schemaVersion"] as? Int, version > schemaVersion {
      throw corrupt(
        "schemaVersion \(version) is newer than this build's \(schemaVersion): upgrade SalesFloor to open it")
    }
    guard let group = object["group"] as? String, !group.isEmpty else {
      throw corrupt("\"group\" must name the Unix group that shares the workspace")
    }
    let rawLogins = object["logins"] ?? [String: Any]()
    guard let logins = rawLogins as? [String: String] else {
      throw corrupt("\"logins\" must map login names to person ids, e.g. {\"ann\": \"p-ann\"}")
    }
    return SharedMode(group: group, logins: logins)
  }
}

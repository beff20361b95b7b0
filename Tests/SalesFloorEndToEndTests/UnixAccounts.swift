import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Throw-away Unix users and a group for the shared-host tests: created with `groupadd`/`useradd`
/// under names unique to the run, removed by `remove()` (call it in a `defer`, it runs on failure
/// too). Needs root; commands run as a user through `setpriv`, with that user's groups.
struct UnixAccounts {
  static let tools = [
    "/usr/sbin/groupadd", "/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/sbin/groupdel", "/usr/bin/setpriv",
  ]
  /// Root and every tool present: otherwise the tests skip (or fail under `SALESFLOOR_E2E_REQUIRE_TOOLS=1`).
  static var available: Bool {
    geteuid() == 0 && tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
  }

  let group: String
  private(set) var users: [String] = []
  private var groupCreated = false

  init() {
    group = "sfg" + String(UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8))
  }

  /// Runs a tool as root; returns its status and combined output.
  @discardableResult
  static func run(_ path: String, _ args: [String]) throws -> (status: Int32, output: String) {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sf-acct-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let child = try ChildProcess(
      path: path, arguments: args, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"], stdout: out.path,
      stderr: out.path)
    let ending = child.wait()
    let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    if case .exited(let code) = ending { return (code, text) }
    return (-1, text)
  }

  mutating func createGroup() throws {
    let r = try Self.run("/usr/sbin/groupadd", [group])
    try #require(r.status == 0, "groupadd \(group): \(r.output)")
    groupCreated = true
  }

  /// A new user without a home folder, in the group when `member`; returns the login name.
  mutating func addUser(_ suffix: String, member: Bool) throws -> String {
    let login = group.replacingOccurrences(of: "sfg", with: "sf\(suffix)")
    var args = ["-M", "-s", "/bin/sh"]
    if member { args += ["-G", group] }
    let r = try Self.run("/usr/sbin/useradd", args + [login])
    try #require(r.status == 0, "useradd \(login): \(r.output)")
    users.append(login)
    return login
  }

  /// Deletes the users (and the private groups `useradd` made for them) and the group.
  func remove() {
    for user in users {
      _ = try? Self.run("/usr/sbin/userdel", [user])
      _ = try? Self.run("/usr/sbin/groupdel", [user])
    }
    if groupCreated { _ = try? Self.run("/usr/sbin/groupdel", [group]) }
  }

  /// uid and primary gid of a login.
  static func ids(_ login: String) throws -> (uid: uid_t, gid: gid_t) {
    let entry = try #require(getpwnam(login), "no password entry for \(login)")
    return (entry.pointee.pw_uid, entry.pointee.pw_gid)
  }
}

import Foundation
import SalesFloorKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shared host mode end to end: two real Unix users edit one workspace shared with their group,
/// both edits land under their mapped people, every file stays `0660` for the group (even with a
/// `077` umask), and a user outside the group can read nothing.
@Suite(
  // One at a time: concurrent useradd/groupadd runs can fail on the /etc/passwd lock.
  .serialized,
  .enabled(
    if: UnixAccounts.available || EndToEndTools.required,
    "needs root and groupadd/useradd/userdel/groupdel/setpriv (CI runs as root)"))
struct CLISharedHostTests {
  /// The workspace, the binary copied where every user may run it, and per-user homes.
  struct Host {
    let box = Sandbox()
    var accounts = UnixAccounts()
    var bin: String { box.root.appendingPathComponent("bin/salesfloor").path }

    func prepare() throws {
      let fm = FileManager.default
      // Every ancestor of the workspace must let the users through; /tmp does, the sandbox must too.
      #expect(chmod(box.root.path, 0o755) == 0)
      try fm.createDirectory(at: box.root.appendingPathComponent("bin"), withIntermediateDirectories: true)
      try Self.copyExecutable(try SalesFloorBinary.require(), to: bin)
      #expect(chmod(box.root.appendingPathComponent("bin").path, 0o755) == 0)
    }

    /// Copies the binary through a descriptor opened close-on-exec, then renames it in: a copy
    /// whose write descriptor leaked into a process another test spawned meanwhile cannot be
    /// executed ("Text file busy") until that process exits.
    static func copyExecutable(_ from: String, to path: String) throws {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: from)))
      let temp = path + ".partial"
      let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
      guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
      var done = 0
      while done < bytes.count {
        let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + done }, bytes.count - done) }
        guard n > 0 else {
          close(fd)
          throw CocoaError(.fileWriteUnknown)
        }
        done += n
      }
      close(fd)
      guard chmod(temp, 0o755) == 0, rename(temp, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Runs the binary as root (the administrator setting up).
    func admin(_ args: [String]) throws -> CLIResult {
      try box.run(args + ["--data", box.data.path])
    }

    /// Runs `salesfloor ARGS` as `login` with its groups and a `077` umask, in its own home.
    func runAs(_ login: String, _ args: [String], env extra: [String: String] = [:]) throws -> CLIResult {
      try runAs(
        login,
        command: ["/bin/sh", "-c", "umask 077; exec \"$0\" \"$@\"", bin] + args + ["--data", box.data.path],
        env: extra)
    }

    func runAs(_ login: String, command: [String], env extra: [String: String] = [:]) throws -> CLIResult {
      let (uid, gid) = try UnixAccounts.ids(login)
      let home = box.root.appendingPathComponent("home-\(login)")
      if !FileManager.default.fileExists(atPath: home.path) {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        #expect(chown(home.path, uid, gid) == 0 && chmod(home.path, 0o700) == 0)
      }
      var env = [
        "HOME": home.path, "USER": login, "LOGNAME": login, "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SALESFLOOR_TODAY": Sandbox.today,
      ]
      env.merge(extra) { _, new in new }
      let id = UUID().uuidString
      let out = home.appendingPathComponent(".out-\(id)")
      let err = home.appendingPathComponent(".err-\(id)")
      let child = try ChildProcess(
        path: "/usr/bin/setpriv",
        arguments: ["--reuid=\(uid)", "--regid=\(gid)", "--init-groups", "--"] + command,
        environment: env, stdout: out.path, stderr: err.path)
      return RunningCLI(child: child, out: out, err: err).finish()
    }

    func cleanUp() {
      accounts.remove()
      box.cleanUp()
    }
  }

  private func ok(_ r: CLIResult, _ what: String) throws -> String {
    try #require(r.status == 0, "\(what) exited \(r.status): \(r.stderr)")
    return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func twoUsersEditOneSharedWorkspaceAndAThirdCannotReadIt() throws {
    var host = Host()
    defer { host.cleanUp() }
    try host.prepare()
    try host.accounts.createGroup()
    let group = host.accounts.group
    let ann = try host.accounts.addUser("a", member: true)
    let ben = try host.accounts.addUser("b", member: true)
    let eve = try host.accounts.addUser("c", member: false)

    _ = try ok(try host.admin(["init", "--shared", group]), "init --shared")
    let annId = try ok(
      try host.admin(["person", "add", "--name", "Ann One", "--role", "rep", "--quiet"]), "person add")
    let benId = try ok(
      try host.admin(["person", "add", "--name", "Ben Two", "--role", "rep", "--quiet"]), "person add")
    _ = try ok(try host.admin(["shared", "map", ann, "Ann One"]), "shared map")
    _ = try ok(try host.admin(["shared", "map", ben, "Ben Two"]), "shared map")
    let list = try ok(try host.admin(["shared", "list", "--format", "json"]), "shared list")
    #expect(list.contains("\"login\" : \"\(ann)\"") && list.contains("\"person\" : \"Ben Two\""))

    // Each user adds a deal; Ben also edits Ann's, and his last command compacts the journal.
    let acme = try ok(
      try host.runAs(
        ann,
        ["deal", "add", "--name", "Acme", "--owner", "Ann", "--amount", "12k", "--close", "+14d", "--quiet"]),
      "\(ann): deal add")
    let globex = try ok(
      try host.runAs(
        ben,
        [
          "deal", "add", "--name", "Globex", "--owner", "Ben", "--amount", "30k", "--close", "+30d",
          "--quiet",
        ]),
      "\(ben): deal add")
    _ = try ok(
      try host.runAs(
        ben, ["deal", "update", acme, "--name", "Acme 2027"], env: ["SALESFLOOR_COMPACT_LINES": "1"]),
      "\(ben): deal update")

    // Both edits are in deals.json (compacted by Ben), recorded as the mapped people.
    let dealsFile = host.box.data.appendingPathComponent("deals.json")
    let deals = try String(contentsOf: dealsFile, encoding: .utf8)
    #expect(deals.contains("\"Acme 2027\"") && deals.contains("\"Globex\""))
    let ws = try WorkspaceStore(opening: host.box.data, readOnly: true).workspace
    #expect(ws.deals[id: acme]?.history.last?.by == benId)
    #expect(ws.deals[id: globex]?.ownerId == benId)
    #expect(ws.deals[id: acme]?.ownerId == annId)

    // The cockpit opens as the login's person.
    let screen = try ok(try host.runAs(ann, ["screen", "--size", "120x30"]), "\(ann): screen")
    #expect(screen.contains("Ann One"))

    // Every file 0660 for the group, the folder 2770 (setgid), despite the users' 077 umask.
    let gid = try #require(getgrnam(group)).pointee.gr_gid
    var st = stat()
    #expect(stat(host.box.data.path, &st) == 0 && st.st_mode & 0o7777 == 0o2770 && st.st_gid == gid)
    let names = try FileManager.default.contentsOfDirectory(atPath: host.box.data.path)
    #expect(
      names.contains("journal.jsonl") && names.contains("deals.json.bak") && names.contains("shared.json"))
    for name in names {
      #expect(lstat(host.box.data.appendingPathComponent(name).path, &st) == 0)
      #expect(st.st_mode & 0o7777 == 0o660, "\(name) is \(String(st.st_mode & 0o7777, radix: 8))")
      #expect(st.st_gid == gid, "\(name) has group \(st.st_gid), expected \(gid)")
    }

    // Outside the group: no access, with a message naming the group, and `cat` fails too.
    let denied = try host.runAs(eve, ["deal", "list"])
    #expect(denied.status == 1)
    #expect(denied.stderr.contains("permission denied") && denied.stderr.contains(group))
    #expect(!denied.stderr.contains("Acme") && !looksLikeStackTrace(denied.stderr))
    let cat = try host.runAs(eve, command: ["/bin/cat", dealsFile.path])
    #expect(cat.status != 0 && !cat.stdout.contains("Acme"))

    // A login nobody mapped (root, now that logins are mapped) is told how to map it.
    let unmapped = try host.admin([
      "deal", "add", "--name", "X", "--owner", "Ann", "--amount", "1k", "--close", "+7d",
    ])
    #expect(unmapped.status != 0)
    #expect(unmapped.stderr.contains("salesfloor shared map root PERSON"))
  }

  @Test func initSharedRefusesAnUnknownGroupAndAUserOutsideTheGroup() throws {
    var host = Host()
    defer { host.cleanUp() }
    try host.prepare()
    try host.accounts.createGroup()
    let outsider = try host.accounts.addUser("d", member: false)

    let unknown = try host.admin(["init", "--shared", host.accounts.group + "x"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("there is no Unix group"))
    #expect(!FileManager.default.fileExists(atPath: host.box.data.path))

    // A user not in the group may not share a workspace of theirs with it.
    let home = host.box.root.appendingPathComponent("home-\(outsider)")
    _ = try host.runAs(outsider, command: ["/bin/true"])
    let r = try host.runAs(
      outsider,
      command: [
        host.bin, "init", "--shared", host.accounts.group, "--data", home.appendingPathComponent("ws").path,
      ])
    #expect(r.status == 1)
    #expect(r.stderr.contains("is not a member of group \(host.accounts.group)"))
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("ws").path))
  }

  @Test func anExistingWorkspaceIsConvertedOnlyAfterConfirming() throws {
    var host = Host()
    defer { host.cleanUp() }
    try host.prepare()
    try host.accounts.createGroup()
    try host.box.initWorkspace()
    let before = try host.admin(["init", "--shared", host.accounts.group])
    #expect(before.status == 64)
    #expect(before.stdout.contains("0600 root") && before.stdout.contains("0660 \(host.accounts.group)"))
    #expect(before.stderr.contains("--yes"))
    var st = stat()
    #expect(
      stat(host.box.data.appendingPathComponent("deals.json").path, &st) == 0 && st.st_mode & 0o777 == 0o600)
    _ = try ok(try host.admin(["init", "--shared", host.accounts.group, "--yes"]), "init --shared --yes")
    #expect(
      stat(host.box.data.appendingPathComponent("deals.json").path, &st) == 0 && st.st_mode & 0o777 == 0o660)
    #expect(stat(host.box.data.path, &st) == 0 && st.st_mode & 0o7777 == 0o2770)
  }
}

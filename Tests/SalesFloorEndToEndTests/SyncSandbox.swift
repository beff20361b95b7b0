import Foundation
import SalesFloorKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Two copies of one team for the end-to-end sync tests: `a` made by `demo` and `team init`, `b`
/// by `team join`, both next to the bare hub in one temporary folder, driven through the real
/// binary. Also runs `git` itself, to look at what the hub holds.
struct SyncSandbox {
  let box = Sandbox()
  /// The hub as `team init` was given it (a path, or a `git://` URL).
  var hub: String
  /// The hub's bare repository on disk.
  var hubPath: String

  init(hub: String? = nil, hubPath: String? = nil) {
    let local = box.root.appendingPathComponent("hub.git").path
    self.hub = hub ?? local
    self.hubPath = hubPath ?? local
  }

  func folder(_ name: String) -> URL { box.root.appendingPathComponent(name, isDirectory: true) }

  /// `salesfloor ARGS --data <copy>`.
  func sf(_ copy: String, _ args: [String], env: [String: String] = [:]) throws -> CLIResult {
    try box.run(args + ["--data", folder(copy).path], env: env)
  }

  /// Like `sf`, and the run must succeed.
  @discardableResult
  func ok(_ copy: String, _ args: [String], env: [String: String] = [:]) throws -> CLIResult {
    let r = try sf(copy, args, env: env)
    try #require(
      r.status == 0 && !r.signaled,
      "salesfloor \(args.joined(separator: " ")) on \(copy): \(r.stdout)\(r.stderr)")
    return r
  }

  /// Demo workspace `a`, the team on the hub, and `b` joined as another person.
  func makeTeam(env: [String: String] = [:]) throws {
    try ok("a", ["demo"], env: env)
    let people = try workspace("a").people
    let ops = try #require(people.first { $0.role == .ops } ?? people.first)
    let rep = try #require(people.first { $0.role == .rep && $0.id != ops.id })
    try ok("a", ["team", "init", hub, "--as", ops.id], env: env)
    try ok("b", ["team", "join", hub, "--as", rep.id], env: env)
  }

  func cleanUp() { box.cleanUp() }

  func workspace(_ copy: String) throws -> Workspace {
    try WorkspaceStore(opening: folder(copy), readOnly: true).workspace
  }

  /// An open deal both copies hold.
  /// The first open deal without line items (the sync tests type its amount).
  func openDeal() throws -> Deal {
    try #require(try workspace("a").openDealsWithoutLines.first)
  }

  func device(_ copy: String) throws -> String {
    let data = try Data(contentsOf: folder(copy).appendingPathComponent(".sync/device.json"))
    return try JSONDecoder().decode(SyncDeviceFile.self, from: data).device
  }

  func status(_ copy: String) throws -> SyncStatus {
    let data = try Data(contentsOf: folder(copy).appendingPathComponent(".sync/status.json"))
    return try JSONDecoder().decode(SyncStatus.self, from: data)
  }

  func conflictLines(_ copy: String) -> [String] {
    let text =
      (try? String(contentsOf: folder(copy).appendingPathComponent(".sync/conflicts.jsonl"), encoding: .utf8))
      ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// `git ARGS` (with `GIT_DIR` when given); exit status and stdout.
  func git(_ args: [String], gitDir: String? = nil) throws -> (status: Int32, out: String) {
    var env = box.environment
    if let gitDir { env["GIT_DIR"] = gitDir }
    let id = UUID().uuidString
    let out = box.root.appendingPathComponent(".git-out-\(id)")
    let err = box.root.appendingPathComponent(".git-err-\(id)")
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    let child = try ChildProcess(
      path: Self.gitPath, arguments: args, environment: env, stdout: out.path, stderr: err.path)
    let status: Int32
    switch child.wait() {
    case .exited(let code): status = code
    case .signaled(let signal): status = 128 + signal
    }
    // Objects are bytes (a tree holds binary ids): decoded leniently, never dropped whole.
    return (status, String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self))
  }

  /// `ref → commit` of the hub's SalesFloor refs, as `git ls-remote` shows them.
  func hubRefs() throws -> [String] {
    let r = try git(["ls-remote", hubPath, "refs/salesfloor/*"])
    try #require(r.status == 0)
    return r.out.split(separator: "\n").map(String.init).sorted()
  }

  /// The sequence ranges of a device log's commits, oldest first (from `ops A-B` subjects).
  func opRanges(_ ref: String, gitDir: String) throws -> [ClosedRange<Int>] {
    let r = try git(["log", "--reverse", "--format=%s", ref], gitDir: gitDir)
    try #require(r.status == 0, "git log \(ref) in \(gitDir)")
    return r.out.split(separator: "\n").compactMap { line in
      guard let range = line.split(separator: " ").last else { return nil }
      let ends = range.split(separator: "-").compactMap { Int($0) }
      return ends.count == 2 && ends[0] <= ends[1] ? ends[0]...ends[1] : nil
    }
  }

  /// Every device log on the hub numbers its ops 1, 2, 3 … with no gap and no number twice.
  func expectGapFreeLogs() throws {
    let refs = try hubRefs().compactMap { $0.split(separator: "\t").last.map(String.init) }.filter {
      $0.hasPrefix("refs/salesfloor/dev/")
    }
    #expect(!refs.isEmpty)
    for ref in refs {
      let ranges = try opRanges(ref, gitDir: hubPath)
      var next = 1
      for range in ranges {
        #expect(range.lowerBound == next, "\(ref): ops \(range) after \(next - 1)")
        next = range.upperBound + 1
      }
    }
  }

  static let gitPath: String = {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(dir)/git"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return "/usr/bin/git"
  }()
}

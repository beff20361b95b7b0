import Foundation
import SalesFloorKit

/// This copy's bare git repository (`.sync/repo.git`) in SalesFloor's terms: device logs made of
/// op batches, the team's snapshot (the epoch), fetch and push against the hub.
///
/// Layout on the hub: `refs/salesfloor/epoch` (a commit whose tree holds `team.json` and
/// `snapshot/<collection>.json`) and one `refs/salesfloor/dev/<device>` per device, a chain of
/// commits each holding one batch (`ops.jsonl`) and the journal cursor it exported through
/// (`cursor`). Here: this device's own ref under the same name, the hub's refs fetched to
/// `refs/hub/...`. Every push is a fast-forward of the device's own ref; nothing is ever forced.
struct SyncRepository: Sendable {
  var git: Git

  static let epochRef = "refs/salesfloor/epoch"
  static let hubEpochRef = "refs/hub/epoch"
  static func deviceRef(_ device: String) -> String { "refs/salesfloor/dev/" + device }
  static func hubDeviceRef(_ device: String) -> String { "refs/hub/dev/" + device }
  static let zero = String(repeating: "0", count: 40)

  init(path: String, environment: [String: String] = [:]) {
    git = Git(repository: path, environment: environment)
  }

  /// Creates the bare repository when missing.
  func create() throws(SyncRunError) {
    if FileManager.default.fileExists(atPath: git.repository + "/HEAD") { return }
    _ = try git.check(["init", "--quiet", "--bare", git.repository], gitDir: false)
    // Objects are written by one process at a time (the sync lock); no background gc mid-round.
    _ = try git.check(["config", "gc.auto", "0"])
  }

  /// `ref → commit` for every ref under the prefixes.
  func refs(_ prefixes: [String]) throws(SyncRunError) -> [String: String] {
    let out = try git.check(["for-each-ref", "--format=%(refname) %(objectname)"] + prefixes)
    var refs: [String: String] = [:]
    for line in out.lines {
      let parts = line.split(separator: " ", maxSplits: 1)
      if parts.count == 2 { refs[String(parts[0])] = String(parts[1]) }
    }
    return refs
  }

  func resolve(_ ref: String) throws(SyncRunError) -> String? {
    let out = try git.run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
    return out.status == 0 ? out.text.trimmingCharacters(in: .whitespacesAndNewlines) : nil
  }

  /// Commits reachable from `heads` and not from `known`, oldest first.
  func newCommits(heads: [String], known: [String]) throws(SyncRunError) -> [String] {
    guard !heads.isEmpty else { return [] }
    let out = try git.check(
      ["rev-list", "--reverse", "--topo-order"] + heads + (known.isEmpty ? [] : ["--not"] + known))
    return out.lines
  }

  /// The blobs at `<commit>:<path>` (missing ones left out), in one `cat-file --batch` process.
  func blobs(_ specs: [String]) throws(SyncRunError) -> [String: [UInt8]] {
    guard !specs.isEmpty else { return [:] }
    let input = Array(specs.map { $0 + "\n" }.joined().utf8)
    let out = try git.check(["cat-file", "--batch"], input: input)
    var result: [String: [UInt8]] = [:]
    var i = 0
    let bytes = out.stdout
    for spec in specs {
      guard let nl = bytes[i...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[i..<nl], as: UTF8.self)
      i = nl + 1
      if header.hasSuffix(" missing") || header.hasSuffix(" ambiguous") { continue }
      guard let sizeText = header.split(separator: " ").last, let size = Int(sizeText),
        i + size <= bytes.count
      else {
        throw SyncRunError("git cat-file gave an unexpected answer for \(spec): \(header)")
      }
      result[spec] = Array(bytes[i..<(i + size)])
      i += size + 1
    }
    return result
  }

  func blob(_ spec: String) throws(SyncRunError) -> [UInt8]? { try blobs([spec])[spec] }

  /// One commit on `parent` in one `git fast-import` process, left on the scratch ref `ref`:
  /// `files` replace (or add to) the parent's tree. The caller moves the real ref with
  /// `updateRef(_:to:from:)`, which refuses when another process moved it meanwhile.
  func commit(
    files: [(name: String, bytes: [UInt8])], on ref: String, parent: String?, message: String, person: String,
    device: String
  ) throws(SyncRunError) -> String {
    let who =
      "\(person.isEmpty ? device : person) <\(device)@salesfloor> \(Int(Date().timeIntervalSince1970)) +0000"
    var input: [UInt8] = []
    func text(_ t: String) { input += Array(t.utf8) }
    func data(_ bytes: [UInt8]) {
      text("data \(bytes.count)\n")
      input += bytes
      text("\n")
    }
    // Without a parent the commit is a root, whatever the scratch ref held before.
    if parent == nil { text("reset \(ref)\n") }
    text("commit \(ref)\nmark :1\nauthor \(who)\ncommitter \(who)\n")
    data(Array(message.utf8))
    if let parent { text("from \(parent)\n") }
    for file in files {
      text("M 100644 inline \(file.name)\n")
      data(file.bytes)
    }
    text("\nget-mark :1\n")
    let out = try git.check(["fast-import", "--quiet", "--force", "--date-format=raw"], input: input)
    let commit = out.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard commit.count == 40 else {
      throw SyncRunError("git fast-import gave no commit for \(ref): \(out.text)")
    }
    return commit
  }

  /// Moves `ref` from `old` (nil: must not exist) to `new`; refuses when someone moved it meanwhile.
  func updateRef(_ ref: String, to new: String, from old: String?) throws(SyncRunError) {
    _ = try git.check(["update-ref", ref, new, old ?? Self.zero])
  }

  func deleteRef(_ ref: String) throws(SyncRunError) {
    _ = try git.run(["update-ref", "-d", ref])
  }

  /// True when `ancestor` is `descendant` or one of its ancestors.
  func isAncestor(_ ancestor: String, of descendant: String) throws(SyncRunError) -> Bool {
    try git.run(["merge-base", "--is-ancestor", ancestor, descendant]).status == 0
  }

  /// The subject line of a commit.
  func subject(_ commit: String) throws(SyncRunError) -> String {
    try git.check(["log", "-1", "--format=%s", commit]).text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Fetches every SalesFloor ref of the hub to `refs/hub/...`. Returns nil on success, else the
  /// reason the hub was not reached (git's words).
  func fetch(_ hub: String) throws(SyncRunError) -> String? {
    let out = try git.run(["fetch", "--quiet", "--no-tags", "--prune", hub, "+refs/salesfloor/*:refs/hub/*"])
    return out.status == 0 ? nil : Self.reason(out.stderr)
  }

  enum PushOutcome: Equatable {
    case pushed
    /// The hub holds another history under one of the refs: never forced.
    case rejected(String)
    case unreachable(String)
  }

  func push(_ hub: String, refs: [String]) throws(SyncRunError) -> PushOutcome {
    let out = try git.run(["push", "--quiet", "--porcelain", hub] + refs.map { "\($0):\($0)" })
    if out.status == 0 { return .pushed }
    let said = out.text + "\n" + out.stderr
    if said.contains("[rejected]") || said.contains("non-fast-forward") || said.contains("fetch first")
      || said.contains("[remote rejected]")
    {
      return .rejected(Self.reason(said))
    }
    return .unreachable(Self.reason(out.stderr))
  }

  private static func reason(_ stderr: String) -> String {
    let lines = stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty && !$0.hasPrefix("hint:")
    }
    return lines.first(where: { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") || $0.hasPrefix("!") })
      ?? lines.last ?? "git gave no reason"
  }
}

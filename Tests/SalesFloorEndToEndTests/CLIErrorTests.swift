import Foundation
import SalesFloorKit
import Testing

/// The error contract: one line on stderr naming the bad value, exit 64 for usage, 65 for bad data,
/// never a stack trace, and a corrupt file is never rewritten.
@Suite struct CLIErrorTests {
  /// A workspace with one rep, Bo.
  private func workspace() throws -> Sandbox {
    let box = Sandbox()
    try box.initWorkspace()
    let r = try box.run(["person", "add", "--name", "Bo Seller", "--data", box.data.path])
    try #require(r.status == 0, "\(r.stderr)")
    return box
  }

  private func expectUsageError(_ r: CLIResult, naming value: String, _ what: String) {
    #expect(r.status == 64, "\(what): exit \(r.status), stderr: \(r.stderr)")
    #expect(r.stderrLines.count == 1, "\(what): one line on stderr, got: \(r.stderr)")
    #expect(r.stderr.contains(value), "\(what): stderr should name \(value): \(r.stderr)")
    #expect(!looksLikeStackTrace(r.stderr), "\(what): \(r.stderr)")
    #expect(r.stdout.isEmpty, "\(what): nothing on stdout, got: \(r.stdout)")
  }

  @Test func unknownFlagIsOneLineAndExit64() throws {
    let box = try workspace()
    defer { box.cleanUp() }
    for args in [
      ["deal", "list", "--bogus"], ["report", "attainment", "--colour", "red"], ["--nope"],
      ["deal", "add", "--name", "X", "--owner", "Bo", "--amount", "1", "--close", "eom", "--frobnicate"],
    ] {
      let r = try box.run(args + ["--data", box.data.path])
      let flag = try #require(
        args.first { $0.hasPrefix("--") && !["--name", "--owner", "--amount", "--close"].contains($0) })
      expectUsageError(r, naming: flag, args.joined(separator: " "))
    }
    // A missing required option is a usage error too.
    let missing = try box.run(["deal", "add", "--name", "X", "--data", box.data.path])
    expectUsageError(missing, naming: "--owner", "missing --owner")
  }

  @Test func badValuesAreNamed() throws {
    let box = try workspace()
    defer { box.cleanUp() }
    func add(_ overrides: [String: String]) throws -> CLIResult {
      var fields = ["--name": "Acme", "--owner": "Bo", "--amount": "10k", "--close": "eom"]
      fields.merge(overrides) { _, new in new }
      // `--flag=value`, so a value like -5 is not read as a flag.
      let args = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      return try box.run(["deal", "add"] + args + ["--data", box.data.path])
    }
    expectUsageError(try add(["--amount": "12x"]), naming: "12x", "bad amount")
    expectUsageError(try add(["--amount": "-5"]), naming: "-5", "negative amount")
    expectUsageError(try add(["--close": "2026-13-45"]), naming: "2026-13-45", "bad date")
    expectUsageError(try add(["--close": "someday"]), naming: "someday", "bad date word")
    expectUsageError(try add(["--stage": "Haggling"]), naming: "Haggling", "unknown stage")
    expectUsageError(try add(["--owner": "Nobody"]), naming: "Nobody", "unknown owner")
    expectUsageError(
      try box.run(["report", "winrate", "--period", "2026-Q5", "--data", box.data.path]), naming: "2026-Q5",
      "bad period")
    expectUsageError(
      try box.run(["report", "winrate", "--as-of", "yesterday-ish", "--data", box.data.path]),
      naming: "yesterday-ish", "bad --as-of")
    // Nothing was added by any of these.
    #expect(try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals.isEmpty)
  }

  @Test func missingWorkspaceSaysHowToCreateOne() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let r = try box.run(["deal", "list", "--data", box.data.path])
    expectUsageError(r, naming: "salesfloor init", "no workspace")
  }

  @Test func corruptDealsFileIsNamedWithLineAndColumnAndLeftAlone() throws {
    let box = try workspace()
    defer { box.cleanUp() }
    let deals = box.data.appendingPathComponent("deals.json")
    // Line 4 ends with a trailing comma, so the `}` on line 5, column 5, is where a key was expected.
    let broken = Data(
      """
      {
        "items" : [
          {
            "id" : "d-1",
          }
        ],
        "schemaVersion" : 1
      }

      """.utf8)
    try broken.write(to: deals)
    let before = try box.snapshot()
    for args in [
      ["deal", "list"], ["deal", "add", "--name", "X", "--owner", "Bo", "--amount", "1", "--close", "eom"],
      ["report", "pipeline"],
    ] {
      let r = try box.run(args + ["--data", box.data.path])
      let what = args.joined(separator: " ")
      #expect(r.status == 65, "\(what): exit \(r.status) \(r.stderr)")
      #expect(r.stderr.contains("deals.json"), "\(what): names the file: \(r.stderr)")
      // file:line:column, like a compiler: the stray `}` is on line 5, column 5.
      #expect(r.stderrLines.first?.contains("deals.json:5:5:") == true, "\(what): \(r.stderr)")
      #expect(!looksLikeStackTrace(r.stderr))
      #expect(try box.snapshot() == before, "\(what) changed bytes on disk")
    }
    let check = try box.run(["check", "--data", box.data.path])
    #expect(check.status == 65)
    #expect(check.stderr.contains("deals.json"))
    #expect(try box.snapshot() == before, "check changed bytes on disk")
    #expect(try Data(contentsOf: deals) == broken)
  }

  @Test func checkPassesOnAGoodWorkspaceAndListsADanglingReference() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let good = try box.run(["check", "--data", box.data.path])
    #expect(good.status == 0, "check on the demo: \(good.stdout) \(good.stderr)")

    // Point one deal at an owner who does not exist, by editing the file as a user might.
    let store = try WorkspaceStore(opening: box.data)
    try store.close()  // folds the journal into the files
    let url = box.data.appendingPathComponent("deals.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let ownerKey = try #require(text.range(of: "\"ownerId\" : \""))
    let end = try #require(text[ownerKey.upperBound...].firstIndex(of: "\""))
    let edited = text.replacingCharacters(in: ownerKey.upperBound..<end, with: "p-ghost")
    try edited.write(to: url, atomically: true, encoding: .utf8)

    let bad = try box.run(["check", "--data", box.data.path])
    #expect(bad.status == 65)
    #expect(bad.stdout.contains("p-ghost"), "the problem is listed: \(bad.stdout)")
    #expect(bad.stdout.contains("does not exist"))
    let json = try box.run(["check", "--format", "json", "--data", box.data.path])
    #expect(json.status == 65)
    let findings = try JSONDecoder().decode([CheckFinding].self, from: Data(json.stdout.utf8))
    #expect(findings.contains { $0.severity == .error && $0.message.contains("p-ghost") })
  }
}

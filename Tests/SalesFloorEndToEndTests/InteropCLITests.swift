import Foundation
import Testing

/// The real `salesfloor` binary on temp workspaces: imports, exports, dry runs, completions.
@Suite(.serialized) struct InteropCLITests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("salesfloor") }

  static func run(_ args: [String], env: [String: String] = [:]) throws -> Run {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    environment["SALESFLOOR_TODAY"] = "2026-11-20"
    environment["LC_ALL"] = "C.UTF-8"
    for (k, v) in env { environment[k] = v }
    p.environment = environment
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  static func tempDir() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sf-interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Every file under a folder with its bytes: equal snapshots mean not one byte changed.
  static func snapshot(_ dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    while let url = e?.nextObject() as? URL {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
        out[url.path] = try Data(contentsOf: url)
      }
    }
    return out
  }

  static let salesforceCSV = """
    "Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Amount","Stage","Close Date",\
    "Created Date","Probability (%)","Next Step"
    006A,"Acme, Inc. renewal",Acme Inc.,Dana Scully,"$12,400.00",Negotiation/Review,12/15/2026,11/2/2026,80%,Call
    006B,Globex,Globex,Dana Scully,"12.400,00 €",Closed Won,15.11.2026,2026-10-01,,
    006C,Broken,Initech,Dana Scully,twelve,Prospecting,1/10/2027,,,

    """

  @Test func presetDryRunWritesNothingThenImportIsIdempotent() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let data = dir.appendingPathComponent("ws").path
    #expect(try Self.run(["init", "--data", data]).status == 0)
    let csv = dir.appendingPathComponent("sf.csv")
    try Self.salesforceCSV.write(to: csv, atomically: true, encoding: .utf8)

    let before = try Self.snapshot(URL(fileURLWithPath: data))
    let dry = try Self.run([
      "import", "deals", csv.path, "--preset", "salesforce", "--dry-run", "--data", data,
    ])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("3 rows read"))
    #expect(dry.stdout.contains("deals to create: 2"))
    #expect(dry.stdout.contains("people to create: 1 (Dana Scully)"))
    #expect(dry.stdout.contains("accounts to create: 2"))
    #expect(dry.stdout.contains("stage \"Negotiation/Review\" → negotiation"))
    #expect(dry.stdout.contains("rejected line 4: amount \"twelve\""))
    #expect(try Self.snapshot(URL(fileURLWithPath: data)) == before)

    let strict = try Self.run([
      "import", "deals", csv.path, "--preset", "salesforce", "--strict", "--data", data,
    ])
    #expect(strict.status == 65)
    #expect(try Self.snapshot(URL(fileURLWithPath: data)) == before)

    let real = try Self.run(["import", "deals", csv.path, "--preset", "salesforce", "--data", data])
    #expect(real.status == 0, "\(real.stderr)")
    let list = try Self.run(["deal", "list", "--format", "json", "--data", data])
    #expect(list.stdout.contains("\"externalId\" : \"006A\""))

    let again = try Self.run([
      "import", "deals", csv.path, "--preset", "salesforce", "--format", "json", "--data", data,
    ])
    #expect(again.status == 0)
    let summary = try #require(
      JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
    #expect(summary["toCreate"] as? Int == 0)
    #expect(summary["toUpdate"] as? Int == 0)
    #expect(summary["unchanged"] as? Int == 2)
    #expect((summary["newPeople"] as? [Any])?.isEmpty == true)
  }

  @Test func exportImportRoundTripThroughTheCLI() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a").path
    let b = dir.appendingPathComponent("b").path
    #expect(
      try Self.run(["demo", "--data", a, "--people", "5", "--deals", "25", "--activities", "30"]).status == 0)
    #expect(try Self.run(["init", "--data", b]).status == 0)
    for kind in ["people", "accounts", "deals", "activities"] {
      let file = dir.appendingPathComponent("\(kind).csv").path
      let ex = try Self.run(["export", kind, "--out", file, "--data", a])
      #expect(ex.status == 0, "\(ex.stderr)")
      let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(mode == 0o600)
      let im = try Self.run(["import", kind, file, "--data", b, "--quiet"])
      #expect(im.status == 0, "\(kind): \(im.stderr)")
      #expect(im.stdout.isEmpty)  // --quiet
    }
    for kind in ["people", "accounts", "deals", "activities"] {
      let left = try Self.run(["export", kind, "--data", a])
      let right = try Self.run(["export", kind, "--data", b])
      #expect(left.stdout == right.stdout, "\(kind) differs after the round trip")
      #expect(left.stdout.hasPrefix("id,"))
    }
  }

  @Test func calendarAndCompletions() throws {
    let dir = try Self.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let data = dir.appendingPathComponent("ws").path
    #expect(try Self.run(["demo", "--data", data, "--people", "5", "--deals", "25"]).status == 0)
    let people = try Self.run(["person", "list", "--format", "json", "--data", data])
    let list = try #require(JSONSerialization.jsonObject(with: Data(people.stdout.utf8)) as? [[String: Any]])
    let id = try #require(list.first?["id"] as? String)
    let cal = try Self.run(["export", "calendar", "--as", id, "--data", data])
    #expect(cal.status == 0, "\(cal.stderr)")
    #expect(cal.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
    for line in cal.stdout.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    let bad = try Self.run(["export", "calendar", "--as", "nobody-at-all", "--data", data])
    #expect(bad.status == 64)
    #expect(bad.stdout.isEmpty)
    #expect(!bad.stderr.isEmpty)
    for shell in ["bash", "zsh", "fish"] {
      let r = try Self.run(["--generate-completion-script", shell])
      #expect(r.status == 0)
      #expect(r.stdout.contains("salesfloor"))
      #expect(r.stdout.contains("export"))
    }
  }
}

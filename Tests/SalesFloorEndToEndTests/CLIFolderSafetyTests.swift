import Foundation
import Testing

/// The real binary: folders it creates are 0700 under any umask, links planted in a workspace are
/// refused with a message that says what to do, and their targets stay untouched.
@Suite struct CLIFolderSafetyTests {
  private func mode(_ path: String) -> Int? {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue
  }

  /// Runs `salesfloor ARGS` from a shell with `umask 000`.
  private func underUmask000(
    _ box: Sandbox, _ args: [String], env extra: [String: String] = [:]
  ) throws
    -> Int32
  {
    let bin = try SalesFloorBinary.require()
    let quoted = ([bin] + args).map { "'" + $0 + "'" }.joined(separator: " ")
    let out = box.root.appendingPathComponent(".sh-out")
    let child = try ChildProcess(
      path: "/bin/sh", arguments: ["-c", "umask 000; " + quoted],
      environment: box.environment.merging(extra) { _, new in new }, stdout: out.path, stderr: out.path)
    guard case .exited(let code) = child.wait() else { return -1 }
    return code
  }

  @Test func initCreatesTheFolderAndItsParents0700UnderUmask000() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let ws = box.root.appendingPathComponent("new/deeper/ws").path
    #expect(try underUmask000(box, ["init", "--data", ws]) == 0)
    for folder in ["new", "new/deeper", "new/deeper/ws"] {
      #expect(mode(box.root.appendingPathComponent(folder).path) == 0o700, "\(folder)")
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: ws) {
      #expect(mode(ws + "/" + name) == 0o600, "\(name)")
    }
  }

  @Test func theDemoFolderIsAFreshPrivateMkdtempFolder() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let tmp = box.root.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    // No terminal here: the cockpit refuses after writing the demo workspace, which is what we inspect.
    _ = try underUmask000(box, ["--demo"], env: ["TMPDIR": tmp.path])
    let made = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
    #expect(made.count == 1)
    let name = try #require(made.first)
    #expect(name.hasPrefix("salesfloor-demo-") && name.count == "salesfloor-demo-".count + 6)
    #expect(!name.hasSuffix("\(getpid())"))
    #expect(mode(tmp.appendingPathComponent(name).path) == 0o700)
  }

  @Test func aPlantedJournalLinkIsRefusedAndItsTargetUntouched() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let victim = box.file("victim.txt")
    let bytes = Data("someone else's file\n".utf8)
    try bytes.write(to: victim)
    let past = Date(timeIntervalSince1970: 1_700_000_000)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: victim.path)
    let journal = box.data.appendingPathComponent("journal.jsonl")
    try FileManager.default.removeItem(at: journal)
    try FileManager.default.createSymbolicLink(at: journal, withDestinationURL: victim)

    let r = try box.run(["person", "add", "--name", "Bo Seller", "--data", box.data.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("journal.jsonl is a symbolic link"))
    #expect(r.stderr.contains("Remove the link"))
    #expect(!looksLikeStackTrace(r.stderr))
    #expect(try Data(contentsOf: victim) == bytes)
    let attrs = try FileManager.default.attributesOfItem(atPath: victim.path)
    #expect(attrs[.modificationDate] as? Date == past)
  }

  /// `export --out` naming a folder is refused with its reason and leaves no temp copy behind.
  @Test func exportToAFolderLeavesNoTempCopy() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let added = try box.run(["person", "add", "--name", "Bo Seller", "--data", box.data.path])
    try #require(added.status == 0, "\(added.stderr)")
    let folder = box.file("exports")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let r = try box.run(["export", "people", "--out", folder.path, "--data", box.data.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("cannot write \(folder.path)"), "\(r.stderr)")
    #expect(!looksLikeStackTrace(r.stderr))
    let parent = folder.deletingLastPathComponent().path
    let left = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".tmp-") }
    #expect(left.isEmpty, "temp files left: \(left)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}

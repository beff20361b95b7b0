import Foundation
import SalesFloorUI
import Testing

@testable import SalesFloorTerminal

/// The runner's side of `editText`: the private temp file, the editor command line, the child in
/// the foreground group, and the file gone on every path.
@Suite("Note editing (runner side)")
struct NoteEditingTests {
  /// A scratch folder standing in for TMPDIR, and a fake editor script in it.
  struct Scratch {
    let root: String
    init() throws {
      root =
        FileManager.default.temporaryDirectory.appendingPathComponent("sf-note-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }
    func editor(_ body: String) throws -> String {
      let path = root + "/fake-editor"
      try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
      return path
    }
    /// The editor command line: run by sh rather than executed, so no exec can race the write
    /// (ETXTBSY when another test thread forks meanwhile).
    func editorCommand(_ body: String) throws -> String { "/bin/sh " + (try editor(body)) }

    /// What is left in TMPDIR besides the fake editor.
    func leftovers() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: root).filter { $0 != "fake-editor" && $0 != "seen" }
    }
    func remove() { try? FileManager.default.removeItem(atPath: root) }
  }

  static func edit(_ text: String, editor: String, root: String) -> NoteEdit {
    let environment = ["EDITOR": editor, "TMPDIR": root, "PATH": "/usr/bin:/bin"]
    return NoteFile.edit(text, environment: environment) { ForegroundChild.run($0, environment: environment) }
  }

  @Test("the editor gets a 0600 file in a 0700 folder holding the text; its edit comes back; nothing is left")
  func roundTrip() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let editor = try scratch.editorCommand(
      """
      stat -c '%a' "$(dirname "$1")" "$1" > "\(scratch.root)/seen"; cat "$1" >> "\(scratch.root)/seen"
      printf 'one\\ntwo\\n' > "$1"; touch "$(dirname "$1")/.note.md.swp"
      """)
    let outcome = Self.edit("draft", editor: editor, root: scratch.root)
    #expect(outcome == .finished(.success("one\ntwo")))
    let seen = try String(contentsOfFile: scratch.root + "/seen", encoding: .utf8)
    #expect(seen == "700\n600\ndraft\n", "modes of folder and file, then the text handed over")
    #expect(try scratch.leftovers() == [], "the note and the editor's swap file are gone")
  }

  @Test("a failing or missing editor is a failure in words, the file still removed")
  func failures() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let failing = try scratch.editorCommand("exit 3")
    #expect(
      Self.edit("x", editor: failing, root: scratch.root)
        == .finished(.failure(EffectFailure("the editor exited with status 3"))))
    let missing = Self.edit("x", editor: scratch.root + "/no-such-editor", root: scratch.root)
    #expect(missing == .finished(.failure(EffectFailure("the editor exited with status 127"))))
    #expect(try scratch.leftovers() == [])
  }

  @Test("no TMPDIR to write in: the edit fails with the reason, nothing runs")
  func noTempFolder() {
    let outcome = NoteFile.edit("x", environment: ["TMPDIR": "/nonexistent/sf"]) { _ in
      Issue.record("the editor must not start")
      return .exited(0)
    }
    guard case .finished(.failure(let failure)) = outcome else {
      Issue.record("expected a failure, got \(outcome)")
      return
    }
    #expect(failure.message.hasPrefix("cannot create a temp folder in /nonexistent/sf"))
  }

  @Test("$VISUAL before $EDITOR before vi; values with arguments go through sh")
  func editorChoice() {
    #expect(EditorCommand.editor(environment: ["VISUAL": "nano", "EDITOR": "vim"]) == "nano")
    #expect(EditorCommand.editor(environment: ["VISUAL": " ", "EDITOR": "vim"]) == "vim")
    #expect(EditorCommand.editor(environment: [:]) == "vi")
    #expect(
      EditorCommand.arguments(path: "/t/n.md", environment: ["EDITOR": "code -w"])
        == ["/bin/sh", "-c", "exec code -w \"$1\"", "sh", "/t/n.md"])
  }
}

/// `readFile` on the real disk: `~` expanded, failures in words.
@Suite("Host files")
struct HostFilesTests {
  @Test func readsExpandsAndExplains() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sf-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try Data("a,b\n".utf8).write(to: home.appendingPathComponent("deals.csv"))
    let env = ["HOME": home.path]
    #expect(HostFiles.read("~/deals.csv", environment: env) == .success(Data("a,b\n".utf8)))
    #expect(HostFiles.expandTilde("~", environment: env) == home.path)
    #expect(HostFiles.expandTilde("~bob/x", environment: env) == "~bob/x")
    #expect(HostFiles.read("~/none.csv", environment: env) == .failure(EffectFailure("no such file")))
    #expect(HostFiles.read(home.path, environment: env) == .failure(EffectFailure("a folder, not a file")))
  }
}

/// The `SWIFT_BACKTRACE` value the cockpit re-executes with.
@Suite("Crash reports")
struct CrashReportsTests {
  @Test func settingKeepsTheUsersAndTurnsInteractivityOff() {
    #expect(CrashReports.backtraceSetting(current: nil) == "interactive=no,output-to=stderr")
    #expect(CrashReports.backtraceSetting(current: "") == "interactive=no,output-to=stderr")
    #expect(
      CrashReports.backtraceSetting(current: "color=no,interactive=yes")
        == "color=no,interactive=yes,interactive=no,output-to=stderr")
    #expect(
      CrashReports.backtraceSetting(current: "output-to=stdout") == "output-to=stdout,interactive=no")
    #expect(CrashReports.backtraceSetting(current: "interactive=no") == nil, "already off: no re-exec")
    #expect(CrashReports.backtraceSetting(current: "enable=no") == nil)
    #expect(CrashReports.backtraceSetting(current: "interactive=no,interactive=yes") != nil)
  }
}

import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The demo workspace every cockpit screen test runs on, pinned to one day so numbers never drift.
enum CockpitFixture {
  static let today = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)
  /// Generated once per test process: `DemoGenerator` is deterministic for a seed and day.
  static let demo: Workspace = DemoGenerator(seed: 1, today: today).makeWorkspace()
  /// The demo as it was before it had contacts: no contacts, no buying teams.
  static let demoWithoutContacts: Workspace = {
    var ws = demo
    ws.contacts = RecordTable()
    for var d in ws.deals.items where !d.contacts.isEmpty {
      d.contacts = []
      ws.deals.upsert(d)
    }
    return ws
  }()
  static let standard = Size(width: 120, height: 40)
  static let clock: @Sendable () -> Timestamp = { Timestamp(day: today, hour: 9) }
  static let newId: @Sendable (String) -> String = { WorkspaceStore.newId(prefix: $0) }

  static func person(_ name: String, in ws: Workspace = demo) -> Person {
    guard let p = ws.people.items.first(where: { $0.name == name }) else {
      fatalError("no \(name) in the demo workspace")
    }
    return p
  }

  /// The viewer `salesfloor screen --as NAME` would pick (the default viewer without a name).
  static func viewer(_ name: String?, in ws: Workspace = demo) -> Viewer {
    switch CockpitLauncher.viewer(named: name, in: ws) {
    case .success(let v): return v
    case .failure(let e): fatalError(e.message)
    }
  }
}

/// One headless run of the cockpit: the program after the keys, and the final frame.
struct CockpitRun {
  var program: CockpitProgram
  var result: HeadlessResult
  var store: MemoryStore
  var size: Size
  var unicode: Bool
  /// What `$EDITOR` gives back in this run, and where `readFile` reads (the disk by default, so a
  /// test may write a real file and `:import` it).
  var editor: ScriptedEditor
  var files: FileSource

  var grid: Grid { result.grid }
  var lines: [String] { result.grid.plainText() }
  var screen: String { lines.joined(separator: "\n") }
  var state: CockpitState { program.state }

  /// Runs the cockpit over `workspace` (the demo by default) as `viewer` (else the one `--as name`
  /// picks) with a key script.
  init(
    _ script: String = "", as name: String? = nil, workspace: Workspace = CockpitFixture.demo,
    size: Size = CockpitFixture.standard, unicode: Bool = true, store: MemoryStore? = nil,
    editor: @escaping ScriptedEditor = { .success($0) }, files: @escaping FileSource = CockpitRun.disk,
    viewer: Viewer? = nil
  ) throws {
    let store = store ?? MemoryStore(workspace)
    var program = CockpitProgram(
      store: store, viewer: viewer ?? CockpitFixture.viewer(name, in: store.workspace),
      asOf: CockpitFixture.today,
      now: CockpitFixture.clock, newId: CockpitFixture.newId)
    let terminal = HeadlessTerminal(
      size: size, capabilities: TerminalCapabilities(unicode: unicode, colorDepth: .none), editor: editor,
      files: files)
    result = try terminal.run(&program, script: script)
    self.program = program
    self.store = store
    self.size = size
    self.unicode = unicode
    self.editor = editor
    self.files = files
  }

  /// Files straight from the disk (test support only; the product reads through `HostFiles`).
  static let disk: FileSource = { path in
    FileManager.default.contents(atPath: path).map { .success($0) } ?? .failure(EffectFailure("no such file"))
  }

  /// More keys on the same program (state carries over).
  mutating func press(_ script: String) throws {
    let terminal = HeadlessTerminal(
      size: size, capabilities: TerminalCapabilities(unicode: unicode, colorDepth: .none), editor: editor,
      files: files)
    result = try terminal.run(&program, script: script)
  }

  /// Where a pane is on screen in the current state.
  func rect(_ pane: PaneID) -> Rect? {
    CockpitLayout(size: size, zoomed: state.zoomed, focus: state.focus).panes[pane]
  }

  /// The text inside a rectangle, row by row, trailing spaces trimmed (wide characters kept whole).
  func text(in rect: Rect) -> [String] { CockpitRun.text(of: grid, in: rect) }

  /// The text of a pane including its border title.
  func pane(_ pane: PaneID) -> String {
    guard let r = rect(pane) else { return "" }
    return text(in: r).joined(separator: "\n")
  }

  /// Rows of a bordered table pane below its title and header that have content between the borders.
  func tableRows(_ pane: PaneID) -> [String] {
    guard let r = rect(pane) else { return [] }
    let lines = text(in: r)
    guard lines.count > 3 else { return [] }
    return lines[2..<(lines.count - 1)].filter {
      !$0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).isEmpty
    }
  }

  var topBar: String { lines.first ?? "" }
  var footer: String { lines.last ?? "" }

  static func text(of grid: Grid, in rect: Rect) -> [String] {
    (rect.y..<rect.maxY).map { y in
      var line = ""
      for x in rect.x..<rect.maxX {
        let cell = grid[x, y]
        if !cell.isContinuation { line += cell.text }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}

extension String {
  /// The characters from display column `start`, `width` columns wide (a wide character counts 2).
  func displaySlice(from start: Int, width: Int) -> String {
    var col = 0
    var out = ""
    for c in self {
      let w = DisplayWidth.of(c)
      if col >= start && col + w <= start + width { out.append(c) }
      col += w
    }
    return out
  }

  /// The display column where `needle` starts in this line (wide characters count 2), or nil.
  func displayColumn(of needle: String) -> Int? {
    guard let r = range(of: needle) else { return nil }
    return DisplayWidth.of(String(self[..<r.lowerBound]))
  }
}

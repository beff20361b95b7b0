import Foundation
import SalesFloorKit
import SalesFloorUI

/// A generated workspace folder for one size, written once and removed at exit.
struct Fixture {
  /// The pinned "today" of every benchmark: the demo and the cockpit agree on it.
  static let today = Day(iso: "2026-11-16") ?? Day(ordinal: 0)

  let folder: URL
  let deals: Int
  let bytesOnDisk: Int
  let owned: Bool

  /// Writes `salesfloor demo`'s workspace for these counts into a temp folder.
  static func generate(deals: Int, people: Int, activities: Int) throws -> Fixture {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "salesfloor-bench-\(getpid())-\(deals)")
    try? FileManager.default.removeItem(at: folder)
    let ws = DemoGenerator(seed: 1, today: today, people: people, deals: deals, activities: activities)
      .makeWorkspace()
    let store = try WorkspaceStore.create(at: folder, workspace: ws)
    try store.close()
    return Fixture(
      folder: folder, deals: deals, bytesOnDisk: Measure.folderSize(folder.path), owned: true)
  }

  /// An existing workspace folder (`--data`): benchmarks that edit work on a copy.
  static func existing(_ path: String) -> Fixture {
    let url = URL(fileURLWithPath: path)
    let count = (try? WorkspaceStore(opening: url, readOnly: true).workspace.deals.count) ?? 0
    return Fixture(folder: url, deals: count, bytesOnDisk: Measure.folderSize(path), owned: false)
  }

  /// A private copy for benchmarks that write (edits must not change the user's data).
  func scratchCopy(_ tag: String) throws -> URL {
    let copy = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "salesfloor-bench-\(getpid())-\(deals)-\(tag)")
    try? FileManager.default.removeItem(at: copy)
    try FileManager.default.copyItem(at: folder, to: copy)
    return copy
  }

  func remove() {
    if owned { try? FileManager.default.removeItem(at: folder) }
  }

  /// The cockpit over a store as the ops lead sees it: scope "everyone", so the pipeline pane
  /// holds every open deal (a manager's default view holds only their team's).
  static func program(_ store: WorkspaceStore) -> CockpitProgram {
    let ws = store.workspace
    let ops = ws.people.items.filter { $0.role == .ops && $0.active }.min { $0.id < $1.id }
    return CockpitProgram(
      store: store, viewer: Viewer(person: ops), asOf: today, now: { Timestamp.now },
      newId: { WorkspaceStore.newId(prefix: $0) })
  }
}

/// Drives a program like the curses driver does: event → render → diff against the last frame.
struct Driver {
  var program: CockpitProgram
  let size: Size
  var last: Grid

  init(_ program: CockpitProgram, size: Size = Size(width: 160, height: 48)) {
    var p = program
    _ = p.handle(.start(TerminalCapabilities(unicode: true, colorDepth: .none)))
    _ = p.handle(.resize(size))
    self.program = p
    self.size = size
    self.last = p.render(size: size)
  }

  /// One keystroke to the next frame: handle, render, diff. Returns milliseconds.
  mutating func press(_ key: Key) -> Double {
    Measure.ms {
      _ = program.handle(.key(key))
      let grid = program.render(size: size)
      _ = grid.diff(from: last)
      last = grid
    }
  }

  /// A tick (other writers' journal lines picked up) to the next frame. Returns milliseconds.
  mutating func tick() -> Double {
    Measure.ms {
      _ = program.handle(.tick)
      let grid = program.render(size: size)
      _ = grid.diff(from: last)
      last = grid
    }
  }

  /// Presses each key of a script (key notation), timing each.
  mutating func press(script: String) throws -> [Double] {
    try KeyNotation.parse(script).map { press($0) }
  }
}

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
  static func program(_ store: WorkspaceStore, viewer: Person? = nil) -> CockpitProgram {
    let ws = store.workspace
    let ops = ws.people.items.filter { $0.role == .ops && $0.active }.min { $0.id < $1.id }
    return CockpitProgram(
      store: store, viewer: Viewer(person: viewer ?? ops), asOf: today, now: { Timestamp.now },
      newId: { WorkspaceStore.newId(prefix: $0) })
  }

  /// The rep owning the most deals (ties: lowest id): the call-mode benchmarks' viewer.
  static func busiestRep(_ ws: Workspace) -> Person? {
    var count: [String: Int] = [:]
    for d in ws.deals { count[d.ownerId, default: 0] += 1 }
    return ws.people.items.filter { $0.role == .rep }.max {
      (count[$0.id] ?? 0, $1.id) < (count[$1.id] ?? 0, $0.id)
    }
  }
}

/// Drives a program like the curses driver does, through the same `ProgramLoop`: event → effects →
/// render → diff against the last frame.
struct Driver {
  var loop: ProgramLoop<CockpitProgram, DiffingBackend>

  init(_ program: CockpitProgram, size: Size = Size(width: 160, height: 48)) {
    loop = ProgramLoop(program: program, backend: DiffingBackend(size: size))
    loop.start()
    loop.presentFrame()
  }

  var program: CockpitProgram { loop.program }

  /// One keystroke to the next frame: handle, perform effects, render, diff. Returns milliseconds.
  mutating func press(_ key: Key) -> Double {
    Measure.ms {
      loop.deliver(.key(key))
      loop.presentFrame()
    }
  }

  /// A tick (other writers' journal lines picked up) to the next frame. Returns milliseconds.
  mutating func tick() -> Double {
    Measure.ms {
      loop.deliver(.tick)
      loop.presentFrame()
    }
  }

  /// Presses each key of a script (key notation), timing each.
  mutating func press(script: String) throws -> [Double] {
    try KeyNotation.parse(script).map { press($0) }
  }
}

/// A backend that diffs every frame against the last one (the work the curses driver does before
/// writing cells) and answers effects like the headless terminal (no editor, no files).
struct DiffingBackend: ProgramBackend {
  var headless: HeadlessBackend
  var last: Grid?

  init(size: Size) {
    headless = HeadlessBackend(terminal: HeadlessTerminal(size: size), keys: [])
  }

  var capabilities: TerminalCapabilities { headless.capabilities }
  var initialSize: Size { headless.initialSize }
  var presentsEveryFrame: Bool { true }
  mutating func nextInput() -> BackendInput { .end(.inputEnded) }

  mutating func present(_ frame: Grid) {
    if let last { _ = frame.diff(from: last) }
    last = frame
  }

  mutating func perform(_ effect: ProgramEffect) -> EffectOutcome { headless.perform(effect) }
}

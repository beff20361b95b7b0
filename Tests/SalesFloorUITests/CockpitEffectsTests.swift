import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The cockpit's I/O goes out as effects and comes back as events, through the same loop the real
/// terminal runs (`ProgramLoop`): `$EDITOR` for notes, the file of `:import`.
@Suite("Cockpit effects through the shared runner")
struct CockpitEffectsTests {
  static let csv = Data(
    """
    Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Amount,Stage,Close Date
    006B1,Yarrow Pilot,Yarrow Labs,Grace Osei,"$8,000.00",Qualification,12/15/2026
    """.utf8)

  static func steps(_ run: CockpitRun, play: String) -> [String]? {
    run.store.workspace.playbooks.items.first { $0.name == play }?.steps
  }

  @Test("Ctrl-E: the editor's text fills the note field and is saved with the form")
  func editorTextFillsTheField() throws {
    let seen = Seen()
    let run = try CockpitRun(
      "4 a \(typed("Steps play")) <Tab> sum <Tab> \(typed("draft")) <C-e> <Enter>",
      editor: { text in
        seen.set(text)
        return .success("call the champion\nbook the demo")
      })
    #expect(seen.value == "draft", "the editor opened on the field's text")
    #expect(run.result.effects.contains { if case .editText = $0 { true } else { false } })
    #expect(Self.steps(run, play: "Steps play") == ["call the champion", "book the demo"])
  }

  @Test("an editor that fails leaves the note as it was and says why on the form")
  func editorFailureKeepsTheNote() throws {
    var run = try CockpitRun(
      "4 a \(typed("Steps play")) <Tab> sum <Tab> \(typed("draft")) <C-e>",
      editor: { _ in .failure(EffectFailure("the editor exited with status 1")) })
    #expect(run.screen.contains("the editor exited with status 1: note unchanged"), "\(run.screen)")
    try run.press("<Enter>")
    #expect(Self.steps(run, play: "Steps play") == ["draft"])
  }

  @Test(":import reads its file through a readFile effect and previews it")
  func importThroughReadFile() throws {
    let store = MemoryStore(CockpitFixture.demo)
    var run = try CockpitRun(
      ": import <Space> deals.csv <Space> salesforce <Enter>", store: store,
      files: HeadlessTerminal.files(["deals.csv": Self.csv]))
    #expect(run.result.effects.contains(.readFile(id: try #require(Self.readId(run)), path: "deals.csv")))
    #expect(run.screen.contains("import 1 new and 0 updated deals"), "\(run.screen)")
    try run.press("y")
    #expect(store.workspace.deals.items.contains { $0.name == "Yarrow Pilot" && $0.amount == 800_000 })
  }

  @Test(":import of a missing file is a clear message and writes nothing")
  func importMissingFile() throws {
    let store = MemoryStore(CockpitFixture.demo)
    let run = try CockpitRun(
      ": import <Space> ~/nope.csv <Enter>", store: store, files: HeadlessTerminal.files([:]))
    #expect(run.footer.contains("import: cannot read ~/nope.csv (no such file"), "\(run.footer)")
    #expect(store.committed.isEmpty)
    #expect(run.state.overlay.isNone)
  }

  static func readId(_ run: CockpitRun) -> String? {
    for effect in run.result.effects {
      if case .readFile(let id, _) = effect { return id }
    }
    return nil
  }
}

/// A value a `@Sendable` closure records for the test to read afterwards.
final class Seen: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: String?
  func set(_ value: String) { lock.withLock { stored = value } }
  var value: String? { lock.withLock { stored } }
}

import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// `:import FILE` shows the same preview as `salesfloor import deals --dry-run` in a modal, writes
/// nothing until `y`, then writes every accepted row as one undoable step.
@Suite("Cockpit :import preview")
struct CockpitImportTests {
  static func csv(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-import-\(UUID().uuidString).csv")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static let sample = """
    Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Amount,Stage,Close Date
    006A1,Zephyr Rollout,Zephyr Mills,Grace Osei,"$12,400.00",Qualification,12/15/2026
    006A2,Zephyr Add-on,Zephyr Mills,Grace Osei,"$3,000.00",Prospecting,01/20/2027
    006A3,Broken Row,Zephyr Mills,Grace Osei,lots,Prospecting,01/20/2027
    """

  @Test func previewThenConfirmWritesOneStep() throws {
    let path = try Self.csv(Self.sample)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = MemoryStore(CockpitFixture.demo)
    var run = try CockpitRun(": import <Space> \(path) <Space> salesforce <Enter>", store: store)
    // The preview names what would happen, row by row, and nothing is written yet.
    #expect(run.screen.contains("deals to create: 2"))
    #expect(run.screen.contains("rejected line 4"))
    #expect(run.screen.contains("import 2 new and 0 updated deals"))
    #expect(store.committed.isEmpty)
    try run.press("y")
    #expect(store.committed.count == 1, "one transaction for the whole import")
    let names = Set(store.workspace.deals.items.map(\.name))
    #expect(names.contains("Zephyr Rollout") && names.contains("Zephyr Add-on"))
    #expect(store.workspace.deals.items.first { $0.name == "Zephyr Rollout" }?.amount == 1_240_000)
    // Undo takes the whole import back.
    try run.press("u")
    #expect(run.lines.last?.contains("undid") == true, "\(run.lines.last ?? "")")
    let left = store.workspace.deals.items.filter { ["Zephyr Rollout", "Zephyr Add-on"].contains($0.name) }
    #expect(left.isEmpty)
  }

  @Test func cancelWritesNothingAndMissingFileIsAMessage() throws {
    let path = try Self.csv(Self.sample)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = MemoryStore(CockpitFixture.demo)
    var run = try CockpitRun(": import <Space> \(path) <Space> salesforce <Enter>", store: store)
    try run.press("n")
    #expect(store.committed.isEmpty)
    #expect(!run.screen.contains("deals to create"))
    try run.press(": import <Space> /nonexistent/file.csv <Enter>")
    #expect(run.screen.contains("cannot read /nonexistent/file.csv"))
  }
}

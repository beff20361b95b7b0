import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// First run: the welcome page leads through adding yourself and a first deal in the cockpit.
@Suite("Cockpit first run")
struct CockpitFirstRunTests {
  static func typed(_ text: String) -> String {
    text.map { $0 == " " ? "<Space>" : String($0) }.joined(separator: " ")
  }

  @Test("the welcome page's steps: P adds yourself, then a adds the first deal")
  func guided() throws {
    let empty = try CockpitRun(workspace: Workspace())
    #expect(empty.screen.contains("[ ] 1. Press P to add yourself"))
    GoldenScreen.check("welcome-steps-120x40", empty.lines)
    // a before anyone exists says why instead of opening a deal form that cannot save.
    let early = try CockpitRun("a", workspace: Workspace())
    #expect(early.state.overlay.isNone)
    #expect(early.footer.contains("a: a deal needs an owner: press P to add yourself first"))
    // P opens the person form over the welcome page; a name and role save it.
    var run = try CockpitRun(
      "P \(Self.typed("Robin Park")) <Tab> <Tab> \(Self.typed("rep")) <Enter>", workspace: Workspace())
    #expect(run.store.workspace.people.items.map(\.name) == ["Robin Park"])
    #expect(run.screen.contains("[x] 1. You are Robin Park (rep)"))
    #expect(run.state.viewer.person?.name == "Robin Park")
    try run.press("a \(Self.typed("First deal")) <Tab> 12k <Tab> eoq <Enter>")
    let deal = try #require(run.store.workspace.deals.items.first)
    #expect(deal.name == "First deal" && deal.ownerId == run.store.workspace.people.items.first?.id)
    #expect(!run.screen.contains("Welcome to SalesFloor"))
  }

  @Test("config, keymap and theme problems show in the cockpit at start, one line each; Esc closes")
  func startupProblems() throws {
    var run = try CockpitRun()
    run.program.reportStartupProblems([
      "theme nosuch: no such theme; using the default theme",
      "config keys: keymap override [pipeline] \"x\": unknown action",
    ])
    try run.press("")
    #expect(run.screen.contains("Problems at start"))
    #expect(run.screen.contains("theme nosuch: no such theme; using the default theme"))
    #expect(run.screen.contains("config keys: keymap override [pipeline] \"x\": unknown action"))
    #expect(run.footer.contains("2 problems at start (defaults used): Esc closes the list"))
    try run.press("<Esc>")
    #expect(!run.screen.contains("Problems at start"))
    #expect(!run.result.quit)
  }
}

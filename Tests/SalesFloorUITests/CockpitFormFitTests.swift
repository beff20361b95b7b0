import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Forms fit the typist (issue #16): inputs use the form's width and show their start when not
/// focused; a choice field's default is replaced by typing and completes from the options.
@Suite("Cockpit form fit")
struct CockpitFormFitTests {
  static func form(_ run: CockpitRun) -> Form? {
    if case .form(let f) = run.state.overlay { return f }
    return nil
  }

  @Test("an unfocused long name shows its start, at the form's width")
  func unfocusedShowsStart() throws {
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    // e opens the deal form on the name field; Tab leaves it.
    let run = try CockpitRun("e <Tab>")
    let line = try #require(run.lines.first { $0.contains("* Name") })
    #expect(line.contains(deal.name), "the whole name shows: \(line)")
    GoldenScreen.check("deal-form-unfocused-120x40", run.lines)
  }

  @Test("inputs are wider than the old 28 columns in a 100-column form")
  func wideInputs() throws {
    let long = String(repeating: "x", count: 60)
    let run = try CockpitRun("e <C-u> \(long)")
    #expect(run.screen.contains(long))
  }

  @Test("typing into a pre-filled choice field replaces it; a unique prefix saves as that option")
  func choiceReplaces() throws {
    let ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    let run0 = try CockpitRun("e")
    let form = try #require(Self.form(run0))
    let stageField = try #require(form.fields.firstIndex { $0.key == "stage" })
    let tabs = Array(repeating: "<Tab>", count: stageField).joined(separator: " ")
    let negotiation = try #require(ws.settings.orderedStages.first { $0.name.lowercased().hasPrefix("neg") })
    var run = try CockpitRun("e \(tabs) n e g")
    let typed = try #require(Self.form(run)?.fields[stageField].input.text)
    #expect(typed == "neg")  // not "Prospectneg"
    try run.press("<Enter>")
    #expect(run.store.workspace.deals[id: deal.id]?.stage == negotiation.id)
  }
}

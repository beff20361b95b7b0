import Testing

@testable import SalesFloorKit

/// Sales ops edits the handoff templates in settings; the next win picks the fitting one.
@Suite("Handoff templates")
struct HandoffTemplateCommandTests {
  typealias F = CommandFixture

  @Test("set adds a template with checked steps; a segment template wins over the default for its deals")
  func setAndChoose() throws {
    var ws = F.workspace
    var acme = try #require(ws.accounts[id: "a-acme"])
    acme.segment = .enterprise
    _ = ws.accounts.upsert(acme)
    let steps = [
      try HandoffTemplate.parseStep("Security review|Bo Seller|4", in: ws),
      try HandoffTemplate.parseStep("Kickoff|Customer success|7", in: ws),
    ]
    // "Bo Seller" is a person (exact name): the step is theirs; "Customer success" stays a role.
    #expect(steps[0].ownerPersonId == "p-bo" && steps[0].ownerRole == nil)
    #expect(steps[1].ownerRole == "Customer success" && steps[1].ownerPersonId == nil)
    // A role that is only a prefix of someone's name is still a role.
    #expect(try HandoffTemplate.parseStep("PO|Bo|2", in: ws).ownerRole == "Bo")

    ws = F.applying(
      try SetHandoffTemplate(name: "Enterprise", steps: steps, match: .init(segments: [.enterprise]))
        .edit(in: F.context(ws)), to: ws)
    ws = F.applying(
      try SetHandoffTemplate(
        name: "Default", steps: [HandoffTemplate.Step(name: "Go", ownerRole: "CS", targetDays: 1)]
      )
      .edit(in: F.context(ws)), to: ws)
    #expect(ws.settings.handoffTemplates.map(\.id) == ["enterprise", "default"])
    #expect(ws.settings.handoffTemplates[1].match == nil)
    let deal = try #require(ws.deals[id: "d-1"])
    #expect(HandoffTemplate.choose(for: deal, in: ws).id == "enterprise")
    var other = deal
    other.accountId = "a-glob"
    #expect(HandoffTemplate.choose(for: other, in: ws).id == "default")
  }

  @Test("bad templates are refused with the step and the reason")
  func refusals() throws {
    let ws = F.workspace
    func reason(_ steps: [HandoffTemplate.Step], match: HandoffTemplate.Match? = nil) -> String {
      do {
        _ = try SetHandoffTemplate(name: "T", steps: steps, match: match).edit(in: F.context(ws))
        return "accepted"
      } catch { return error.description }
    }
    #expect(reason([]) == "step: a template needs at least one step")
    #expect(
      reason([.init(name: "A", ownerRole: "CS", targetDays: 0)]) == "step 1: target days must be 1–90, not 0")
    #expect(reason([.init(name: "A", targetDays: 2)]) == "step 1: name who owns \"A\": a role or a person")
    #expect(
      reason([
        .init(name: "A", ownerRole: "CS", targetDays: 1), .init(name: "a", ownerRole: "CS", targetDays: 1),
      ])
        == "step 2: \"a\" is already a step of this template")
    #expect(reason([.init(name: "A", ownerPersonId: "p-nobody", targetDays: 1)]).contains("p-nobody"))
    #expect(
      reason([.init(name: "A", ownerRole: "CS", targetDays: 1)], match: .init(productIds: ["prod-x"]))
        .contains("no product with id \"prod-x\""))
    #expect(throws: CommandError.self) { try HandoffTemplate.parseStep("A|CS|two", in: ws) }
  }

  @Test("set on an existing name replaces it in place and keeps its id; remove takes it out")
  func replaceAndRemove() throws {
    var ws = F.workspace
    let one = [HandoffTemplate.Step(name: "Go", ownerRole: "CS", targetDays: 1)]
    ws = F.applying(try SetHandoffTemplate(name: "Fast", steps: one).edit(in: F.context(ws)), to: ws)
    ws = F.applying(try SetHandoffTemplate(name: "Slow", steps: one).edit(in: F.context(ws)), to: ws)
    let two = one + [HandoffTemplate.Step(name: "Bill", ownerRole: "Finance", targetDays: 3)]
    let edit = try SetHandoffTemplate(name: "fast", steps: two).edit(in: F.context(ws))
    #expect(edit.summary == "changed handoff template fast")
    ws = F.applying(edit, to: ws)
    #expect(ws.settings.handoffTemplates.map(\.id) == ["fast", "slow"])
    #expect(ws.settings.handoffTemplates[0].steps.count == 2)
    // The same template again changes nothing.
    #expect(try SetHandoffTemplate(name: "fast", steps: two).edit(in: F.context(ws)).mutations.isEmpty)
    ws = F.applying(try RemoveHandoffTemplate(name: "FAST").edit(in: F.context(ws)), to: ws)
    #expect(ws.settings.handoffTemplates.map(\.id) == ["slow"])
    #expect(throws: CommandError.self) { try RemoveHandoffTemplate(name: "fast").edit(in: F.context(ws)) }
  }
}

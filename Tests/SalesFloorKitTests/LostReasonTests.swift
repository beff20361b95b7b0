import Testing

@testable import SalesFloorKit

/// A deal closed lost carries a reason from the workspace's list (#15 item 6): `deal close --lost`,
/// `deal move ID lost` and the cockpit's lost prompt all go through `CommandRules.lostReason`.
@Suite("Lost reasons")
struct LostReasonTests {
  static let allowed = "Price, Competitor, No decision, Timing, Product fit, Budget, Other"

  func lost(_ edit: Edit) throws -> Deal { try #require(edit.deal) }

  @Test("closing lost without a reason is refused and the message lists the allowed reasons")
  func closeWithoutReason() {
    let error = CommandFixture.error(CloseDeal(dealId: "d-1", won: false))
    #expect(error == .invalid(field: "reason", reason: "a lost deal needs a reason: one of \(Self.allowed)"))
    #expect(CommandFixture.error(CloseDeal(dealId: "d-1", won: false, reason: "  ")) == error)
  }

  @Test("a reason outside the workspace's list is refused; one in it (any case) is kept")
  func closeWithUnknownReason() throws {
    let error = CommandFixture.error(CloseDeal(dealId: "d-1", won: false, reason: "the moon was full"))
    #expect(
      error
        == .invalid(
          field: "reason",
          reason: "\"the moon was full\" is not a lost reason of this workspace: one of \(Self.allowed)"))
    let d = try lost(
      CloseDeal(dealId: "d-1", won: false, reason: " competitor ").edit(in: CommandFixture.context()))
    #expect(d.stage == "lost" && d.lostReason == "competitor")
  }

  @Test("without a list in settings any non-empty reason goes, an empty one still does not")
  func noListAnyReason() throws {
    var ws = CommandFixture.workspace
    ws.settings.lostReasons = []
    let d = try lost(
      CloseDeal(dealId: "d-1", won: false, reason: "went dark").edit(in: CommandFixture.context(ws)))
    #expect(d.lostReason == "went dark")
    #expect(
      CommandFixture.error(CloseDeal(dealId: "d-1", won: false), CommandFixture.context(ws))
        == .invalid(field: "reason", reason: "a lost deal needs a reason"))
  }

  @Test("deal move ID lost follows the same rule and keeps the reason; won needs none")
  func moveToLost() throws {
    #expect(
      CommandFixture.error(MoveDealStage(dealId: "d-1", stage: "lost"))
        == .invalid(field: "reason", reason: "a lost deal needs a reason: one of \(Self.allowed)"))
    #expect(CommandFixture.error(MoveDealStage(dealId: "d-1", stage: "lost", reason: "Weather")) != nil)
    let d = try lost(
      MoveDealStage(dealId: "d-1", stage: "lost", reason: "Budget").edit(in: CommandFixture.context()))
    #expect(d.stage == "lost" && d.lostReason == "Budget" && d.closeDate == CommandFixture.today)
    let won = try lost(MoveDealStage(dealId: "d-1", stage: "won").edit(in: CommandFixture.context()))
    #expect(won.stage == "won")
  }
}

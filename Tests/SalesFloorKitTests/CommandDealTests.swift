import SalesFloorKit
import Testing

/// The deal commands: what every surface (CLI, form, palette, importer) gets as rules and history.
@Suite("Commands: deals")
struct CommandDealTests {
  let ws = CommandFixture.workspace

  func deal(_ edit: Edit) throws -> Deal { try #require(edit.deal) }

  @Test(
    "add: first open stage, owner = the actor, zero amount in the workspace currency, created by the actor")
  func addDefaults() throws {
    let edit = try AddDeal(name: "  Initech pilot ").edit(in: CommandFixture.context(actor: "p-bo"))
    let d = try deal(edit)
    #expect(d.id == "d-new" && edit.recordId == "d-new")
    #expect(d.name == "Initech pilot")
    #expect(d.stage == "prospect")
    #expect(d.ownerId == "p-bo")
    #expect(d.amount == 0 && d.currency == "USD")
    #expect(d.history == [DealChange(at: CommandFixture.later, field: .created, to: "prospect", by: "p-bo")])
    #expect(edit.summary.hasPrefix("added deal Initech pilot"))
  }

  @Test("add refuses an empty name, an unknown owner, an unknown stage, and a workspace without open stage")
  func addValidation() {
    #expect(
      CommandFixture.error(AddDeal(name: "   ")) == .invalid(field: "name", reason: "must not be empty"))
    let owner = CommandFixture.error(AddDeal(name: "X", ownerId: "p-nobody"))
    #expect(owner?.description.hasPrefix("owner: no person with id \"p-nobody\"") == true)
    #expect(
      CommandFixture.error(AddDeal(name: "X"), CommandFixture.context(actor: nil))?.description
        == "owner: give the deal's owner")
    let stage = CommandFixture.error(AddDeal(name: "X", stage: "nope"))
    #expect(stage?.description.hasPrefix("stage: unknown stage \"nope\"") == true)
    let none = CommandFixture.error(AddDeal(name: "X"), CommandFixture.context(CommandFixture.noOpenStage))
    #expect(none == .workspace("the workspace has no open stage in settings.json"))
    #expect(none?.isUsage == false)
  }

  @Test(
    "add with a typed account: by id or exact name (any case), else new; a prefix of a name is refused")
  func addAccount() throws {
    let existing = try AddDeal(name: "X", account: .named("  acme CORP ")).edit(in: CommandFixture.context())
    #expect(try deal(existing).accountId == "a-acme")
    #expect(existing.mutations.count == 1)
    let byId = try AddDeal(name: "X", account: .named("a-acme")).edit(in: CommandFixture.context())
    #expect(try deal(byId).accountId == "a-acme")
    let prefix = CommandFixture.error(AddDeal(name: "X", account: .named("acme")))
    #expect(prefix?.description.contains("did you mean Acme Corp (a-acme)?") == true)
    #expect(prefix?.description.contains("--new-account \"acme\"") == true)
    let onPurpose = try AddDeal(name: "X", account: .new("acme")).edit(in: CommandFixture.context())
    guard case .put(.account(let acme)) = onPurpose.mutations.first else {
      Issue.record("expected a new account first, got \(onPurpose.mutations)")
      return
    }
    #expect(acme.name == "acme" && acme.id != "a-acme")
    let new = try AddDeal(name: "X", account: .named("Umbrella"), ownerId: "p-bo").edit(
      in: CommandFixture.context())
    guard case .put(.account(let a)) = new.mutations.first else {
      Issue.record("expected a new account first, got \(new.mutations)")
      return
    }
    #expect(a.name == "Umbrella" && a.ownerId == "p-bo")
    #expect(try deal(new).accountId == a.id)
  }

  @Test(
    "two accounts of one name: a typed name refuses and lists both ids; a new one of an existing name too")
  func addAccountDuplicateNames() throws {
    var ws = CommandFixture.workspace
    _ = ws.accounts.upsert(Account(id: "a-acme2", name: "ACME Corp"))
    let twice = CommandFixture.error(
      AddDeal(name: "X", account: .named("acme corp")), CommandFixture.context(ws))
    #expect(twice?.description.contains("2 accounts are named \"acme corp\"") == true)
    #expect(twice?.description.contains("a-acme") == true && twice?.description.contains("a-acme2") == true)
    #expect(twice?.description.contains("pick one by its id") == true)
    let again = CommandFixture.error(AddDeal(name: "X", account: .new("Acme Corp")))
    #expect(again?.description.contains("already exists (a-acme)") == true)
  }

  @Test(
    "update logs name, account, owner, amount, currency, stage, close date and probability with the actor")
  func updateHistory() throws {
    var u = UpdateDeal(dealId: "d-1")
    u.name = "Acme renewal 2027"
    u.account = .some(.id("a-glob"))
    u.ownerId = "p-bea"
    u.amount = Money(minor: 2_000_000, currency: "EUR")
    u.stage = "proposal"
    u.closeDate = .some(CommandFixture.today.adding(days: 60))
    u.probability = .some(70)
    let d = try deal(u.edit(in: CommandFixture.context(actor: "p-ana")))
    let changes = d.history.dropFirst()
    #expect(
      changes.map(\.field) == [.name, .account, .owner, .currency, .amount, .stage, .closeDate, .probability])
    #expect(changes.allSatisfy { $0.by == "p-ana" && $0.at == CommandFixture.later })
    let byField = Dictionary(uniqueKeysWithValues: changes.map { ($0.field, $0) })
    #expect(byField[.name]?.from == "Acme renewal" && byField[.name]?.to == "Acme renewal 2027")
    #expect(byField[.account]?.from == "a-acme" && byField[.account]?.to == "a-glob")
    #expect(byField[.currency]?.from == "USD" && byField[.currency]?.to == "EUR")
    #expect(byField[.amount]?.from == "1000000" && byField[.amount]?.to == "2000000")
    #expect(d.name == "Acme renewal 2027" && d.currency == "EUR" && d.amount == 2_000_000)
  }

  @Test("update that changes nothing writes no history; unknown deal and empty name are refused")
  func updateNoOp() throws {
    var same = UpdateDeal(dealId: "d-1")
    same.name = "Acme renewal"
    same.amount = Money(minor: 1_000_000, currency: "USD")
    #expect(try deal(same.edit(in: CommandFixture.context())).history.count == 1)
    #expect(
      CommandFixture.error(UpdateDeal(dealId: "d-x"))?.description.hasPrefix("no deal with id \"d-x\"")
        == true)
    var empty = UpdateDeal(dealId: "d-1")
    empty.name = " "
    #expect(CommandFixture.error(empty) == .invalid(field: "name", reason: "must not be empty"))
  }

  @Test("move and close log the stage (and close date) with the actor; close defaults to today")
  func moveAndClose() throws {
    let moved = try deal(MoveDealStage(dealId: "d-1", stage: "demo").edit(in: CommandFixture.context()))
    #expect(
      moved.history.last
        == DealChange(at: CommandFixture.later, field: .stage, from: "qualify", to: "demo", by: "p-ana"))
    let edit = try CloseDeal(dealId: "d-1", won: false, reason: "Price").edit(
      in: CommandFixture.context(actor: "p-bo"))
    let lost = try deal(edit)
    #expect(lost.stage == "lost" && lost.lostReason == "Price" && lost.closeDate == CommandFixture.today)
    #expect(lost.history.dropFirst().map(\.field) == [.stage, .closeDate])
    #expect(lost.history.dropFirst().allSatisfy { $0.by == "p-bo" })
    #expect(edit.summary == "closed lost Acme renewal (Price)")
  }

  /// `deal move ID won` closes the deal today, like `deal close --won` (the win lands in this
  /// period, not on a future close date).
  @Test("moving to a closed stage closes today")
  func moveToWonClosesToday() throws {
    let open = try #require(CommandFixture.context().workspace.deals[id: "d-1"])
    try #require(open.closeDate != CommandFixture.today, "the fixture's close date differs from today")
    let won = try deal(MoveDealStage(dealId: "d-1", stage: "won").edit(in: CommandFixture.context()))
    #expect(won.stage == "won" && won.closeDate == CommandFixture.today)
    #expect(won.history.suffix(2).map(\.field) == [.stage, .closeDate])
    #expect(won.history.suffix(2).allSatisfy { $0.by == "p-ana" })
    // Moving between open stages leaves the close date alone.
    let moved = try deal(MoveDealStage(dealId: "d-1", stage: "demo").edit(in: CommandFixture.context()))
    #expect(moved.closeDate == open.closeDate)
  }

  @Test("next step and delete")
  func nextStepAndDelete() throws {
    let d = try deal(
      SetNextStep(dealId: "d-1", step: " Send proposal ", date: CommandFixture.today).edit(
        in: CommandFixture.context()))
    #expect(d.nextStep == "Send proposal" && d.nextStepDate == CommandFixture.today)
    let del = try DeleteDeal(dealId: "d-1").edit(in: CommandFixture.context())
    #expect(del.mutations == [.delete(.deals, id: "d-1")])
    #expect(CommandFixture.error(DeleteDeal(dealId: "Acme renewal")) != nil, "delete takes ids, never names")
  }
}

import SalesFloorKit
import Testing

/// The input rules every surface shares, one place each (`CommandRules`).
@Suite("Commands: validation")
struct CommandValidationTests {
  @Test("person names are unique ignoring case, on add and on rename; renaming to one's own name is fine")
  func uniquePersonNames() {
    let add = CommandFixture.error(AddPerson(name: " bo SELLER\n"))
    #expect(
      add
        == .invalid(
          field: "name", reason: "Bo Seller (p-bo) already has this name: people need distinct names"))
    var rename = UpdatePerson(personId: "p-bea")
    rename.name = "Bo Seller"
    #expect(CommandFixture.error(rename)?.description.hasPrefix("name: Bo Seller (p-bo) already has") == true)
    var same = UpdatePerson(personId: "p-bo")
    same.name = "bo seller"
    #expect(CommandFixture.error(same) == nil)
  }

  @Test("names and subjects of blanks and newlines only are empty")
  func emptyNamesAndSubjects() {
    #expect(
      CommandFixture.error(AddPerson(name: "\n\t ")) == .invalid(field: "name", reason: "must not be empty"))
    #expect(
      CommandFixture.error(LogActivity(kind: .call, subject: " \n", ownerId: "p-bo"))
        == .invalid(field: "subject", reason: "must not be empty"))
    #expect(
      CommandFixture.error(AddAccount(name: "\n")) == .invalid(field: "name", reason: "must not be empty"))
  }

  @Test("currencies are ISO 4217 codes: deals, quotas and forecast calls refuse XYZ naming the field")
  func currencies() {
    let xyz = Money(minor: 100, currency: "XYZ")
    let reason = "\"XYZ\" is not an ISO 4217 currency code (like USD, EUR, GBP)"
    #expect(
      CommandFixture.error(AddDeal(name: "X", amount: xyz))
        == .invalid(field: "amount currency", reason: reason))
    var u = UpdateDeal(dealId: "d-1")
    u.amount = xyz
    #expect(CommandFixture.error(u) == .invalid(field: "amount currency", reason: reason))
    #expect(
      CommandFixture.error(SetQuota(personId: "p-bo", period: "2026-Q4", amount: xyz))
        == .invalid(field: "amount currency", reason: reason))
    #expect(
      CurrencyCodes.isISO4217("CHF") && CurrencyCodes.isISO4217("JPY") && !CurrencyCodes.isISO4217("usd"))
    #expect(CurrencyCodes.all.count > 150)
  }

  @Test("an update naming no field is refused; one with the current values changes nothing")
  func emptyAndNoOpUpdates() throws {
    #expect(
      CommandFixture.error(UpdateDeal(dealId: "d-1"))?.description.hasPrefix("update: no field to change")
        == true)
    var same = UpdateDeal(dealId: "d-1")
    same.stage = "qualify"
    let edit = try same.edit(in: CommandFixture.context())
    #expect(edit.changesNothing(in: CommandFixture.workspace))
    same.stage = "demo"
    #expect(try !same.edit(in: CommandFixture.context()).changesNothing(in: CommandFixture.workspace))
  }
}

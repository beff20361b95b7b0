import SalesFloorKit
import Testing

/// Activities, people, accounts, quotas, coaching, plays, training, forecast calls and territories
/// through their commands.
@Suite("Commands: records")
struct CommandRecordTests {
  let ws = CommandFixture.workspace

  @Test("log activity: owner = actor, else the deal's owner; the deal's account; done unless scheduled")
  func logActivity() throws {
    let mine = try LogActivity(kind: .call, subject: "Intro", dealId: "d-1").edit(
      in: CommandFixture.context())
    guard case .put(.activity(let a)) = try #require(mine.mutations.first) else {
      Issue.record("expected an activity")
      return
    }
    #expect(a.ownerId == "p-ana" && a.accountId == "a-acme" && a.doneAt == CommandFixture.later)
    let nobody = try LogActivity(
      kind: .task, subject: "Send deck", dealId: "d-1", dueDate: CommandFixture.today
    )
    .edit(in: CommandFixture.context(actor: nil))
    guard case .put(.activity(let b)) = try #require(nobody.mutations.first) else { return }
    #expect(b.ownerId == "p-bo" && b.doneAt == nil)
    #expect(
      CommandFixture.error(LogActivity(kind: .call, subject: " "))
        == .invalid(field: "subject", reason: "must not be empty"))
    #expect(
      CommandFixture.error(LogActivity(kind: .call, subject: "x"), CommandFixture.context(actor: nil))
        == .invalid(field: "owner", reason: "give who does it"))
  }

  @Test("person and account: names trimmed and required; a manager must exist; nobody manages themselves")
  func peopleAndAccounts() throws {
    let add = try AddPerson(name: " Cy New ", managerId: "p-ana").edit(in: CommandFixture.context())
    guard case .put(.person(let p)) = try #require(add.mutations.first) else { return }
    #expect(p.name == "Cy New" && p.managerId == "p-ana" && p.role == .rep)
    #expect(CommandFixture.error(AddPerson(name: "")) == .invalid(field: "name", reason: "must not be empty"))
    #expect(
      CommandFixture.error(AddPerson(name: "X", managerId: "p-zz"))?.description.hasPrefix("manager:") == true
    )
    var selfManaged = UpdatePerson(personId: "p-bo")
    selfManaged.managerId = .some("p-bo")
    #expect(
      CommandFixture.error(selfManaged)
        == .invalid(field: "manager", reason: "a person cannot manage themselves"))
    #expect(
      CommandFixture.error(AddAccount(name: "  ")) == .invalid(field: "name", reason: "must not be empty"))
    #expect(
      CommandFixture.error(DeleteAccount(accountId: "a-acme"))?.description.contains("has 1 deals") == true)
    #expect(CommandFixture.error(DeletePerson(personId: "p-bo"))?.description.contains("still owns") == true)
  }

  @Test("quota: replaces the period's quota, needs a known person or team and a period")
  func quota() throws {
    let first = try SetQuota(personId: "p-bo", period: "2026-Q4", amount: Money(minor: 100, currency: "USD"))
      .edit(in: CommandFixture.context())
    let after = CommandFixture.applying(first, to: ws)
    let again = try SetQuota(personId: "p-bo", period: "2026-Q4", amount: Money(minor: 200, currency: "USD"))
      .edit(in: CommandFixture.context(after))
    #expect(again.recordId == first.recordId, "same person and period: replaced, not added")
    #expect(
      CommandFixture.error(
        SetQuota(team: "West", period: "2026-Q4", amount: Money(minor: 1, currency: "USD")))
        == .invalid(field: "team", reason: "\"West\": no person is on that team"))
    #expect(
      CommandFixture.error(
        SetQuota(personId: "p-bo", period: "soon", amount: Money(minor: 1, currency: "USD")))?
        .description.hasPrefix("period:") == true)
  }

  /// A workspace where an older build stacked two quotas for one person and period: setting the
  /// quota keeps one and deletes the other in the same edit.
  @Test("quota: stacked quotas for one person and period collapse into one")
  func stackedQuotas() throws {
    var stacked = ws
    for (id, amount) in [("q-a", Int64(170_000_00)), ("q-b", Int64(180_000_00))] {
      stacked.quotas.upsert(
        Quota(id: id, personId: "p-bo", period: "2026-Q4", amount: amount, currency: "USD", ramp: false))
    }
    let edit = try SetQuota(
      personId: "p-bo", period: "2026-Q4", amount: Money(minor: 175_000_00, currency: "USD")
    )
    .edit(in: CommandFixture.context(stacked))
    let after = CommandFixture.applying(edit, to: stacked)
    let left = after.quotas.items.filter { $0.personId == "p-bo" && $0.period == "2026-Q4" }
    #expect(left.count == 1)
    #expect(left.first?.amount == 175_000_00 && left.first?.ramp == false, "the kept quota keeps its ramp")
  }

  @Test("coaching: the coach is the actor; commitments with a data check need a deal; notes by the actor")
  func coaching() throws {
    let add = try AddCoachingItem(personId: "p-bo", title: "Follow-ups").edit(in: CommandFixture.context())
    guard case .put(.coaching(let c)) = try #require(add.mutations.first) else { return }
    #expect(
      c.coachId == "p-ana" && c.personId == "p-bo" && add.summary == "coaching for Bo Seller: Follow-ups")
    let withItem = CommandFixture.applying(add, to: ws)
    let ctx = CommandFixture.context(withItem, actor: "p-ana")
    #expect(
      CommandFixture.error(AddCommitment(itemId: c.id, text: "x", check: .nextStepSet), ctx)?.description
        == "check: nextStepSet needs a deal (--deal)")
    let committed = try AddCommitment(itemId: c.id, text: "Call back", check: .nextStepSet, dealId: "d-1")
      .edit(in: ctx)
    guard case .put(.coaching(let c2)) = try #require(committed.mutations.first) else { return }
    #expect(c2.status == .inProgress && c2.commitments.map(\.text) == ["Call back"])
    let noted = try AddSessionNote(itemId: c.id, text: "Went well").edit(
      in: CommandFixture.context(withItem, actor: "p-bea"))
    guard case .put(.coaching(let c3)) = try #require(noted.mutations.first) else { return }
    #expect(c3.notes.last?.authorId == "p-bea")
    #expect(
      CommandFixture.error(AddCoachingItem(personId: "p-zz", title: "x"))?.description.hasPrefix("person:")
        == true)
  }

  @Test("forecast: an adjustment is a manager's; best case not below commit")
  func forecast() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let usd = { (n: Int64) in Money(minor: n, currency: "USD") }
    #expect(
      CommandFixture.error(
        SubmitForecast(kind: .adjustment, personId: "p-bo", period: period, commit: usd(1)))?
        .description.contains("nobody reports to them") == true)
    #expect(
      CommandFixture.error(
        SubmitForecast(kind: .call, personId: "p-bo", period: period, commit: usd(5), bestCase: usd(4)))
        == .invalid(field: "best-case", reason: "is below the commit"))
    let call = try SubmitForecast(kind: .call, personId: "p-bo", period: period, commit: usd(5)).edit(
      in: CommandFixture.context())
    #expect(call.recordId == ForecastSubmission.id(personId: "p-bo", period: "2026-Q4", kind: .call))
  }

  @Test("plays: steps without blank lines; name required")
  func plays() throws {
    let add = try AddPlay(name: "Pilot", steps: ["Scope", " ", "Run "]).edit(in: CommandFixture.context())
    guard case .put(.playbook(let p)) = try #require(add.mutations.first) else { return }
    #expect(p.steps == ["Scope", "Run"])
    #expect(CommandFixture.error(AddPlay(name: "")) == .invalid(field: "name", reason: "must not be empty"))
  }

  @Test("territory reassign logs the deals' owner change with the actor")
  func territory() throws {
    var w = ws
    w.territories = RecordTable([Territory(id: "t-east", name: "East", ownerId: "p-bo", order: 1, rules: [])])
    var acme = try #require(w.accounts[id: "a-acme"])
    acme.territoryId = "t-east"
    _ = w.accounts.upsert(acme)
    let edit = try ReassignTerritory(territoryId: "t-east", newOwnerId: "p-bea").edit(
      in: CommandFixture.context(w))
    let deal = try #require(
      edit.mutations.lazy.compactMap { m -> Deal? in
        if case .put(.deal(let d)) = m { return d }
        return nil
      }.first)
    #expect(deal.ownerId == "p-bea")
    #expect(
      deal.history.last
        == DealChange(at: CommandFixture.later, field: .owner, from: "p-bo", to: "p-bea", by: "p-ana"))
  }
}

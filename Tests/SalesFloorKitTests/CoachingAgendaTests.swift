import Testing

@testable import SalesFloorKit

/// The 1:1 agenda, the expired-certification signal, commitments from a signal, changed forecast
/// calls and the team quota sheet: Kit rules behind the cockpit's view actions.
@Suite("Coaching agenda and view actions")
struct CoachingAgendaTests {
  typealias F = CoachingFixture

  static let uniqueId: @Sendable (String) -> String = { WorkspaceStore.newId(prefix: $0) }
  static let fixedId: @Sendable (String) -> String = { $0 + "new" }

  /// Runs a command as `actor` and applies its edit; new ids are `prefix + "new"` unless `unique`.
  func run(
    _ ws: inout Workspace, _ command: some WorkspaceCommand, actor: String = "m", at: String = "2026-05-14",
    unique: Bool = false
  ) throws -> Edit {
    let newId = unique ? Self.uniqueId : Self.fixedId
    let edit = try command.edit(
      in: CommandContext(workspace: ws, actor: actor, now: F.stamp(at), today: day(at), newId: newId))
    for m in edit.mutations { _ = ws.apply(m) }
    return edit
  }

  /// Rep c of the quiet floor (asOf 2026-05-14) with: two deals without a next step (a new
  /// missingNextSteps signal); an open item with a session note of 2026-05-01 (the last 1:1) and
  /// four commitments; a win on 05-05, a loss on 05-10 and a win on 04-25 (before the last 1:1).
  func floor() -> Workspace {
    var ws = F.quiet()
    ws.deals.upsert(F.openDeal("n1", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    ws.deals.upsert(F.openDeal("n2", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    ws.deals.upsert(F.closedDeal("w2", owner: "c", 30_000, path: ["prospect", "won"], close: "2026-05-05"))
    var lost = F.closedDeal("l1", owner: "c", 20_000, path: ["prospect", "lost"], close: "2026-05-10")
    lost.lostReason = "price"
    ws.deals.upsert(lost)
    ws.deals.upsert(F.closedDeal("w0", owner: "c", 5_000, path: ["prospect", "won"], close: "2026-04-25"))
    ws.coaching.upsert(
      CoachingItem(
        id: "ci-1", personId: "c", coachId: "m", title: "Discovery depth", reason: "asked in the 1:1",
        status: .inProgress, dueDate: day("2026-05-30"),
        commitments: [
          .init(text: "Send the deck", by: day("2026-05-20")),
          .init(text: "Call the CFO", by: day("2026-05-10")),
          .init(text: "Already done", by: day("2026-05-01"), done: true),
          .init(text: "Read the playbook"),
          .init(text: "Book the demo", by: day("2026-05-12")),
        ],
        notes: [.init(at: F.stamp("2026-05-01"), authorId: "m", text: "first 1:1")],
        createdAt: F.stamp("2026-04-28")))
    return ws
  }

  @Test("agenda: overdue commitments, due ones, new signals, open items, wins and losses since the last 1:1")
  func agendaOrder() throws {
    let a = CoachingAgenda.build(floor(), personId: "c", period: F.period, asOf: F.asOf)
    #expect(a.personName == "Rep C")
    #expect(a.lastOneOnOne == day("2026-05-01") && a.since == day("2026-05-01"))
    // Missed (by before 05-14, not ticked), oldest first; the ticked one is left out.
    #expect(a.overdueCommitments.map(\.text) == ["Call the CFO", "Book the demo"])
    #expect(a.overdueCommitments.allSatisfy { $0.state == .missed && $0.itemId == "ci-1" })
    // Open, soonest first, undated last.
    #expect(a.dueCommitments.map(\.text) == ["Send the deck", "Read the playbook"])
    #expect(a.openSignals.map(\.kind) == [.missingNextSteps])
    #expect(a.openItems.map(\.id) == ["ci-1"])
    // Since 05-01: the loss of 05-10 (newest first), then the win of 05-05; 04-25 is before.
    #expect(a.outcomes.map(\.dealId) == ["l1", "w2"])
    #expect(a.outcomes.map(\.won) == [false, true] && a.outcomes[0].lostReason == "price")
  }

  @Test("agenda without a recorded 1:1 looks back 30 days (asOf included)")
  func agendaLookback() {
    var ws = floor()
    _ = ws.coaching.remove(id: "ci-1")
    let a = CoachingAgenda.build(ws, personId: "c", period: F.period, asOf: F.asOf)
    #expect(a.lastOneOnOne == nil)
    // 2026-05-14 − 29 days = 2026-04-15: the 04-20 win of the quiet floor and 04-25 count too.
    #expect(a.since == day("2026-04-15"))
    #expect(a.outcomes.map(\.dealId) == ["l1", "w2", "w0", "c-won"])
    #expect(a.overdueCommitments.isEmpty && a.dueCommitments.isEmpty && a.openItems.isEmpty)
  }

  @Test("an expired certification raises a signal unless a renewal is assigned")
  func expiredCertification() throws {
    var ws = F.quiet()
    ws.training.upsert(
      TrainingModule(
        id: "cert", title: "Product cert", kind: .product, certificationValidDays: 365, requiredFor: [.rep]))
    #expect(!F.kinds(ws, for: "b").contains(.certificationExpired))
    // Completed 2025-05-10 + 365 days = 2026-05-10, before asOf 2026-05-14: expired.
    ws.assignments.upsert(
      TrainingAssignment(
        id: "ta-cert", personId: "b", moduleId: "cert", assignedOn: day("2025-05-01"),
        completedOn: day("2025-05-10"), expiresOn: day("2026-05-10")))
    let s = try #require(F.signals(ws).first { $0.kind == .certificationExpired })
    #expect(s.personId == "b" && s.trainingModuleId == "cert" && s.priority == .high, "required for reps")
    #expect(s.reason.contains("Product cert (expired 2026-05-10)"))
    // Expiring on asOf itself is not expired yet.
    var a = try #require(ws.assignments[id: "ta-cert"])
    a.expiresOn = F.asOf
    ws.assignments.upsert(a)
    #expect(!F.kinds(ws, for: "b").contains(.certificationExpired))
    a.expiresOn = day("2026-05-10")
    ws.assignments.upsert(a)
    // A renewal assigned after the completion quiets it.
    ws.assignments.upsert(
      TrainingAssignment(
        id: "ta-renew", personId: "b", moduleId: "cert", assignedOn: day("2026-05-12"),
        dueDate: day("2026-06-01")))
    #expect(!F.kinds(ws, for: "b").contains(.certificationExpired))
  }

  @Test("a commitment on a new signal accepts it first, in one edit; on a covered one it joins the item")
  func commitOnSignal() throws {
    var ws = floor()
    let signal = "missingNextSteps:c"
    let edit = try run(
      &ws, CommitOnSignal(id: signal, text: "Dated next step on n1", dealId: "n1", by: day("2026-05-16")))
    #expect(edit.mutations.count == 1)
    let item = try #require(ws.coaching[id: "c-new"])
    #expect(item.signal == "missingNextSteps" && item.status == .inProgress && item.coachId == "m")
    #expect(item.commitments.map(\.text) == ["Dated next step on n1"] && item.commitments[0].dealId == "n1")
    _ = try run(&ws, CommitOnSignal(id: signal, text: "Second one"))
    #expect(ws.coaching.items.filter { $0.signal == "missingNextSteps" }.count == 1, "no second item")
    #expect(ws.coaching[id: "c-new"]?.commitments.count == 2)
    #expect(throws: CommandError.self) { try run(&ws, CommitOnSignal(id: signal, text: "x", dealId: "nope")) }
  }

  @Test("tick, untick and remove a hand-checked commitment; a data-checked one is refused")
  func tickAndRemove() throws {
    var ws = floor()
    _ = try run(&ws, SetCommitmentDone(itemId: "ci-1", index: 0, done: true))
    #expect(ws.coaching[id: "ci-1"]?.commitments[0].done == true)
    _ = try run(&ws, SetCommitmentDone(itemId: "ci-1", index: 0, done: false))
    #expect(ws.coaching[id: "ci-1"]?.commitments[0].done == false)
    _ = try run(&ws, RemoveCommitment(itemId: "ci-1", index: 1))
    #expect(ws.coaching[id: "ci-1"]?.commitments.map(\.text).contains("Call the CFO") == false)
    #expect(throws: CommandError.self) { try run(&ws, RemoveCommitment(itemId: "ci-1", index: 9)) }
    var item = try #require(ws.coaching[id: "ci-1"])
    item.commitments.append(.init(text: "next step", check: .nextStepSet, dealId: "n1"))
    ws.coaching.upsert(item)
    #expect(throws: CommandError.self) {
      try run(&ws, SetCommitmentDone(itemId: "ci-1", index: item.commitments.count - 1, done: true))
    }
  }

  @Test("a changed call keeps the earlier one as was…, with who submitted")
  func callHistory() throws {
    var ws = F.quiet()
    let money = { (d: Int64) in Money(minor: d * 100, currency: "USD") }
    _ = try run(
      &ws,
      SubmitForecast(
        kind: .call, personId: "a", period: F.period, commit: money(40_000), bestCase: money(60_000)),
      actor: "a", at: "2026-05-12")
    _ = try run(
      &ws,
      SubmitForecast(
        kind: .call, personId: "a", period: F.period, commit: money(45_000), bestCase: money(65_000),
        pipeline: money(50_000)),
      actor: "m")
    let s = try #require(ws.forecastSubmissions[id: "fc-a-2026-Q2"])
    #expect(s.commit == 4_500_000 && s.wasCommit == 4_000_000 && s.wasBestCase == 6_000_000)
    #expect(s.wasSubmittedAt == F.stamp("2026-05-12") && s.submittedBy == "m" && s.pipeline == 5_000_000)
    let line = try #require(
      Reports.forecastCalls(ws, period: F.period, scope: .everyone, asOf: F.asOf).people.first {
        $0.id == "a"
      })
    #expect(line.was == .init(commit: 4_000_000, bestCase: 6_000_000) && line.submittedBy == "m")
  }

  @Test("team quota sheet: prefilled from last period, saved as one edit that replaces (never stacks)")
  func teamQuotas() throws {
    var ws = F.quiet()
    let q3 = F.period.shifted(by: 1)
    let rows = TeamQuotaSheet.rows(ws, scope: .personAndReports("m"), period: q3)
    #expect(rows.map(\.personId) == ["a", "b", "c"], "reps only, by name; the manager is not on it")
    #expect(
      rows.allSatisfy { $0.current == nil && $0.prefill == Money(minor: usd(100_000), currency: "USD") })
    // A quota already stacked twice for a in Q3 (an older build): the sheet's save leaves one.
    ws.quotas.upsert(
      Quota(id: "q-a3", personId: "a", period: "2026-Q3", amount: usd(70_000), currency: "USD"))
    ws.quotas.upsert(
      Quota(id: "q-a3b", personId: "a", period: "2026-Q3", amount: usd(80_000), currency: "USD"))
    let m = { (d: Int64) in Money(minor: usd(d), currency: "USD") }
    let edit = try run(
      &ws,
      SetTeamQuotas(period: "2026-Q3", amounts: [("a", m(110_000)), ("b", m(120_000)), ("c", m(100_000))]),
      unique: true)
    #expect(edit.summary == "quotas of 3 people for 2026-Q3")
    let q = ws.quotas.items.filter { $0.period == "2026-Q3" }
    #expect(q.count == 3)
    #expect(q.first { $0.personId == "a" }?.amount == usd(110_000))
    #expect(q.first { $0.personId == "a" }?.id == "q-a3", "the existing record is replaced")
    #expect(q.first { $0.personId == "b" }?.amount == usd(120_000))
  }
}

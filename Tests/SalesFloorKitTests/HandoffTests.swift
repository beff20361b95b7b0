import Foundation
import Testing

@testable import SalesFloorKit

/// Close-to-delivery handoffs: started by a win on any path, removed when the win is taken
/// back, steps ticked in order with who and when, aged from the step before.
@Suite("Handoffs")
struct HandoffTests {
  typealias F = CommandFixture

  static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day(ordinal: 0) }

  /// Applies an edit the way every writer does: the lifecycle rule, then the store's apply.
  static func commit(_ edit: Edit, _ ws: Workspace) -> (Workspace, undo: [Mutation]) {
    var out = ws
    let mutations = HandoffLifecycle.follow(edit.mutations, in: ws, today: F.today)
    let undo = out.apply(Transaction(id: "tx", at: F.later, summary: edit.summary, mutations: mutations))
    return (out, undo)
  }

  @Test("closing a deal won through the store starts a handoff on the win day, in the same transaction")
  func winThroughStartsHandoff() throws {
    let dir = StoreFixtures.tempFolder()
    defer { StoreFixtures.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(
      StoreFixtures.tx("t0", [.put(.person(StoreFixtures.person)), .put(.deal(StoreFixtures.deal("d-1")))]))
    let seen = CommandContext(workspace: store.workspace, actor: "p-1", now: F.later, today: F.today)
    _ = try store.commit(CloseDeal(dealId: "d-1", won: true, on: Self.day(11, 20)), seen: seen)
    let reopened = try WorkspaceStore(opening: dir)
    let h = try #require(reopened.workspace.handoffs[id: "ho-d-1"])
    #expect(h.dealId == "d-1")
    #expect(h.templateId == "standard")
    #expect(h.startedOn == Self.day(11, 20))
    #expect(h.steps.map(\.name) == HandoffTemplate.builtIn.steps.map(\.name))
    #expect(h.steps.allSatisfy { $0.status == .pending })
    #expect(reopened.journalLineCount == 2)
  }

  @Test("moving a deal to won starts one; re-opening it removes it; undoing the win removes it too")
  func lifecycle() throws {
    let ws = F.workspace
    let (won, undo) = Self.commit(try MoveDealStage(dealId: "d-1", stage: "won").edit(in: F.context(ws)), ws)
    let h = try #require(won.handoffs[id: "ho-d-1"])
    #expect(h.startedOn == F.today)
    // Undo is the before images of the same transaction: the handoff goes with the win.
    var undone = won
    _ = undone.apply(Transaction(id: "u", at: F.later, summary: "undo", mutations: undo))
    #expect(undone.handoffs.isEmpty)
    #expect(undone.deals[id: "d-1"]?.stage == "qualify")
    // Re-opening the won deal removes its handoff in the same edit.
    let (reopened, _) = Self.commit(
      try MoveDealStage(dealId: "d-1", stage: "qualify").edit(in: F.context(won)), won)
    #expect(reopened.handoffs.isEmpty)
    // A deal created already won (history) starts none.
    let added = HandoffLifecycle.follow(
      [
        .put(
          .deal(
            Deal(
              id: "d-new", name: "Old win", accountId: nil, ownerId: "p-bo", amount: 5, currency: "USD",
              stage: "won", closeDate: Self.day(1, 5), createdAt: F.now)))
      ], in: ws, today: F.today)
    #expect(added.count == 1)
  }

  @Test("the template is chosen by segment, then product, else the default template, else the built-in one")
  func templateChoice() throws {
    var ws = F.workspace
    var d = try #require(ws.deals[id: "d-1"])
    #expect(HandoffTemplate.choose(for: d, in: ws).id == "standard")
    let step = HandoffTemplate.Step(name: "Kickoff", ownerRole: "CS", targetDays: 7)
    ws.settings.handoffTemplates = [
      HandoffTemplate(id: "ent", name: "Enterprise", steps: [step], match: .init(segments: [.enterprise])),
      HandoffTemplate(id: "svc", name: "Services", steps: [step], match: .init(productIds: ["pr-svc"])),
      HandoffTemplate(id: "dflt", name: "Default", steps: [step]),
    ]
    #expect(HandoffTemplate.choose(for: d, in: ws).id == "dflt")
    d.lineItems = [LineItem(productId: "pr-svc", quantity: 1, unitPrice: 100)]
    #expect(HandoffTemplate.choose(for: d, in: ws).id == "svc")
    ws.accounts.upsert(Account(id: "a-acme", name: "Acme Corp", segment: .enterprise))
    #expect(HandoffTemplate.choose(for: d, in: ws).id == "ent")
  }

  /// A handoff of d-1 won on 11-01 with the built-in steps.
  static var started: Workspace {
    var ws = F.workspace
    if var d = ws.deals[id: "d-1"] {
      d.stage = "won"
      ws.deals.upsert(d)
    }
    ws.handoffs.upsert(HandoffTemplate.builtIn.start(id: "ho-d-1", dealId: "d-1", on: day(11, 1)))
    return ws
  }

  @Test("steps are done in order with who and when; blocking needs a note; re-open takes back the last one")
  func markSteps() throws {
    var ws = Self.started
    func mark(
      _ step: Int, _ m: MarkHandoffStep.Mark, _ note: String? = nil, on: Day = F.today
    ) throws -> Workspace {
      let ctx = CommandContext(workspace: ws, actor: "p-bea", now: Timestamp(day: on, hour: 9), today: on)
      return F.applying(
        try MarkHandoffStep(handoffId: "ho-d-1", step: step, mark: m, note: note).edit(in: ctx), to: ws)
    }
    #expect(
      F.error(MarkHandoffStep(handoffId: "ho-d-1", step: 1, mark: .done), F.context(ws))
        == .invalid(
          field: "step", reason: "step 2 (PO received) waits on step 1 (Contract countersigned) first"))
    #expect(
      F.error(MarkHandoffStep(handoffId: "ho-d-1", step: 0, mark: .block), F.context(ws))
        == .invalid(field: "note", reason: "say why the step is blocked"))
    ws = try mark(0, .done, "signed by CFO", on: Self.day(11, 4))
    var h = try #require(ws.handoffs[id: "ho-d-1"])
    #expect(h.steps[0].status == .done)
    #expect(h.steps[0].doneBy == "p-bea")
    #expect(h.steps[0].doneAt?.day == Self.day(11, 4))
    #expect(h.steps[0].note == "signed by CFO")
    #expect(h.waitingIndex == 1)
    ws = try mark(1, .block, "waiting for the customer's PO number", on: Self.day(11, 10))
    h = try #require(ws.handoffs[id: "ho-d-1"])
    #expect(h.steps[1].status == .blocked)
    #expect(h.steps[1].blockedAt?.day == Self.day(11, 10))
    // Re-opening step 1 while step 2 is blocked is fine (2 is not done); re-opening a pending step is not.
    #expect(F.error(MarkHandoffStep(handoffId: "ho-d-1", step: 2, mark: .reopen), F.context(ws)) != nil)
    ws = try mark(1, .done, on: Self.day(11, 12))
    ws = try mark(2, .done, on: Self.day(11, 12))
    #expect(
      F.error(MarkHandoffStep(handoffId: "ho-d-1", step: 1, mark: .reopen), F.context(ws))
        == .invalid(field: "step", reason: "re-open step 3 (Billing set up) first"))
    ws = try mark(3, .done, on: Self.day(11, 20))
    ws = try mark(4, .done, on: Self.day(11, 25))
    h = try #require(ws.handoffs[id: "ho-d-1"])
    #expect(h.completedOn == Self.day(11, 25))
    ws = try mark(4, .reopen)
    #expect(ws.handoffs[id: "ho-d-1"]?.completedOn == nil)
    #expect(ws.handoffs[id: "ho-d-1"]?.waitingIndex == 4)
  }

  @Test("a step's age counts from the previous step's done day, the first step's from the win")
  func aging() throws {
    var h = HandoffTemplate.builtIn.start(id: "h", dealId: "d", on: Self.day(11, 1))
    #expect(h.wait(asOf: Self.day(11, 6))?.days == 5)  // 11-01 → 11-06
    #expect(h.wait(asOf: Self.day(11, 6))?.isPastTarget == true)  // 5 > target 3
    h.steps[0].status = .done
    h.steps[0].doneAt = Timestamp(day: Self.day(11, 3), hour: 15)
    #expect(h.days(ofStep: 0, asOf: Self.day(11, 27)) == 2)  // 11-01 → 11-03
    let w = try #require(h.wait(asOf: Self.day(11, 7)))
    #expect(w.index == 1)
    #expect(w.since == Self.day(11, 3))
    #expect(w.days == 4)  // 11-03 → 11-07
    #expect(!w.isPastTarget)  // 4 ≤ target 5
    #expect(h.days(ofStep: 2, asOf: Self.day(11, 7)) == nil)  // not started
    let row = HandoffRow(h, in: Workspace(), asOf: Self.day(11, 7))
    #expect(row.progressText == "Handoff 1/5 · waiting on PO received (4 d, target 5)")
  }

  @Test("deleting a deal lists and removes its handoff; check finds a handoff whose deal is gone")
  func deleteAndCheck() throws {
    let ws = Self.started
    let plan = try DeleteDeal(dealId: "d-1").plan(in: F.context(ws))
    #expect(plan.effects.contains("removes its handoff (0 of 5 steps done)"))
    let after = F.applying(plan.edit, to: ws)
    #expect(after.handoffs.isEmpty)
    var dangling = ws
    dangling.deals.remove(id: "d-1")
    let findings = WorkspaceCheck.run(dangling, today: F.today)
    #expect(findings.contains(CheckFinding(.error, .handoffs, "ho-d-1", "deal d-1 does not exist")))
  }

  @Test(
    "handoffs and templates: fast codec bytes equal JSONEncoder's; settings without templates omit the key")
  func codec() throws {
    var ws = Self.started
    ws.settings.handoffTemplates = [
      HandoffTemplate(
        id: "ent", name: "Enterprise", steps: [.init(name: "PO", ownerRole: "Finance", targetDays: 5)],
        match: .init(segments: [.enterprise], productIds: []))
    ]
    for c in [CollectionName.handoffs, .settings] {
      let fast = try FastCodec().encodeFile(c, of: ws, schemaVersion: 1)
      let reference = try CodecFixtures.referenceFile(c, ws, version: 1)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
      let (_, back) = try CodecFixtures.fastDecode(c, fast)
      #expect(CodecFixtures.records(c, back) == CodecFixtures.records(c, ws))
    }
    let plain = String(
      decoding: try FastCodec().encodeFile(.settings, of: F.workspace, schemaVersion: 1), as: UTF8.self)
    #expect(!plain.contains("handoffTemplates"))
    let old = String(decoding: try JSONEncoder().encode(Settings()), as: UTF8.self)
    #expect(!old.contains("handoffTemplates"))
  }
}

/// `report handoff` against a hand-computed fixture (docs/salesops.md, "Handoff").
@Suite("Handoff report")
struct HandoffReportTests {
  static func day(_ m: Int, _ d: Int) -> Day { HandoffTests.day(m, d) }

  /// Two steps: Contract countersigned (target 3), PO received (target 5).
  static func handoff(_ id: String, won: Day, done: [Day], blocked: Bool = false) -> Handoff {
    var h = HandoffTemplate(
      id: "t", name: "T",
      steps: [
        .init(name: "Contract countersigned", targetDays: 3), .init(name: "PO received", targetDays: 5),
      ]
    ).start(id: id, dealId: "d-" + id, on: won)
    for (i, d) in done.enumerated() {
      h.steps[i].status = .done
      h.steps[i].doneAt = Timestamp(day: d, hour: 12)
    }
    if done.count == h.steps.count { h.completedOn = done.last }
    if blocked, let w = h.waitingIndex { h.steps[w].status = .blocked }
    return h
  }

  static var workspace: Workspace {
    var ws = Workspace()
    ws.handoffs = RecordTable([
      handoff("h1", won: day(10, 1), done: [day(10, 3), day(10, 13)]),  // 2 d, 10 d
      handoff("h2", won: day(10, 10), done: [day(10, 15), day(10, 22)]),  // 5 d, 7 d
      handoff("h3", won: day(11, 1), done: [day(11, 2)]),  // 1 d; PO waiting since 11-02
      handoff("h4", won: day(11, 20), done: [], blocked: true),  // contract waiting since 11-20
      handoff("h5", won: day(9, 15), done: [day(9, 16)]),  // won before the period: left out
      handoff("h6", won: day(11, 25), done: []),  // contract waiting since 11-25
    ])
    return ws
  }

  @Test("per step n, median, p90, past target and waiting; overall share past target; the bottleneck named")
  func figures() throws {
    let r = HandoffReport.build(
      Self.workspace, from: Self.day(10, 1), to: Self.day(12, 31), asOf: Self.day(11, 27))
    #expect(r.handoffs == 5)  // h1 h2 h3 h4 h6
    #expect(r.completed == 2)  // h1 h2
    // Past target: h1 (PO 10 > 5), h2 (contract 5 > 3), h3 (PO waiting 25 > 5), h4 (7 > 3); not h6 (2).
    #expect(r.pastTargetShare == 0.8)  // 4 / 5
    let contract = try #require(r.steps.first { $0.name == "Contract countersigned" })
    #expect(contract.n == 3)  // sorted [1, 2, 5]
    #expect(contract.medianDays == 2)  // rank ⌈0.5 × 3⌉ = 2 → 2
    #expect(contract.p90Days == 5)  // rank ⌈0.9 × 3⌉ = 3 → 5
    #expect(contract.pastTargetShare == 1.0 / 3.0)  // only 5 > 3
    #expect(contract.waiting == 2)  // h4 (7 d), h6 (2 d)
    #expect(contract.waitingPastTarget == 1)  // h4: 11-20 → 11-27 = 7 > 3
    let po = try #require(r.steps.first { $0.name == "PO received" })
    #expect(po.n == 2)  // sorted [7, 10]
    #expect(po.medianDays == 7)  // rank ⌈0.5 × 2⌉ = 1 → 7
    #expect(po.p90Days == 10)  // rank ⌈0.9 × 2⌉ = 2 → 10
    #expect(po.pastTargetShare == 1.0)  // 7 > 5 and 10 > 5
    #expect(po.waiting == 1)  // h3: 11-02 → 11-27 = 25 d
    #expect(po.waitingPastTarget == 1)
    #expect(r.slowestStep == "PO received")  // median 7 > 2
    #expect(r.bottleneck == "PO received")  // 7 − 5 = 2 over; contract 2 − 3 is under
    #expect(r.sentence == "Bottleneck: PO received — median 7 days vs target 5")
  }

  @Test("nearest-rank percentiles, and the sentence when every median is within target or nothing started")
  func edges() {
    #expect(HandoffReport.nearestRank(50, []) == nil)
    #expect(HandoffReport.nearestRank(50, [4]) == 4)
    #expect(HandoffReport.nearestRank(50, [1, 2, 3, 4]) == 2)  // rank ⌈2⌉ = 2
    #expect(HandoffReport.nearestRank(90, [1, 2, 3, 4, 5]) == 5)  // rank ⌈4.5⌉ = 5
    #expect(HandoffReport.nearestRank(90, Array(1...10)) == 9)  // rank ⌈9⌉ = 9
    let empty = HandoffReport.build(
      Workspace(), from: Self.day(1, 1), to: Self.day(3, 31), asOf: Self.day(4, 1))
    #expect(empty.sentence == "No handoffs started in the period.")
    var ws = Workspace()
    ws.handoffs.upsert(Self.handoff("q", won: Self.day(10, 1), done: [Self.day(10, 2), Self.day(10, 4)]))
    let fine = HandoffReport.build(ws, from: Self.day(10, 1), to: Self.day(10, 31), asOf: Self.day(11, 1))
    #expect(fine.bottleneck == nil)
    #expect(
      fine.sentence
        == "No bottleneck: every step's median is within target; slowest is PO received (median 2 days vs target 5)"
    )
  }
}

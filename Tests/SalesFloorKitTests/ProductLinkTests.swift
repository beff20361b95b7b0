import Foundation
import Testing

@testable import SalesFloorKit

/// Products linked to plays, content and training (#17 item 2): the links in every codec, the
/// commands, check, the delete cascade, play fit, "completed" training and `report products`.
enum LinkFloor {
  /// Three reps sell Platform (p1): r1 has done both Platform modules, r2 only one, r3 both but
  /// the m1 certification expired on 2026-11-01 (before the as-of day 2026-11-15). r4 has done
  /// both but only lost a Platform deal, so is not counted. r1 also sells Onboarding (p2) without
  /// its module m3.
  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable(["r1", "r2", "r3", "r4"].map { Person(id: $0, name: "Rep \($0)", role: .rep) })
    w.products = RecordTable([
      Product(
        id: "p1", name: "Platform", family: "Core", listPrices: [.init(currency: "USD", amount: usd(1_000))]),
      Product(id: "p2", name: "Onboarding", family: "Services"),
    ])
    w.training = RecordTable([
      TrainingModule(
        id: "m1", title: "Platform basics", kind: .product, certificationValidDays: 365, productIds: ["p1"]),
      TrainingModule(id: "m2", title: "Platform pricing", kind: .product, productIds: ["p1"]),
      TrainingModule(id: "m3", title: "Onboarding 101", kind: .product, productIds: ["p2"]),
      TrainingModule(id: "m9", title: "Negotiation", kind: .salesSkills),
    ])
    func done(
      _ id: String, _ person: String, _ module: String, _ on: String, expires: String? = nil
    )
      -> TrainingAssignment
    {
      TrainingAssignment(
        id: id, personId: person, moduleId: module, assignedOn: day("2026-09-01"), completedOn: day(on),
        expiresOn: expires.map(day))
    }
    w.assignments = RecordTable([
      done("a1", "r1", "m1", "2026-10-01", expires: "2027-10-01"), done("a2", "r1", "m2", "2026-10-02"),
      done("a3", "r2", "m1", "2026-10-01", expires: "2027-10-01"),
      done("a4", "r3", "m1", "2025-11-01", expires: "2026-11-01"), done("a5", "r3", "m2", "2026-10-02"),
      done("a6", "r4", "m1", "2026-10-01", expires: "2027-10-01"), done("a7", "r4", "m2", "2026-10-02"),
      // assigned, not completed
      TrainingAssignment(id: "a8", personId: "r1", moduleId: "m3", assignedOn: day("2026-09-01")),
    ])
    func lined(_ d: Deal, _ product: String) -> Deal {
      var d = d
      d.lineItems = [LineItem(productId: product, quantity: 1, unitPrice: usd(1_000))]
      d.amount = usd(1_000)
      return d
    }
    w.deals = RecordTable([
      lined(deal("o1", owner: "r1", 0, stage: "proposal", close: "2026-12-10"), "p1"),
      lined(deal("o2", owner: "r2", 0, stage: "demo", close: "2026-12-20"), "p1"),
      lined(deal("w1", owner: "r3", 0, stage: "won", close: "2026-10-10"), "p1"),
      lined(deal("l1", owner: "r4", 0, stage: "lost", close: "2026-11-01"), "p1"),
      lined(deal("o3", owner: "r1", 0, stage: "demo", close: "2026-12-01"), "p2"),
      deal("plain", owner: "r2", 500, stage: "demo", close: "2026-12-01"),
    ])
    w.playbooks = RecordTable([
      Playbook(id: "pl-a", name: "Alpha demo", summary: "", situation: .init(stages: ["demo"])),
      Playbook(
        id: "pl-b", name: "Beta demo", summary: "", situation: .init(stages: ["demo"]), productIds: ["p1"]),
    ])
    w.content = RecordTable([
      ContentItem(id: "ct-1", title: "Platform deck", kind: "deck", link: "", productIds: ["p1"])
    ])
    return w
  }

  static func ctx(_ ws: Workspace) -> CommandContext {
    CommandContext(
      workspace: ws, actor: "r1", now: Timestamp(day: day("2026-11-15"), hour: 9), newId: { $0 + "new" })
  }

  static func apply(_ e: Edit, to ws: inout Workspace) { for m in e.mutations { ws.apply(m) } }
}

@Suite("Product links")
struct ProductLinkTests {
  @Test("plays, content and modules saved before product links load empty and save byte-identical")
  func oldFilesUnchanged() throws {
    let old = Workspace.oldLinkFree
    for c in [CollectionName.playbooks, .content, .training] {
      let bytes = try CodecFixtures.referenceFile(c, old)
      #expect(!String(decoding: bytes, as: UTF8.self).contains("productIds"), "\(c)")
      let (_, back) = try CodecFixtures.fastDecode(c, bytes)
      let again = try FastCodec().encodeFile(c, of: back, schemaVersion: 1)
      #expect(again == bytes, "\(c): the fast codec rewrites an old file differently")
      let viaFoundation = try CodecFixtures.referenceFile(c, back)
      #expect(viaFoundation == bytes, "\(c): Codable rewrites an old file differently")
    }
    let (_, back) = try CodecFixtures.fastDecode(.playbooks, try CodecFixtures.referenceFile(.playbooks, old))
    #expect(back.playbooks[id: "pl-x"]?.productIds == [])
  }

  @Test("links survive the fast codec, Codable, the export document and sync values")
  func linksRoundTrip() throws {
    let ws = LinkFloor.workspace
    let (_, fast) = try CodecFixtures.fastDecode(
      .training, try FastCodec().encodeFile(.training, of: ws, schemaVersion: 1))
    #expect(fast.training[id: "m1"]?.productIds == ["p1"])
    let doc = try JSONDecoder().decode(
      WorkspaceDocument.self, from: JSONEncoder().encode(WorkspaceDocument(ws)))
    #expect(doc.playbooks.first { $0.id == "pl-b" }?.productIds == ["p1"])
    #expect(doc.content.first?.productIds == ["p1"])
    let record = Record.content(try #require(ws.content[id: "ct-1"]))
    let fields = try record.syncFields()
    #expect(try Record(.content, syncFields: fields) == record)
  }

  @Test("link and unlink a play, content and a module by id or name; refusals name the reason")
  func linkUnlink() throws {
    var ws = LinkFloor.workspace
    let e = try LinkProduct(productId: "p2", target: .play("alpha demo")).edit(in: LinkFloor.ctx(ws))
    #expect(e.summary == "linked Onboarding to play Alpha demo")
    LinkFloor.apply(e, to: &ws)
    #expect(ws.playbooks[id: "pl-a"]?.productIds == ["p2"])
    LinkFloor.apply(
      try LinkProduct(productId: "p2", target: .content("ct-1")).edit(in: LinkFloor.ctx(ws)), to: &ws)
    #expect(ws.content[id: "ct-1"]?.productIds == ["p1", "p2"])
    LinkFloor.apply(
      try LinkProduct(productId: "p2", target: .training("Negotiation")).edit(in: LinkFloor.ctx(ws)), to: &ws)
    #expect(ws.training[id: "m9"]?.productIds == ["p2"])

    func reason(_ run: () throws(CommandError) -> Edit) -> String {
      do {
        _ = try run()
        return "no error"
      } catch { return error.description }
    }
    #expect(
      reason { () throws(CommandError) in
        try LinkProduct(productId: "p2", target: .play("pl-a")).edit(in: LinkFloor.ctx(ws))
      }.contains("already linked to Onboarding"))
    #expect(
      reason { () throws(CommandError) in
        try UnlinkProduct(productId: "p1", target: .training("m9")).edit(in: LinkFloor.ctx(ws))
      }.contains("not linked to Platform"))
    #expect(
      reason { () throws(CommandError) in
        try LinkProduct(productId: "nope", target: .play("pl-a")).edit(in: LinkFloor.ctx(ws))
      }.contains("nope"))
    #expect(
      reason { () throws(CommandError) in
        try LinkProduct(productId: "p1", target: .content("ct-zz")).edit(in: LinkFloor.ctx(ws))
      }.contains("ct-zz"))

    let u = try UnlinkProduct(productId: "p1", target: .content("Platform deck")).edit(in: LinkFloor.ctx(ws))
    LinkFloor.apply(u, to: &ws)
    #expect(ws.content[id: "ct-1"]?.productIds == ["p2"])
  }

  @Test("deleting a product lists and clears its links; check warns about a dangling one")
  func deleteAndCheck() throws {
    var ws = LinkFloor.workspace
    ws.deals = RecordTable([])  // a product on deals cannot be deleted
    let plan = try DeleteProduct(productId: "p1").plan(in: LinkFloor.ctx(ws))
    #expect(
      plan.effects == [
        "unlinks 1 play: Beta demo", "unlinks 1 content item: Platform deck",
        "unlinks 2 training modules: Platform basics, Platform pricing",
      ])
    #expect(!plan.deletesOtherRecords)
    var after = ws
    LinkFloor.apply(plan.edit, to: &after)
    #expect(after.products[id: "p1"] == nil)
    #expect(after.playbooks[id: "pl-b"]?.productIds == [])
    #expect(after.training[id: "m1"]?.productIds == [])
    #expect(WorkspaceCheck.run(after).filter { $0.message.contains("missing product") }.isEmpty)

    var dangling = ws
    _ = dangling.products.remove(id: "p1")
    let found = WorkspaceCheck.run(dangling).filter { $0.message.contains("missing product \"p1\"") }
    #expect(Set(found.map(\.recordId)) == ["pl-b", "ct-1", "m1", "m2"])
    #expect(found.allSatisfy { $0.severity == .warning })
  }

  @Test("a play linked to a product on the deal ranks above an otherwise equal play, and says why")
  func playFit() throws {
    let ws = LinkFloor.workspace
    let plays = ws.playbooks.sortedById
    let o2 = try #require(ws.deals[id: "o2"])  // demo, sells Platform
    let ranked = PlayFitRanker.rank(deal: o2, plays: plays, workspace: ws, stalled: false)
    #expect(ranked.map(\.playId) == ["pl-b", "pl-a"])
    // stage Demo 3 + sells Platform 2 = 5, against 3
    #expect(ranked[0].score == 5 && ranked[1].score == 3)
    #expect(ranked[0].reasons == ["stage Demo", "sells Platform"])
    // Without the product both fit equally, and the names decide (Alpha before Beta).
    let plain = try #require(ws.deals[id: "plain"])
    let unlinked = PlayFitRanker.rank(deal: plain, plays: plays, workspace: ws, stalled: false)
    #expect(unlinked.map(\.playId) == ["pl-a", "pl-b"])
    #expect(unlinked.allSatisfy { $0.fits && $0.score == 3 })
  }

  @Test("completed training: done by the day, an expired certification is not; missing per deal owner")
  func completedTraining() throws {
    let ws = LinkFloor.workspace
    let asOf = day("2026-11-15")
    // m1: r1, r2, r4 (r3's expired 2026-11-01) = 3; m2: r1, r3, r4 = 3; m3: nobody
    #expect(ProductTraining.completedCount("m1", ws, asOf: asOf) == 3)
    #expect(ProductTraining.completedCount("m2", ws, asOf: asOf) == 3)
    #expect(ProductTraining.completedCount("m3", ws, asOf: asOf) == 0)
    // Before r3's certification expired, r3 had it.
    #expect(ProductTraining.completedCount("m1", ws, asOf: day("2026-10-31")) == 4)
    func missing(_ id: String) throws -> [String] {
      ProductTraining.missing(for: try #require(ws.deals[id: id]), in: ws, asOf: asOf).map(\.title)
    }
    #expect(try missing("o1") == [])  // r1 did both Platform modules
    #expect(try missing("o2") == ["Platform pricing"])
    #expect(try missing("w1") == ["Platform basics"])  // expired
    #expect(try missing("o3") == ["Onboarding 101"])  // assigned, not completed
    #expect(try missing("plain") == [])  // no lines
  }

  @Test("report products: training done = reps on the product's deals who did all its training ÷ those reps")
  func reportTrainingDone() throws {
    let r = Reports.products(LinkFloor.workspace, period: CurrencyFloor.period, today: CurrencyFloor.asOf)
    let platform = try #require(r.products.first { $0.id == "p1" })
    // counted deals o1 (r1), o2 (r2), w1 (r3, won in Q4); l1 is lost → reps {r1, r2, r3} = 3
    // done both m1 and m2: r1 only (r2 lacks m2, r3's m1 expired) → 1 ÷ 3
    #expect(platform.trainingModules == 2)
    #expect(platform.repsOnDeals == 3)
    #expect(platform.repsTrained == 1)
    #expect(platform.trainingDone == 1.0 / 3.0)
    let onboarding = try #require(r.products.first { $0.id == "p2" })
    // o3 (r1), who has not completed m3 → 0 ÷ 1
    #expect(onboarding.repsOnDeals == 1 && onboarding.repsTrained == 0)
    #expect(onboarding.trainingDone == 0)
    var untrained = LinkFloor.workspace
    untrained.training = RecordTable([])
    let none = Reports.products(untrained, period: CurrencyFloor.period, today: CurrencyFloor.asOf)
    #expect(none.products.allSatisfy { $0.trainingDone == nil })
  }
}

extension Workspace {
  /// One play, content item and module with every field, as written before product links.
  fileprivate static var oldLinkFree: Workspace {
    var w = Workspace()
    w.playbooks.upsert(
      Playbook(
        id: "pl-x", name: "X", framework: "SPIN", summary: "s", steps: ["a"], contentIds: ["ct-x"]))
    w.content.upsert(ContentItem(id: "ct-x", title: "T", kind: "deck", link: "l", playIds: ["pl-x"]))
    w.training.upsert(
      TrainingModule(id: "m-x", title: "M", kind: .market, durationMinutes: 5, requiredFor: [.rep], link: "l")
    )
    return w
  }
}

import Testing

@testable import SalesFloorKit

/// The call queue: who is in it, why, in which order, and who to call (docs/salesops.md, "Call
/// queue"). Today is Friday 2026-11-27 (`CommandFixture.today`); deals are Bo's unless named.
@Suite("Call queue")
struct CallQueueTests {
  typealias F = CommandFixture
  static let today = F.today

  static func open(
    _ id: String, owner: String = "p-bo", stage: String = "proposal", dollars: Int64, next: String?,
    close: String, created: String = "2026-10-01"
  ) -> Deal {
    Deal(
      id: id, name: "Deal \(id)", accountId: "a-acme", ownerId: owner, amount: usd(dollars), currency: "USD",
      stage: stage, closeDate: day(close), createdAt: Timestamp(day: day(created), hour: 9),
      nextStep: next == nil ? nil : "Call", nextStepDate: next.map(day))
  }

  static func done(_ deal: String, on iso: String, id: String) -> Activity {
    Activity(
      id: id, kind: .call, subject: "call", ownerId: "p-bo", dealId: deal,
      doneAt: Timestamp(day: day(iso), hour: 10),
      createdAt: Timestamp(day: day(iso), hour: 10))
  }

  static var workspace: Workspace {
    var ws = F.workspace
    ws.deals = RecordTable([
      open("d-over5", dollars: 10_000, next: "2026-11-22", close: "2026-12-20"),
      open("d-over2-big", dollars: 50_000, next: "2026-11-25", close: "2026-12-10"),
      open("d-over2-small", dollars: 5_000, next: "2026-11-25", close: "2027-01-20"),
      open("d-today", dollars: 1_000, next: "2026-11-27", close: "2027-01-20"),
      open("d-stalled", stage: "discovery", dollars: 2_000, next: "2026-12-15", close: "2027-01-31"),
      open("d-nonext", dollars: 3_000, next: nil, close: "2027-02-01"),
      open("d-quiet", stage: "negotiation", dollars: 4_000, next: "2026-12-10", close: "2026-12-05"),
      open("d-fine", dollars: 9_000, next: "2026-12-10", close: "2027-03-01"),
      open("d-won", stage: "won", dollars: 9_000, next: "2026-11-01", close: "2026-11-20"),
      open("d-bea", owner: "p-bea", dollars: 9_000, next: "2026-11-01", close: "2026-12-20"),
    ])
    ws.activities = RecordTable([
      done("d-over5", on: "2026-11-25", id: "act-1"),
      done("d-over2-big", on: "2026-11-20", id: "act-2"),
      done("d-over2-small", on: "2026-11-26", id: "act-3"),
      done("d-today", on: "2026-11-26", id: "act-4"),
      done("d-nonext", on: "2026-11-26", id: "act-5"),
      done("d-quiet", on: "2026-11-19", id: "act-6"),
      done("d-fine", on: "2026-11-26", id: "act-7"),
    ])
    return ws
  }

  @Test("the queue holds the rep's open deals that need a call, in the documented order")
  func order() {
    let q = CallQueue.build(for: "p-bo", in: Self.workspace, today: Self.today)
    // overdue 5 > overdue 2 (50k before 5k) > due today > stalled 57 > stalled 1 > follow-up 8.
    #expect(
      q.map(\.dealId) == [
        "d-over5", "d-over2-big", "d-over2-small", "d-today", "d-stalled", "d-nonext", "d-quiet",
      ])
    // Not there: d-fine (nothing due, moving, not closing soon), d-won (closed), d-bea (Bea's).
  }

  @Test("each card says why, with the days counted from today")
  func reasons() throws {
    let q = CallQueue.build(for: "p-bo", in: Self.workspace, today: Self.today)
    let why = Dictionary(uniqueKeysWithValues: q.map { ($0.dealId, $0.why) })
    #expect(why["d-over5"] == "overdue 5 days")  // next step 11-22, today 11-27
    // Overdue 2 (11-25) and a follow-up: closes 12-10 (13 days ≤ 30) and quiet 7 days since 11-20.
    #expect(why["d-over2-big"] == "overdue 2 days · follow up: closes 2026-12-10, quiet 7 days")
    #expect(why["d-today"] == "next step due today")
    // Discovery rots after 21 days; created 10-01 with no activity: 30 October days + 27 = 57 idle.
    #expect(why["d-stalled"] == "stalled 57 days")
    #expect(why["d-nonext"] == "stalled: no next step date")
    // Negotiation rots after 10 days; quiet 8 days (11-19 → 11-27), closes in 8 days.
    #expect(why["d-quiet"] == "follow up: closes 2026-12-05, quiet 8 days")
    let stalled = try #require(q.first { $0.dealId == "d-stalled" })
    #expect(stalled.reasons == [.stalled(days: 57, why: [.idle])])
  }

  @Test("a deal appears once with all its reasons, best first")
  func deduplicated() throws {
    var ws = Self.workspace
    // Overdue 40 days, and stalled: idle (proposal rots at 14; created 10-01, no activity) and the
    // close date passed.
    ws.deals.upsert(Self.open("d-all", dollars: 1, next: "2026-10-18", close: "2026-11-20"))
    let q = CallQueue.build(for: "p-bo", in: ws, today: Self.today)
    #expect(q.filter { $0.dealId == "d-all" }.count == 1)
    let all = try #require(q.first)
    #expect(all.dealId == "d-all")
    #expect(all.reasons == [.nextStepOverdue(days: 40), .stalled(days: 57, why: [.idle, .closeDatePast])])
    #expect(all.why == "overdue 40 days · stalled 57 days")
  }

  @Test("equal reasons and amounts fall back to the deal id")
  func tieById() {
    var ws = F.workspace
    ws.deals = RecordTable([
      Self.open("d-b", dollars: 10, next: "2026-11-26", close: "2027-03-01"),
      Self.open("d-a", dollars: 10, next: "2026-11-26", close: "2027-03-01"),
    ])
    #expect(CallQueue.build(for: "p-bo", in: ws, today: Self.today).map(\.dealId) == ["d-a", "d-b"])
  }

  @Test("a rep with nothing due has an empty queue")
  func empty() {
    #expect(CallQueue.build(for: "p-bea", in: F.workspace, today: Self.today).isEmpty)
  }

  @Test("the contact to call: champion, else economic buyer, else the first with a phone")
  func contactToCall() {
    var ws = F.workspace
    ws.contacts = RecordTable([
      Contact(
        id: "c-inf", accountId: "a-acme", name: "Ida Influencer", phone: "+1 555 0101", createdAt: F.now),
      Contact(id: "c-eb", accountId: "a-acme", name: "Eve Buyer", createdAt: F.now),
      Contact(id: "c-ch", accountId: "a-acme", name: "Cy Champion", buyingRole: .champion, createdAt: F.now),
      Contact(id: "c-none", accountId: "a-acme", name: "No Phone", createdAt: F.now),
    ])
    var d = ws.deals[id: "d-1"]!
    #expect(CallQueue.contact(for: d, in: ws) == nil)
    d.contacts = [DealContact(contactId: "c-none")]
    #expect(CallQueue.contact(for: d, in: ws) == nil)
    d.contacts = [DealContact(contactId: "c-none"), DealContact(contactId: "c-inf", role: .influencer)]
    #expect(CallQueue.contact(for: d, in: ws)?.contact.id == "c-inf")
    d.contacts.append(DealContact(contactId: "c-eb", role: .economicBuyer))
    #expect(CallQueue.contact(for: d, in: ws)?.contact.id == "c-eb")
    // The champion by the contact's own role (the link gives none).
    d.contacts.append(DealContact(contactId: "c-ch"))
    #expect(CallQueue.contact(for: d, in: ws)?.contact.id == "c-ch")
  }

  @Test("the card lists the last three activities newest first and the plays that fit")
  func card() throws {
    var ws = Self.workspace
    for (i, iso) in ["2026-11-01", "2026-11-10", "2026-11-15", "2026-11-05"].enumerated() {
      ws.activities.upsert(Self.done("d-stalled", on: iso, id: "act-s\(i)"))
    }
    ws.playbooks = RecordTable([
      Playbook(id: "pl-disc", name: "Discovery", summary: "", situation: .init(stages: ["discovery"])),
      Playbook(id: "pl-neg", name: "Negotiate", summary: "", situation: .init(stages: ["negotiation"])),
    ])
    let item = CallQueueItem(dealId: "d-stalled", reasons: [.stalled(days: 12, why: [.idle])], amount: 0)
    let card = try #require(CallCard.build(item, in: ws))
    #expect(card.recent.map(\.id) == ["act-s2", "act-s1", "act-s3"])
    #expect(card.plays.map(\.play.id) == ["pl-disc"])
    #expect(card.stageName == "Discovery")
    #expect(card.accountName == "Acme Corp")
    #expect(CallCard.build(CallQueueItem(dealId: "gone", reasons: [], amount: 0), in: ws) == nil)
  }

  @Test("two business days after a Friday is Tuesday; after a Monday, Wednesday")
  func businessDays() {
    #expect(day("2026-11-27").adding(businessDays: 2) == day("2026-12-01"))
    #expect(day("2026-11-30").adding(businessDays: 2) == day("2026-12-02"))
    #expect(day("2026-11-28").adding(businessDays: 1) == day("2026-11-30"))  // Saturday → Monday
  }
}

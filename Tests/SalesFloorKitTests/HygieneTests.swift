import Foundation
import Testing

@testable import SalesFloorKit

/// CRM hygiene (issue #17 item 5): the score, its parts, the fixes and the weekly trend against a
/// hand-computed floor (docs/salesops.md, "CRM hygiene").
@Suite("CRM hygiene score")
struct HygieneTests {
  /// Wednesday; its ISO week starts Monday 2026-11-16.
  static let asOf = day("2026-11-18")

  /// Rae (rep r) has four open deals and one won; Sam (rep s) has none.
  /// - d1 Qualify, next step, contact, activity 11-17: clean.
  /// - d2 Qualify, no next step, contact, activity 11-16: no next step.
  /// - d3 Proposal, close 11-10 (past), no contact, activity 11-17, 30k: past close, no contact;
  ///   Proposal's required amount and close date are filled.
  /// - d4 Negotiation since 11-01 (17 days > 10 rotting), contact as champion, no economic buyer
  ///   and no MEDDPICC EB, 50k: idle, required fields.
  /// - w1 won: not counted.
  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable([
      Person(id: "r", name: "Rae", role: .rep), Person(id: "s", name: "Sam", role: .rep),
    ])
    w.accounts = RecordTable([Account(id: "acc", name: "Acme")])
    w.contacts = RecordTable([
      Contact(id: "c1", accountId: "acc", name: "Dana", createdAt: Timestamp(day: day("2026-10-01")))
    ])
    var d1 = deal("d1", owner: "r", 10_000, stage: "qualify", close: "2026-12-31")
    d1.contacts = [DealContact(contactId: "c1")]
    var d2 = deal("d2", owner: "r", 10_000, stage: "qualify", close: "2026-12-31", nextStep: nil)
    d2.contacts = [DealContact(contactId: "c1")]
    let d3 = deal("d3", owner: "r", 30_000, stage: "proposal", close: "2026-11-10")
    var d4 = deal(
      "d4", owner: "r", 50_000, stage: "negotiation", close: "2026-12-15",
      history: [moved("proposal", "negotiation", on: "2026-11-01")])
    d4.contacts = [DealContact(contactId: "c1", role: .champion)]
    let w1 = deal("w1", owner: "r", 5_000, stage: "won", close: "2026-11-02", nextStep: nil)
    w.deals = RecordTable([d1, d2, d3, d4, w1])
    w.activities = RecordTable([
      done("a1", deal: "d1", on: "2026-11-17"), done("a2", deal: "d2", on: "2026-11-16"),
      done("a3", deal: "d3", on: "2026-11-17"), done("a4", deal: nil, on: "2026-11-13"),
    ])
    return w
  }

  static func done(_ id: String, deal: String?, on iso: String, owner: String = "r") -> Activity {
    Activity(
      id: id, kind: .call, subject: "Call", ownerId: owner, dealId: deal,
      doneAt: Timestamp(day: day(iso), hour: 10), createdAt: Timestamp(day: day(iso), hour: 9))
  }

  static func score(_ ws: Workspace, _ who: String = "r", asOf: Day = asOf) -> HygieneScore {
    HygieneBook(ws, owners: [who], asOf: asOf).score(who)
  }

  @Test("each part counts its deals over the open deals; the score is 100 − weighted failing share")
  func handComputedScore() throws {
    let s = Self.score(Self.workspace)
    #expect(s[.noNextStep]?.recordIds == ["d2"])
    #expect(s[.closeDatePast]?.recordIds == ["d3"])
    #expect(s[.idle]?.recordIds == ["d4"])
    #expect(s[.noContact]?.recordIds == ["d3"])
    #expect(s[.requiredFields]?.recordIds == ["d4"])
    #expect(s[.noNextStep]?.denominator == 4)  // d1–d4 open; the won deal is not counted
    #expect(s[.requiredFields]?.denominator == 2)  // d3 (Proposal) and d4 (Negotiation) have rules
    // No activity goal: the part is skipped; 3 activities logged Mon 11-16 … Wed 11-18 (a4 was 11-13).
    #expect(s[.activity]?.weight == 0)
    #expect(s.activitiesLogged == 3)
    // W = 25 + 20 + 20 + 15 + 10 = 90 (activity skipped).
    // next step 100×25×¼÷90 = 6.944; past close 100×20×¼÷90 = 5.556; idle 5.556;
    // contact 100×15×¼÷90 = 4.167; fields 100×10×½÷90 = 5.556; Σ = 27.778 → 100 − 27.778 = 72.2 → 72.
    #expect(abs((s[.noNextStep]?.pointsLost ?? 0) - 6.944) < 0.001)
    #expect(abs((s[.noContact]?.pointsLost ?? 0) - 4.167) < 0.001)
    #expect(s.score == 72)
  }

  @Test("with a weekly call goal the shortfall counts: 3 of 10 calls; emails do not make up for calls")
  func activityGoal() throws {
    var ws = Self.workspace
    let at = Timestamp(day: day("2026-11-01"))
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "g1", scope: .person("r"), kind: .call, cadence: .weekly, targetCount: 10,
        fromDay: day("2026-11-01"),
        createdAt: at))
    // A monthly goal is not this week's goal: it does not count here.
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "g2", scope: .person("r"), kind: .email, cadence: .monthly, targetCount: 40,
        fromDay: day("2026-11-01"), createdAt: at))
    for i in 0..<5 {
      var a = Self.done("e\(i)", deal: nil, on: "2026-11-17")
      a.kind = .email
      ws.activities.upsert(a)
    }
    let r = Reports.hygiene(ws, scope: .person("r"), asOf: Self.asOf, weeks: 1)
    let s = try #require(r.rows.first?.score)
    // Calls done Mon 11-16 … Wed 11-18: a1, a2, a3 → short 10 − 3 = 7 of 10.
    // W = 100; activity 100×10×(7÷10)÷100 = 7; next step 6.25; past close 5; idle 5; contact 3.75;
    // fields 5; Σ = 32 → 68.
    #expect(s[.activity]?.count == 7)
    #expect(s[.activity]?.denominator == 10)
    #expect(s.activityGoalDetail == "calls 3/10")
    #expect(s.activitiesLogged == 8)  // 3 calls + 5 emails, all kinds
    #expect(s.score == 68)
    // The activity part is worth 7 points: the first fix.
    #expect(r.rows.first?.fixes.first?.text == "log 7 more activities this week (calls 3/10) — press A")
  }

  @Test("a rep with no open deals and no goal scores 100 with every part skipped")
  func nothingToScore() {
    let s = Self.score(Self.workspace, "s")
    #expect(s.score == 100)
    #expect(s.parts.allSatisfy { $0.weight == 0 && $0.pointsLost == 0 })
  }

  @Test("three things to fix: the items worth most, naming the deal and what to do")
  func fixes() {
    let ws = Self.workspace
    let book = HygieneBook(ws, owners: ["r"], asOf: Self.asOf)
    let fixes = book.fixes(book.score("r"), in: ws)
    // Gains: next step 6.944 (d2); then 5.556 each for d4 idle, d4 fields (50k) before d3 past
    // close (30k); contact 4.167 last.
    #expect(
      fixes.map(\.text) == [
        "d2 Deal d2: no next step — press n",
        "d4 Deal d4: idle 17 days in Negotiation — log an activity (A)",
        "d4 Deal d4: Negotiation needs a contact as economic buyer, MEDDPICC Economic buyer — press :contact, Q",
      ])
    #expect(abs(fixes[0].gain - 6.944) < 0.001)
    let all = book.fixes(book.score("r"), in: ws, limit: 10)
    #expect(all.count == 5)
    #expect(all.last?.text == "d3 Deal d3: no contact — link one (:contact)")
  }

  @Test("fixing an item raises the score by its gain")
  func fixingRaisesScore() {
    var ws = Self.workspace
    ws.edit("d2") { $0.nextStepDate = day("2026-11-20") }
    // Σ lost 27.778 − 6.944 = 20.833 → 79.2 → 79.
    #expect(Self.score(ws).score == 79)
  }

  @Test("a patched book equals a rebuilt one after a deal edit, a deletion and an activity")
  func patchedEqualsRebuilt() {
    var ws = Self.workspace
    var book = HygieneBook(ws, owners: ["r", "s"], asOf: Self.asOf)
    let lookup = StageLookup(ws.settings, today: Self.asOf)
    ws.edit("d3") { $0.contacts = [DealContact(contactId: "c1")] }
    ws.edit("d4") { $0.ownerId = "s" }
    _ = ws.deals.remove(id: "d1")
    for id in ["d1", "d3", "d4"] {
      let d = ws.deals[id: id]
      book.update(
        id, deal: d, stage: d.flatMap { lookup[$0.stage] }, isOpen: d.map(lookup.isOpen) ?? false,
        lastActivity: id == "d3" ? day("2026-11-17") : nil, in: ws)
    }
    let a = Self.done("a5", deal: nil, on: "2026-11-18", owner: "s")
    ws.activities.upsert(a)
    book.count(a, sign: 1)
    let rebuilt = HygieneBook(ws, owners: ["r", "s"], asOf: Self.asOf)
    #expect(book.score("r") == rebuilt.score("r"))
    #expect(book.score("s") == rebuilt.score("s"))
    #expect(book.score("s").activitiesLogged == 1)
  }

  @Test("weekly trend: each past Sunday by time travel, the current week as of today")
  func trend() {
    let t = HygieneTrend(Self.workspace, people: ["r"], asOf: Self.asOf, weeks: 3)
    #expect(t.weekEnds == [day("2026-11-08"), day("2026-11-15"), day("2026-11-18")])
    // 11-08: d3's close 11-10 not yet past; d4 7 days in Negotiation (not idle); d1–d3 idle since
    //   10-01 (their activities came later): idle ¾. Lost 6.944 + 0 + 100×20×¾÷90 (16.667) + 4.167
    //   + 5.556 = 33.333 → 66.7 → 67.
    // 11-15: past close ¼; idle 4/4 (d4 14 days > 10) = 22.222; Σ 6.944 + 5.556 + 22.222 + 4.167
    //   + 5.556 = 44.444 → 55.6 → 56.
    // 11-18: 72 (handComputedScore).
    #expect(t.scores["r"] == [67, 56, 72])
  }

  @Test("required fields come from settings when given; unknown tokens are named, not scored")
  func settingsRules() throws {
    var ws = Self.workspace
    let i = try #require(ws.settings.stages.firstIndex { $0.id == "qualify" })
    ws.settings.stages[i].requiredFields = ["persona", "contact:champion", "bogus"]
    #expect(RequiredField.unknownTokens(ws.settings) == ["qualify: bogus"])
    let check = WorkspaceCheck.run(ws).filter { $0.message.hasPrefix("requiredFields") }
    #expect(check.map(\.severity) == [.warning])
    #expect(check.first?.message.hasPrefix("requiredFields qualify: bogus: not a field") == true)
    #expect(RequiredField.rules(for: ws.settings.stages[i]) == [.persona, .contactRole(.champion)])
    let s = Self.score(ws)
    // d1 and d2 now need persona and a champion: both fail; denominator 4 (d1–d4 have rules).
    #expect(s[.requiredFields]?.recordIds == ["d1", "d2", "d4"])
    #expect(s[.requiredFields]?.denominator == 4)
    #expect(RequiredField(token: "contact:eb") == .contactRole(.economicBuyer))
    #expect(RequiredField(token: "contact:nobody") == nil)
  }

  @Test("settings without required fields are written without the key; with them they round-trip")
  func settingsFormat() throws {
    let codec = FastCodec()
    var ws = Workspace()
    let plain = try codec.encodeFile(.settings, of: ws, schemaVersion: 1)
    #expect(!String(decoding: plain, as: UTF8.self).contains("requiredFields"))
    ws.settings.stages[0].requiredFields = ["amount", "nextStep"]
    let bytes = try codec.encodeFile(.settings, of: ws, schemaVersion: 1)
    #expect(String(decoding: bytes, as: UTF8.self).contains("\"requiredFields\""))
    var back = Workspace()
    _ = try bytes.withUnsafeBytes { try codec.decodeFile(.settings, bytes: $0, into: &back) }
    #expect(back.settings == ws.settings)
    // An old file (no key) decodes to nil: the defaults apply and it is written back unchanged.
    var old = Workspace()
    _ = try plain.withUnsafeBytes { try codec.decodeFile(.settings, bytes: $0, into: &old) }
    #expect(old.settings.stages.allSatisfy { $0.requiredFields == nil })
    #expect(try codec.encodeFile(.settings, of: old, schemaVersion: 1) == plain)
  }

  @Test("report: reps by name with score, trend and three fixes")
  func report() {
    let r = Reports.hygiene(Self.workspace, scope: .everyone, asOf: Self.asOf, weeks: 3)
    #expect(r.rows.map(\.name) == ["Rae", "Sam"])
    #expect(r.rows[0].score.score == 72)
    #expect(r.rows[0].trend == [67, 56, 72])
    #expect(r.rows[0].fixes.count == 3)
    #expect(r.rows[1].trend == [100, 100, 100])
  }

  @Test("coaching signal when the score drops 10 points or more in a week, naming what got worse")
  func dropSignal() throws {
    var ws = Self.workspace
    // Tom: one Qualify deal with a contact and a next step, closing 11-14, last activity 11-01.
    // 11-11: nothing fails → 100. 11-18: close date past and idle 17 days (> 14): W = 25 + 20 + 20
    // + 15 = 80 (no required fields in Qualify); lost 100×20÷80 × 2 = 50 → 50, a 50-point drop.
    ws.people.upsert(Person(id: "t", name: "Tom", role: .rep))
    var d = deal("t1", owner: "t", 10_000, stage: "qualify", close: "2026-11-14")
    d.contacts = [DealContact(contactId: "c1")]
    ws.deals.upsert(d)
    ws.activities.upsert(Self.done("a9", deal: "t1", on: "2026-11-01", owner: "t"))
    let signals = CoachingSignals.detect(
      ws, scope: .everyone, period: Period(kind: .quarter, year: 2026, index: 4), asOf: Self.asOf)
    let s = try #require(signals.first { $0.kind == .hygieneDropped && $0.personId == "t" })
    #expect(s.evidence.value == 50)
    #expect(s.evidence.threshold == 10)
    #expect(s.evidence.dealIds == ["t1"])
    #expect(s.evidence.detail == "close dates in the past 0→1, idle past rotting days 0→1")
    #expect(s.priority == .high)
    // Rae's score rose (61 a week ago → 72): no signal.
    #expect(!signals.contains { $0.kind == .hygieneDropped && $0.personId == "r" })
  }
}

extension Workspace {
  /// Changes one deal in place (tests only).
  fileprivate mutating func edit(_ id: String, _ change: (inout Deal) -> Void) {
    guard var d = deals[id: id] else { return }
    change(&d)
    _ = deals.upsert(d)
  }
}

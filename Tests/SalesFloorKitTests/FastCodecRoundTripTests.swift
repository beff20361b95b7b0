import Foundation
import Testing

@testable import SalesFloorKit

@Suite("FastCodec round trips")
struct FastCodecRoundTripTests {
  let codec = FastCodec()

  @Test(
    "every collection, optionals set and unset, survives encode → decode", arguments: CollectionName.allCases)
  func roundTrip(_ c: CollectionName) throws {
    let ws = CodecFixtures.full
    let bytes = try codec.encodeFile(c, of: ws, schemaVersion: 7)
    let (version, back) = try CodecFixtures.fastDecode(c, bytes)
    #expect(version == 7)
    #expect(CodecFixtures.records(c, back) == CodecFixtures.records(c, ws))
  }

  @Test(
    "encoded bytes are identical to JSONEncoder(.prettyPrinted, .sortedKeys)",
    arguments: CollectionName.allCases)
  func sameBytesAsFoundation(_ c: CollectionName) throws {
    let ws = CodecFixtures.full
    let fast = try codec.encodeFile(c, of: ws, schemaVersion: 3)
    let reference = try CodecFixtures.referenceFile(c, ws, version: 3)
    #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
  }

  @Test("decoding JSONEncoder's file gives what JSONDecoder gives", arguments: CollectionName.allCases)
  func sameRecordsAsFoundation(_ c: CollectionName) throws {
    let ws = CodecFixtures.full
    let reference = try CodecFixtures.referenceFile(c, ws)
    let (_, fast) = try CodecFixtures.fastDecode(c, reference)
    // JSONDecoder's view of the same bytes, through the model's own Codable.
    let viaFoundation = try foundationRecords(c, reference)
    #expect(CodecFixtures.records(c, fast) == viaFoundation)
    #expect(viaFoundation == CodecFixtures.records(c, ws))
  }

  private func foundationRecords(_ c: CollectionName, _ bytes: [UInt8]) throws -> [Record] {
    let d = JSONDecoder()
    let data = Data(bytes)
    func dec<T: Codable>(_ t: T.Type) throws -> [T] {
      try d.decode(CodecFixtures.File<T>.self, from: data).items
    }
    switch c {
    case .settings: return [.settings(try d.decode(CodecFixtures.SettingsFile.self, from: data).settings)]
    case .people: return try dec(Person.self).map(Record.person)
    case .accounts: return try dec(Account.self).map(Record.account)
    case .deals: return try dec(Deal.self).map(Record.deal)
    case .activities: return try dec(Activity.self).map(Record.activity)
    case .quotas: return try dec(Quota.self).map(Record.quota)
    case .coaching: return try dec(CoachingItem.self).map(Record.coaching)
    case .playbooks: return try dec(Playbook.self).map(Record.playbook)
    case .content: return try dec(ContentItem.self).map(Record.content)
    case .training: return try dec(TrainingModule.self).map(Record.trainingModule)
    case .assignments: return try dec(TrainingAssignment.self).map(Record.assignment)
    case .compPlans: return try dec(CompPlan.self).map(Record.compPlan)
    case .territories: return try dec(Territory.self).map(Record.territory)
    case .forecastSubmissions: return try dec(ForecastSubmission.self).map(Record.forecastSubmission)
    case .forecastSnapshots: return try dec(ForecastSnapshot.self).map(Record.forecastSnapshot)
    case .rampPlans: return try dec(RampPlan.self).map(Record.rampPlan)
    case .contacts: return try dec(Contact.self).map(Record.contact)
    case .products: return try dec(Product.self).map(Record.product)
    case .activityGoals: return try dec(ActivityGoal.self).map(Record.activityGoal)
    }
  }

  @Test("a deal with missing optional keys takes Deal.init(from:)'s defaults")
  func dealDefaults() throws {
    let text = """
      {"schemaVersion": 1, "items": [
        {"id": "d-9", "name": "N", "ownerId": "p", "amount": 100, "currency": "USD", "stage": "qualify",
         "createdAt": "2026-11-27T09:30:00.250+01:00", "accountId": null, "futureField": {"x": [1, true, null]}}
      ]}
      """
    let (_, ws) = try CodecFixtures.fastDecode(.deals, Array(text.utf8))
    let deal = try #require(ws.deals[id: "d-9"])
    let viaFoundation = try JSONDecoder().decode(CodecFixtures.File<Deal>.self, from: Data(text.utf8)).items[
      0]
    #expect(deal == viaFoundation)
    // 09:30:00.25 at +01:00 is 08:30:00 UTC; updatedAt falls back to createdAt; no history, tags or progress.
    #expect(deal.createdAt.iso == "2026-11-27T08:30:00Z")
    #expect(deal.updatedAt == deal.createdAt)
    #expect(deal.history.isEmpty && deal.tags.isEmpty && deal.playProgress.isEmpty)
    #expect(deal.accountId == nil && deal.closeDate == nil)
  }

  @Test("a person without `active` is active, like Person.init(from:)")
  func personDefault() throws {
    let text = #"{"items":[{"id":"p","name":"A","role":"rep"}],"schemaVersion":2}"#
    let (v, ws) = try CodecFixtures.fastDecode(.people, Array(text.utf8))
    #expect(v == 2)
    #expect(ws.people[id: "p"]?.active == true)
  }

  @Test("strings with emoji, CJK, escapes and control characters round-trip")
  func strings() throws {
    let samples = [
      "", "plain", "emoji 🚀👩‍👩‍👧 flags 🇩🇪", "東京 · 서울 · 北京", "quote \" backslash \\ slash /",
      "controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F} del \u{7F}", "é (precomposed) e\u{301} (combining)",
      String(repeating: "long ascii run ", count: 40) + "🚀",
    ]
    var ws = Workspace()
    for (i, s) in samples.enumerated() {
      ws.activities.upsert(
        Activity(id: "a\(i)", kind: .call, subject: s, ownerId: s, notes: s, createdAt: CodecFixtures.t0))
    }
    let bytes = try codec.encodeFile(.activities, of: ws, schemaVersion: 1)
    let (_, back) = try CodecFixtures.fastDecode(.activities, bytes)
    for (i, s) in samples.enumerated() {
      #expect(back.activities[id: "a\(i)"]?.subject == s)
      #expect(back.activities[id: "a\(i)"]?.notes == s)
    }
    #expect(bytes == (try CodecFixtures.referenceFile(.activities, ws)))
  }

  @Test("\\u escapes, surrogate pairs and escaped keys decode")
  func unicodeEscapes() throws {
    // "\ud83d\ude80" is U+1F680 (rocket); "\u6771" is 東; the key "name" is written as "n\u0061me".
    let text =
      #"{"items":[{"id":"p","n\u0061me":"\u00e9\ud83d\ude80\u6771\/\b\f\n\r\t","role":"rep"}],"schemaVersion":1}"#
    let (_, ws) = try CodecFixtures.fastDecode(.people, Array(text.utf8))
    #expect(ws.people[id: "p"]?.name == "é🚀東/\u{8}\u{C}\n\r\t")
  }

  @Test("an integer written as 3.0 or 1e3 is accepted, as JSONDecoder does")
  func integralNumbers() throws {
    let text =
      #"{"items":[{"id":"q","period":"2026-11","amount":1e3,"currency":"USD","ramp":true}],"schemaVersion":1.0}"#
    let (v, ws) = try CodecFixtures.fastDecode(.quotas, Array(text.utf8))
    #expect(v == 1)
    #expect(ws.quotas[id: "q"]?.amount == 1000)
  }
}

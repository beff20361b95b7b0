import Foundation
import Testing

@testable import SalesFloorKit

@Suite("Report JSON keeps every key")
struct ReportStableKeysTests {
  static let day = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)

  func object<T: Encodable>(_ value: T) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try #require(
      try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any])
  }

  /// With nothing closed there is no win rate; the key must still be there, as null, so jq
  /// scripts (`.winRateByCount // 0`) keep working on an empty workspace.
  @Test func emptyWorkspaceWinRateHasNullsNotMissingKeys() throws {
    let ws = Workspace()
    let period = Period.containing(Self.day, kind: .quarter)
    let r = Reports.winRate(ws, period: period, scope: .everyone, asOf: Self.day)
    let json = try object(r)
    for key in [
      "wonCount", "lostCount", "winRateByCount", "winRateByValue", "wonAmount", "averageDealSize",
      "averageCycleDays",
    ] {
      #expect(json.keys.contains(key), "missing \(key)")
    }
    #expect(json["winRateByCount"] is NSNull)
    #expect(json["averageDealSize"] is NSNull)
    #expect((json["wonCount"] as? Int) == 0)
  }

  @Test func attainmentTeamKeepsAttainmentKeyWithoutQuota() throws {
    let r = Reports.attainment(
      Workspace(), period: Period.containing(Self.day, kind: .quarter), scope: .everyone, asOf: Self.day)
    let team = try #require(try object(r)["team"] as? [String: Any])
    #expect(team["attainment"] is NSNull)
    #expect(team["coverage"] is NSNull)
  }

  /// Decoding what we encode gives the same report (nulls read back as nil).
  @Test func roundTripsThroughDecoder() throws {
    let period = Period.containing(Self.day, kind: .quarter)
    let r = Reports.winRate(Workspace(), period: period, scope: .everyone, asOf: Self.day)
    let back = try JSONDecoder().decode(WinRateReport.self, from: JSONEncoder().encode(r))
    #expect(back == r)
  }
}

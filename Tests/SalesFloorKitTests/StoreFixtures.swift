import Foundation
import Testing

@testable import SalesFloorKit

/// Shared helpers for the store tests: temp folders, sample records, whole-workspace comparison.
enum StoreFixtures {
  static let t0 = Timestamp(day: Day(year: 2026, month: 11, day: 2) ?? Day(ordinal: 0), hour: 9)

  /// A fresh empty folder; the caller removes it with `cleanUp`.
  static func tempFolder() -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sf-store-\(UUID().uuidString)", isDirectory: true)
    return url
  }

  static func cleanUp(_ url: URL) { try? FileManager.default.removeItem(at: url) }

  static func deal(_ id: String, name: String = "Acme renewal", amount: Int64 = 1_250_000) -> Deal {
    Deal(
      id: id, name: name, accountId: "a-1", ownerId: "p-1", amount: amount, currency: "USD",
      stage: "qualify", closeDate: Day(year: 2026, month: 12, day: 15), createdAt: t0)
  }

  static let person = Person(id: "p-1", name: "Ana Rep", email: "ana@example.com", role: .rep, team: "East")
  static let account = Account(id: "a-1", name: "Acme Corp", segment: .midMarket, country: "US")
  static let activity = Activity(
    id: "act-1", kind: .call, subject: "Discovery call", ownerId: "p-1", dealId: "d-1", createdAt: t0)
  static let quota = Quota(id: "q-1", personId: "p-1", period: "2026-Q4", amount: 50_000_000, currency: "USD")

  static func tx(_ id: String, _ mutations: [Mutation], summary: String = "edit") -> Transaction {
    Transaction(id: id, at: t0, actor: "p-1", summary: summary, mutations: mutations)
  }

  /// Every collection encoded by the reference codec: equal bytes ⇔ equal workspaces.
  static func snapshot(_ ws: Workspace) throws -> [String] {
    let codec = FoundationCodec()
    return try CollectionName.allCases.map {
      String(decoding: try codec.encodeFile($0, of: ws, schemaVersion: 1), as: UTF8.self)
    }
  }

  static func bytes(_ url: URL) -> [UInt8]? {
    (try? Data(contentsOf: url)).map { [UInt8]($0) }
  }

  static func write(_ bytes: [UInt8], to url: URL) throws {
    try Data(bytes).write(to: url)
  }

  static func mode(_ url: URL) -> Int? {
    let attrs = try? FileManager.default.attributesOfItem(atPath: url.path)
    return (attrs?[.posixPermissions] as? NSNumber)?.intValue
  }

  /// A copy of a whole folder (to replay several crash scenarios from one starting point).
  static func copyFolder(_ from: URL, to: URL) throws {
    try FileManager.default.copyItem(at: from, to: to)
  }
}

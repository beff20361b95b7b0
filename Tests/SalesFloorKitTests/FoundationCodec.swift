import Foundation

@testable import SalesFloorKit

/// The reference `WorkspaceCodec`, built on Foundation's `JSONEncoder`/`JSONDecoder`.
///
/// Slow but obviously correct: the fast hand-written codec is tested against it. Files are
/// pretty-printed with sorted keys and items in id order (so diffs and `git` history read well);
/// journal lines are compact, also with sorted keys (deterministic bytes). Decoding errors become
/// `CodecError`s with a line and byte column, re-scanning the bytes because Foundation on Linux
/// reports no position.
public struct FoundationCodec: WorkspaceCodec {
  public init() {}

  public func decodeFile(
    _ collection: CollectionName, bytes: UnsafeRawBufferPointer, into workspace: inout Workspace
  ) throws -> Int {
    let data = Data(bytes)
    do {
      switch collection {
      case .settings:
        let file = try JSONDecoder().decode(SettingsFile.self, from: data)
        workspace.settings = file.settings
        return file.schemaVersion
      case .people: return try Self.decodeItems(data, into: &workspace.people)
      case .accounts: return try Self.decodeItems(data, into: &workspace.accounts)
      case .deals: return try Self.decodeItems(data, into: &workspace.deals)
      case .activities: return try Self.decodeItems(data, into: &workspace.activities)
      case .quotas: return try Self.decodeItems(data, into: &workspace.quotas)
      case .coaching: return try Self.decodeItems(data, into: &workspace.coaching)
      case .playbooks: return try Self.decodeItems(data, into: &workspace.playbooks)
      case .content: return try Self.decodeItems(data, into: &workspace.content)
      case .training: return try Self.decodeItems(data, into: &workspace.training)
      case .assignments: return try Self.decodeItems(data, into: &workspace.assignments)
      case .compPlans: return try Self.decodeItems(data, into: &workspace.compPlans)
      case .territories: return try Self.decodeItems(data, into: &workspace.territories)
      case .forecastSubmissions: return try Self.decodeItems(data, into: &workspace.forecastSubmissions)
      case .forecastSnapshots: return try Self.decodeItems(data, into: &workspace.forecastSnapshots)
      case .rampPlans: return try Self.decodeItems(data, into: &workspace.rampPlans)
      case .contacts: return try Self.decodeItems(data, into: &workspace.contacts)
      case .products: return try Self.decodeItems(data, into: &workspace.products)
      case .activityGoals: return try Self.decodeItems(data, into: &workspace.activityGoals)
      }
    } catch {
      throw Self.codecError(error, bytes: bytes)
    }
  }

  public func encodeFile(
    _ collection: CollectionName, of workspace: Workspace, schemaVersion: Int
  ) throws
    -> [UInt8]
  {
    let v = schemaVersion
    let data: Data
    switch collection {
    case .settings:
      data = try Self.fileEncoder.encode(SettingsFile(schemaVersion: v, settings: workspace.settings))
    case .people: data = try Self.encodeItems(workspace.people, v)
    case .accounts: data = try Self.encodeItems(workspace.accounts, v)
    case .deals: data = try Self.encodeItems(workspace.deals, v)
    case .activities: data = try Self.encodeItems(workspace.activities, v)
    case .quotas: data = try Self.encodeItems(workspace.quotas, v)
    case .coaching: data = try Self.encodeItems(workspace.coaching, v)
    case .playbooks: data = try Self.encodeItems(workspace.playbooks, v)
    case .content: data = try Self.encodeItems(workspace.content, v)
    case .training: data = try Self.encodeItems(workspace.training, v)
    case .assignments: data = try Self.encodeItems(workspace.assignments, v)
    case .compPlans: data = try Self.encodeItems(workspace.compPlans, v)
    case .territories: data = try Self.encodeItems(workspace.territories, v)
    case .forecastSubmissions: data = try Self.encodeItems(workspace.forecastSubmissions, v)
    case .forecastSnapshots: data = try Self.encodeItems(workspace.forecastSnapshots, v)
    case .rampPlans: data = try Self.encodeItems(workspace.rampPlans, v)
    case .contacts: data = try Self.encodeItems(workspace.contacts, v)
    case .products: data = try Self.encodeItems(workspace.products, v)
    case .activityGoals: data = try Self.encodeItems(workspace.activityGoals, v)
    }
    // A trailing newline keeps `cat`, `diff` and POSIX text tools happy.
    return [UInt8](data) + [0x0A]
  }

  public func encodeTransaction(_ transaction: Transaction) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(TransactionCoding(transaction)))
  }

  public func decodeTransaction(_ bytes: UnsafeRawBufferPointer) throws -> Transaction {
    do {
      return try JSONDecoder().decode(TransactionCoding.self, from: Data(bytes)).transaction
    } catch {
      throw Self.codecError(error, bytes: bytes)
    }
  }

  // MARK: Helpers

  private static var fileEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  private static func decodeItems<T: Decodable & Identifiable & Sendable>(
    _ data: Data, into table: inout RecordTable<T>
  ) throws -> Int where T.ID == String {
    let file = try JSONDecoder().decode(CollectionFileIn<T>.self, from: data)
    table.reserveCapacity(table.count + file.items.count)
    for item in file.items { table.upsert(item) }
    return file.schemaVersion
  }

  private static func encodeItems<T: Encodable & Identifiable & Sendable>(
    _ table: RecordTable<T>, _ schemaVersion: Int
  ) throws -> Data where T.ID == String {
    try fileEncoder.encode(CollectionFileOut(schemaVersion: schemaVersion, items: table.sortedById))
  }

  /// Turns any decoding failure into a `CodecError` at the best position the bytes allow.
  static func codecError(_ error: Error, bytes: UnsafeRawBufferPointer) -> CodecError {
    if let e = error as? CodecError { return e }
    let text = String(describing: error)
    // Darwin's Foundation says "around line X, column Y"; trust it when present.
    if let (line, column) = parseLineColumn(text) {
      return CodecError(line: line, column: column, message: "invalid JSON: \(text)")
    }
    if let (offset, message) = JSONLocator.firstError(in: bytes) {
      let (line, column) = JSONLocator.lineColumn(of: offset, in: bytes)
      return CodecError(line: line, column: column, message: "invalid JSON: " + message)
    }
    guard let decoding = error as? DecodingError else {
      return CodecError(line: 1, column: 1, message: text)
    }
    let (path, message) = describe(decoding)
    let steps = path.map { key -> JSONLocator.Step in
      if let i = key.intValue { return .index(i) }
      return .key(key.stringValue)
    }
    let offset = JSONLocator.offset(of: steps, in: bytes)
    let (line, column) = JSONLocator.lineColumn(of: offset, in: bytes)
    let where_ = pathText(path)
    return CodecError(line: line, column: column, message: where_.isEmpty ? message : where_ + ": " + message)
  }

  private static func describe(_ error: DecodingError) -> (path: [any CodingKey], message: String) {
    switch error {
    case .typeMismatch(let type, let c):
      return (c.codingPath, "expected \(typeName(type)); \(c.debugDescription)")
    case .valueNotFound(let type, let c):
      return (c.codingPath, "missing value of type \(typeName(type)); \(c.debugDescription)")
    case .keyNotFound(let key, let c):
      return (c.codingPath, "missing required key \"\(key.stringValue)\"")
    case .dataCorrupted(let c):
      return (c.codingPath, c.debugDescription)
    @unknown default:
      return ([], "\(error)")
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    let name = String(describing: type)
    switch name {
    case "Int", "Int64", "Int32", "Double": return "a number"
    case "String": return "a string"
    case "Bool": return "true or false"
    default: return name
    }
  }

  /// `items[3].amount`-style text for a coding path.
  static func pathText(_ path: [any CodingKey]) -> String {
    var out = ""
    for key in path {
      if let i = key.intValue {
        out += "[\(i)]"
      } else {
        out += (out.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return out
  }

  /// Finds "line X, column Y" in an error message.
  static func parseLineColumn(_ text: String) -> (Int, Int)? {
    guard let r = text.range(of: "line ") else { return nil }
    let rest = text[r.upperBound...]
    let lineDigits = rest.prefix { $0.isNumber }
    guard let line = Int(lineDigits) else { return nil }
    let afterLine = rest.dropFirst(lineDigits.count)
    guard afterLine.hasPrefix(", column ") else { return nil }
    let colDigits = afterLine.dropFirst(", column ".count).prefix { $0.isNumber }
    guard let column = Int(colDigits) else { return nil }
    return (line, column)
  }
}

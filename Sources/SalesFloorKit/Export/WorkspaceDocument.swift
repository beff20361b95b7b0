import Foundation

/// The whole workspace as one JSON document (`salesfloor export json`), which `salesfloor import
/// json` reads back: every collection in id order, the records exactly as in the workspace files.
///
/// `format` and `formatVersion` come first in meaning: a file from a newer SalesFloor is refused
/// by name rather than half-read. Collections a file leaves out read as empty (an older export).
public struct WorkspaceDocument: Codable, Sendable {
  public static let formatName = "salesfloor-workspace"
  public static let currentVersion = 1

  public var format: String
  public var formatVersion: Int
  public var settings: Settings
  public var people: [Person]
  public var accounts: [Account]
  public var territories: [Territory]
  public var deals: [Deal]
  public var activities: [Activity]
  public var quotas: [Quota]
  public var coaching: [CoachingItem]
  public var playbooks: [Playbook]
  public var content: [ContentItem]
  public var training: [TrainingModule]
  public var assignments: [TrainingAssignment]
  public var compPlans: [CompPlan]
  public var forecastSubmissions: [ForecastSubmission]
  public var forecastSnapshots: [ForecastSnapshot]
  public var rampPlans: [RampPlan]
  public var contacts: [Contact]
  public var products: [Product]
  public var activityGoals: [ActivityGoal]

  public init(_ ws: Workspace) {
    format = Self.formatName
    formatVersion = Self.currentVersion
    settings = ws.settings
    people = ws.people.sortedById
    accounts = ws.accounts.sortedById
    territories = ws.territories.sortedById
    deals = ws.deals.sortedById
    activities = ws.activities.sortedById
    quotas = ws.quotas.sortedById
    coaching = ws.coaching.sortedById
    playbooks = ws.playbooks.sortedById
    content = ws.content.sortedById
    training = ws.training.sortedById
    assignments = ws.assignments.sortedById
    compPlans = ws.compPlans.sortedById
    forecastSubmissions = ws.forecastSubmissions.sortedById
    forecastSnapshots = ws.forecastSnapshots.sortedById
    rampPlans = ws.rampPlans.sortedById
    contacts = ws.contacts.sortedById
    products = ws.products.sortedById
    activityGoals = ws.activityGoals.sortedById
  }

  private enum CodingKeys: String, CodingKey {
    case format, formatVersion, settings, people, accounts, territories, deals, activities, quotas, coaching,
      playbooks, content, training, assignments, compPlans, forecastSubmissions, forecastSnapshots, rampPlans,
      contacts, products, activityGoals
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    func list<T: Decodable>(_ key: CodingKeys) throws -> [T] {
      try c.decodeIfPresent([T].self, forKey: key) ?? []
    }
    format = try c.decode(String.self, forKey: .format)
    formatVersion = try c.decode(Int.self, forKey: .formatVersion)
    settings = try c.decode(Settings.self, forKey: .settings)
    people = try list(.people)
    accounts = try list(.accounts)
    territories = try list(.territories)
    deals = try list(.deals)
    activities = try list(.activities)
    quotas = try list(.quotas)
    coaching = try list(.coaching)
    playbooks = try list(.playbooks)
    content = try list(.content)
    training = try list(.training)
    assignments = try list(.assignments)
    compPlans = try list(.compPlans)
    forecastSubmissions = try list(.forecastSubmissions)
    forecastSnapshots = try list(.forecastSnapshots)
    rampPlans = try list(.rampPlans)
    contacts = try list(.contacts)
    products = try list(.products)
    activityGoals = try list(.activityGoals)
  }

  /// Every record, settings first, then people and accounts before what refers to them.
  public var records: [Record] {
    [.settings(settings)] + people.map(Record.person) + accounts.map(Record.account)
      + products.map(Record.product)
      + territories.map(Record.territory) + contacts.map(Record.contact) + deals.map(Record.deal)
      + activities.map(Record.activity)
      + quotas.map(Record.quota) + coaching.map(Record.coaching) + playbooks.map(Record.playbook)
      + content.map(Record.content) + training.map(Record.trainingModule)
      + assignments.map(Record.assignment) + compPlans.map(Record.compPlan)
      + forecastSubmissions.map(Record.forecastSubmission) + forecastSnapshots.map(Record.forecastSnapshot)
      + rampPlans.map(Record.rampPlan) + activityGoals.map(Record.activityGoal)
  }

  /// The document as text: pretty-printed with sorted keys (what `export json` writes).
  public static func text(_ ws: Workspace) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(WorkspaceDocument(ws)), as: UTF8.self) + "\n"
  }

  /// Reads a document, refusing what is not one, a newer format, and bad JSON with the place.
  public static func read(_ data: Data, file: String) throws(WorkspaceDocumentError) -> WorkspaceDocument {
    struct Head: Decodable {
      var format: String?
      var formatVersion: Int?
    }
    let decoder = JSONDecoder()
    let head: Head
    do { head = try decoder.decode(Head.self, from: data) } catch {
      throw .invalid(file: file, place: Self.place(error, data))
    }
    guard head.format == formatName, let version = head.formatVersion else {
      throw .notAnExport(file: file)
    }
    guard version <= currentVersion else {
      throw .newerVersion(file: file, version: version, supported: currentVersion)
    }
    do { return try decoder.decode(WorkspaceDocument.self, from: data) } catch {
      throw .invalid(file: file, place: Self.place(error, data))
    }
  }

  /// Where and why decoding failed: the JSON path (`deals[3].amount`) or the parser's line/column.
  static func place(_ error: any Error, _ data: Data) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var out = ""
      for k in keys {
        if let i = k.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + k.stringValue }
      }
      return out.isEmpty ? "top level" : out
    }
    guard let e = error as? DecodingError else { return "\(error)" }
    switch e {
    case .dataCorrupted(let c):
      return c.codingPath.isEmpty
        ? syntaxPlace(data) ?? c.debugDescription : "at \(path(c.codingPath)): \(c.debugDescription)"
    case .keyNotFound(let key, let c):
      return "at \(path(c.codingPath + [key])): missing"
    case .typeMismatch(_, let c), .valueNotFound(_, let c):
      return "at \(path(c.codingPath)): \(c.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}

extension WorkspaceDocument {
  /// The line and column of a JSON syntax error (JSONDecoder on Linux names no place; the
  /// serialization parser gives a character offset, turned here into what an editor shows).
  static func syntaxPlace(_ data: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return nil
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
      guard let r = detail.range(of: "character "),
        let offset = Int(detail[r.upperBound...].prefix { $0.isNumber })
      else { return detail }
      let before = [UInt8](data.prefix(offset))
      let line = before.filter { $0 == 0x0A }.count + 1
      let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
      return "line \(line), column \(column): \(detail)"
    }
  }
}

/// Why a workspace JSON file cannot be imported; nothing is written in any case.
public enum WorkspaceDocumentError: Error, CustomStringConvertible, Equatable {
  case invalid(file: String, place: String)
  case notAnExport(file: String)
  case newerVersion(file: String, version: Int, supported: Int)

  public var description: String {
    switch self {
    case .invalid(let file, let place):
      return "\(file): not valid workspace JSON: \(place); nothing was imported"
    case .notAnExport(let file):
      return
        "\(file): not a `salesfloor export json` file (no \"format\": \"\(WorkspaceDocument.formatName)\")"
    case .newerVersion(let file, let version, let supported):
      return
        "\(file): written by a newer SalesFloor (format version \(version); this one reads up to \(supported)): "
        + "upgrade to import it; nothing was imported"
    }
  }
}

/// What importing a workspace document would do: records matched by id, created or replaced,
/// the rest left as they are (records only in the workspace are kept, never deleted).
public struct WorkspaceImportPlan: Sendable {
  public var created: [Record] = []
  public var updated: [Record] = []
  public var unchanged = 0

  public init(_ doc: WorkspaceDocument, into ws: Workspace) {
    for r in doc.records {
      switch ws.record(r.collection, id: r.id) {
      case nil: created.append(r)
      case .some(let old) where old == r: unchanged += 1
      case .some:
        // A fresh workspace's default settings are replaced, not "updated".
        if case .settings = r, ws.isEmpty { created.append(r) } else { updated.append(r) }
      }
    }
  }

  public var mutations: [Mutation] { (created + updated).map { .put($0) } }
  public var isNoOp: Bool { created.isEmpty && updated.isEmpty }
}

/// A one-shot edit (a CLI command) refused because a field it changes was changed by another
/// writer after the command read the record: the other writer's value is kept, never overwritten,
/// and the user is told which record and field, and what it is now.
public struct EditConflict: Error, Hashable, Sendable, CustomStringConvertible {
  public struct Field: Hashable, Sendable {
    /// The JSON field name (`amount`, `stage`, `closeDate` …; `docs/format.md`).
    public var name: String
    /// The value the command read and the value found under the lock, as JSON text; `now` is nil
    /// when the record was deleted.
    public var was: String
    public var now: String?
  }

  public var collection: CollectionName
  public var id: String
  /// The record's name (or subject) when it has one.
  public var recordName: String?
  public var fields: [Field]

  public var description: String {
    let noun = Self.noun(collection)
    let label = recordName.map { "\(noun) \(id) (\($0))" } ?? "\(noun) \(id)"
    let what = fields.map { f in
      f.now.map {
        "\(f.name) was changed by another writer after this command read it (was \(f.was), now \($0))"
      }
        ?? "it was deleted by another writer after this command read it"
    }
    let unique = what.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    return "conflict on \(label): \(unique.joined(separator: "; ")); nothing was saved. "
      + "Look at the latest version and run the command again if it still applies."
  }

  /// The record kind in the words of the CLI (`deal`, `person`, `activity` …).
  static func noun(_ c: CollectionName) -> String {
    switch c {
    case .people: return "person"
    case .activities: return "activity"
    case .coaching: return "coaching item"
    case .content: return "content item"
    case .training: return "training module"
    case .assignments: return "training assignment"
    case .compPlans: return "comp plan"
    case .forecastSubmissions: return "forecast submission"
    case .forecastSnapshots: return "forecast snapshot"
    case .rampPlans: return "ramp plan"
    case .activityGoals: return "activity goal"
    case .settings: return "settings"
    case .accounts, .deals, .quotas, .playbooks, .territories, .contacts, .products:
      return String(c.rawValue.dropLast())
    }
  }
}

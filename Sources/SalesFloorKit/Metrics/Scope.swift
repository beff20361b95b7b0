/// Whose numbers a metric or report covers: one person, a manager and everyone under them,
/// a team, or the whole floor.
///
/// A scope resolves to a set of owner ids once, so per-deal filtering is a hash lookup
/// and reports stay single-pass over 100k deals.
public struct Scope: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The ways to pick people.
  public enum Kind: Hashable, Sendable, Codable {
    /// One person's own numbers.
    case person(String)
    /// A person plus everyone reporting to them, transitively via `Person.managerId`.
    case personAndReports(String)
    /// Everyone whose `Person.team` equals this name.
    case team(String)
    /// The whole workspace, including deals owned by ids that are not (or no longer) people.
    case everyone
  }

  public var kind: Kind

  public init(_ kind: Kind) { self.kind = kind }

  /// One person's own numbers.
  public static func person(_ id: String) -> Scope { Scope(.person(id)) }
  /// A manager's roll-up: the person and all direct and indirect reports.
  public static func personAndReports(_ id: String) -> Scope { Scope(.personAndReports(id)) }
  /// Everyone on a named team.
  public static func team(_ name: String) -> Scope { Scope(.team(name)) }
  /// The whole floor.
  public static let everyone = Scope(.everyone)

  public var description: String {
    switch kind {
    case .person(let id): return "person:\(id)"
    case .personAndReports(let id): return "reports:\(id)"
    case .team(let name): return "team:\(name)"
    case .everyone: return "everyone"
    }
  }

  /// Ids of the people (deal owners) this scope covers.
  ///
  /// For `everyone` this also includes owner ids found on deals but missing from `people`,
  /// so nothing silently drops out of floor-wide totals.
  public func ownerIds(in workspace: Workspace) -> Set<String> {
    switch kind {
    case .person(let id):
      return [id]
    case .personAndReports(let id):
      return Scope.reportsClosure(of: id, in: workspace)
    case .team(let name):
      var out: Set<String> = []
      for p in workspace.people where p.team == name { out.insert(p.id) }
      return out
    case .everyone:
      var out: Set<String> = []
      for p in workspace.people { out.insert(p.id) }
      for d in workspace.deals { out.insert(d.ownerId) }
      return out
    }
  }

  /// Direct reports per manager id, built in one pass over people.
  static func directReports(in workspace: Workspace) -> [String: [String]] {
    var children: [String: [String]] = [:]
    for p in workspace.people {
      if let m = p.managerId, m != p.id { children[m, default: []].append(p.id) }
    }
    return children
  }

  /// The person and everyone below them; a cycle in manager links cannot loop forever.
  static func reportsClosure(
    of id: String, in workspace: Workspace, children: [String: [String]]? = nil
  ) -> Set<String> {
    let tree = children ?? directReports(in: workspace)
    var seen: Set<String> = [id]
    var stack = [id]
    while let next = stack.popLast() {
      for c in tree[next] ?? [] where !seen.contains(c) {
        seen.insert(c)
        stack.append(c)
      }
    }
    return seen
  }
}

/// Who may look at whose cockpit and reports (`--as`): a rep only at their own, a manager at
/// their own and everyone under them (transitively, via `Person.managerId`), ops at everyone.
///
/// Why a rule of its own: the same answer refuses a `--as` on the command line, builds the
/// "what `--as` may view" line of `whoami`, and keeps the cockpit honest about who is looking.
public enum ViewRule {
  /// Whether `viewer` may view as `target`.
  public static func may(_ viewer: Person, viewAs target: Person, in workspace: Workspace) -> Bool {
    if viewer.id == target.id { return true }
    switch viewer.role {
    case .rep: return false
    case .ops: return true
    case .manager: return Scope.personAndReports(viewer.id).ownerIds(in: workspace).contains(target.id)
    }
  }

  /// Whether the person at the keyboard may view as `target`: nobody known, or known only from a
  /// config file, views as anyone (as before identities); a bound person follows `may`. A bound id
  /// this workspace does not hold views only as that id.
  public static func may(
    _ identity: KeyboardIdentity?, viewAs target: Person, in workspace: Workspace
  ) -> Bool {
    guard let identity, identity.isBound else { return true }
    guard let me = identity.person else { return identity.personId == target.id }
    return may(me, viewAs: target, in: workspace)
  }

  /// The people `viewer` may view as (active or not), themself first, then by name.
  public static func viewable(by viewer: Person, in workspace: Workspace) -> [Person] {
    let others = workspace.people.items.filter {
      $0.id != viewer.id && may(viewer, viewAs: $0, in: workspace)
    }
    return [viewer] + others.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
  }

  /// What `viewer` may view, in a few words: "own view only", "own view and 3 reports: A, B, C",
  /// "everyone".
  public static func describe(for viewer: Person, in workspace: Workspace, listing limit: Int = 5) -> String {
    switch viewer.role {
    case .ops: return "everyone"
    case .rep: return "own view only"
    case .manager:
      let reports = viewable(by: viewer, in: workspace).dropFirst()
      guard !reports.isEmpty else { return "own view only (no reports)" }
      let names = reports.prefix(limit).map(\.name).joined(separator: ", ")
      let more = reports.count > limit ? ", …" : ""
      let noun = reports.count == 1 ? "report" : "reports"
      return "own view and \(reports.count) \(noun): \(names)\(more)"
    }
  }
}

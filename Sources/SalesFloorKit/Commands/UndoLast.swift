/// Undoing the last transaction a person made, from the CLI (`salesfloor undo`), with the same
/// reverse mutations the cockpit's `u` commits (`ChangeSet.undo`): the before images of every
/// record the transaction touched.
///
/// Never an overwrite: when a later transaction (anyone's) changed one of those records, the undo
/// is refused and that transaction is named; the records must also still be exactly as the
/// transaction left them when the undo commits (checked again under the write lock).
public struct UndoLast: Sendable {
  /// The transaction being undone.
  public var target: ChangeSet
  /// What to commit: the before images, last touched first.
  public var mutations: [Mutation] { target.undo }

  /// The last transaction by `actor` in `history` (oldest first, as the journal holds them).
  /// Throws when there is none or a later one touched the same records.
  public init(history: [ChangeSet], actor: String?, names: (String?) -> String) throws(CommandError) {
    guard let actor else {
      throw .invalid(
        field: "as", reason: "cannot tell who you are: give --as NAME (undo takes back your own last change)")
    }
    guard let at = history.lastIndex(where: { $0.actor == actor }) else {
      throw .workspace(
        "nothing to undo: \(names(actor)) made no change since the journal was last compacted "
          + "(the cockpit compacts when it quits, the CLI every 250 changes)")
    }
    let target = history[at]
    let keys = target.keys
    if let later = history[(at + 1)...].first(where: { !$0.keys.isDisjoint(with: keys) }) {
      throw Self.refusal(target, later, names: names)
    }
    self.target = target
  }

  /// Nil when every record is still as `target` left it in `workspace`, else the reason to refuse.
  public func conflict(in workspace: Workspace) -> CommandError? {
    for c in target.changes where workspace.record(c.collection, id: c.id) != c.after {
      return .workspace(
        "cannot undo \"\(target.summary)\": \(c.collection.rawValue)/\(c.id) changed after it; nothing was changed"
      )
    }
    return nil
  }

  static func refusal(_ target: ChangeSet, _ later: ChangeSet, names: (String?) -> String) -> CommandError {
    let shared = target.keys.intersection(later.keys).map(\.description).sorted()
    return .workspace(
      "cannot undo \"\(target.summary)\" (\(target.at)): a later change, \"\(later.summary)\" by "
        + "\(names(later.actor)) at \(later.at), changed the same records (\(shared.joined(separator: ", "))); "
        + "undo that first or edit by hand. Nothing was changed")
  }
}

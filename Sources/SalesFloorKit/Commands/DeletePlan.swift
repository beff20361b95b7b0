/// What deleting a record takes with it, before anything is written: the record, and one line per
/// kind of other record the delete changes ("unlinks 3 activities: Call CFO, Demo, …"). The CLI
/// prints the lines and asks before applying, the cockpit's delete confirmation shows the same
/// lines, and a delete that must not happen (a person who still owns deals) throws instead, with
/// the reason and what to do first, so `salesfloor check` stays clean after any delete.
public struct DeletePlan: Hashable, Sendable {
  /// What a user calls the record: `deal Acme renewal`.
  public var record: String
  /// What else changes, one line per kind of record; empty when nothing else refers to it.
  public var effects: [String]
  /// The delete itself and every cascaded change, committed as one undoable transaction.
  public var edit: Edit

  public init(record: String, effects: [String], edit: Edit) {
    self.record = record
    self.effects = effects
    self.edit = edit
  }

  /// True when the delete changes records besides the one deleted (surfaces list them).
  public var cascades: Bool { !effects.isEmpty }

  /// True when other records are deleted with it (a person's quotas): surfaces ask before that.
  /// A cascade that only unlinks keeps every other record and its history, and is undone whole.
  public var deletesOtherRecords: Bool {
    edit.mutations.contains {
      if case .delete(_, let id) = $0 { return id != edit.recordId }
      return false
    }
  }

  /// "unlinks 3 activities: Call CFO, Demo, Follow-up" (at most `shown` names, then "…"); nil for none.
  static func effect(_ verb: String, _ count: Int, _ noun: String, names: [String], shown: Int = 5) -> String?
  {
    guard count > 0 else { return nil }
    let plural = count == 1 ? noun : Self.plural(noun)
    let listed = names.prefix(shown).joined(separator: ", ") + (names.count > shown ? ", …" : "")
    return "\(verb) \(count) \(plural)" + (listed.isEmpty ? "" : ": \(listed)")
  }

  private static func plural(_ noun: String) -> String {
    if noun.hasSuffix("y") { return String(noun.dropLast()) + "ies" }
    if noun.hasSuffix("s") { return noun + "es" }
    return noun + "s"
  }
}

/// A delete command: it plans first (`plan`), and its edit is the plan's, so the list a user
/// confirms is exactly what is written.
public protocol DeleteCommand: WorkspaceCommand {
  func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan
}

extension DeleteCommand {
  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit { try plan(in: ctx).edit }
}

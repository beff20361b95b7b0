import Foundation

/// The input rules every command shares, each written once: what a name must be, which stage a
/// deal starts in, which people and records must exist.
public enum CommandRules {
  /// The message when a workspace has no open stage; the CLI, the forms, the palette and the
  /// importers all refuse a new open deal with it.
  public static let noOpenStage = "the workspace has no open stage in settings.json"

  /// A name as kept: trimmed, never empty.
  public static func name(_ text: String, field: String = "name") throws(CommandError) -> String {
    let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !t.isEmpty else { throw .invalid(field: field, reason: "must not be empty") }
    return t
  }

  /// A currency code as kept: upper case, and a current ISO 4217 code (`CurrencyCodes`).
  public static func currency(_ code: String, field: String = "currency") throws(CommandError) -> String {
    let c = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    guard CurrencyCodes.isISO4217(c) else {
      throw .invalid(
        field: field, reason: "\"\(code)\" is not an ISO 4217 currency code (like USD, EUR, GBP)")
    }
    return c
  }

  /// Money whose currency is an ISO 4217 code; `field` names the amount in the message.
  public static func money(_ m: Money, field: String = "amount") throws(CommandError) -> Money {
    Money(minor: m.minor, currency: try currency(m.currency, field: "\(field) currency"))
  }

  /// A person's name as kept: a name (`name`) no other person has, in any case. `except` is the
  /// person being renamed.
  static func uniquePersonName(
    _ text: String, except: String? = nil, _ ws: Workspace
  ) throws(CommandError)
    -> String
  {
    let name = try name(text)
    let key = name.lowercased()
    if let other = ws.people.items.first(where: { $0.id != except && $0.name.lowercased() == key }) {
      throw .invalid(
        field: "name", reason: "\(other.name) (\(other.id)) already has this name: people need distinct names"
      )
    }
    return name
  }

  /// Optional text as kept: trimmed, empty means none.
  static func text(_ text: String?) -> String? {
    guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
    return t
  }

  /// The reason a deal is closed lost, as kept: one of the workspace's lost reasons (compared
  /// case-insensitively, kept as typed), or any non-empty text when the workspace lists none. A
  /// loss without a usable reason would vanish from the loss analysis, so every surface (`deal
  /// close --lost`, `deal move ID lost`, the cockpit's lost prompt) refuses it with the list.
  public static func lostReason(_ reason: String?, _ settings: Settings) throws(CommandError) -> String {
    let allowed = settings.lostReasons.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    let choices = allowed.isEmpty ? "" : ": one of " + allowed.joined(separator: ", ")
    guard let r = text(reason) else {
      throw .invalid(field: "reason", reason: "a lost deal needs a reason" + choices)
    }
    guard allowed.isEmpty || allowed.contains(where: { $0.lowercased() == r.lowercased() }) else {
      throw .invalid(field: "reason", reason: "\"\(r)\" is not a lost reason of this workspace" + choices)
    }
    return r
  }

  /// The stage a new open deal starts in when none is given: the first open stage.
  public static func defaultStage(_ settings: Settings) throws(CommandError) -> Stage {
    guard let first = settings.openStages.first else { throw .workspace(noOpenStage) }
    return first
  }

  /// A stage id of the workspace.
  static func stage(_ id: String, _ settings: Settings) throws(CommandError) -> Stage {
    guard let st = settings.stage(id) else {
      let names = settings.orderedStages.map(\.id).joined(separator: ", ")
      throw .invalid(field: "stage", reason: "unknown stage \"\(id)\": use one of \(names)")
    }
    return st
  }

  /// A person who must exist (owner, manager, coachee …).
  static func person(_ id: String, field: String, _ ws: Workspace) throws(CommandError) -> Person {
    guard let p = ws.people[id: id] else {
      throw .invalid(field: field, reason: "no person with id \"\(id)\": see `salesfloor person list`")
    }
    return p
  }

  static func probability(_ value: Int?) throws(CommandError) -> Int? {
    guard let v = value else { return nil }
    guard (0...100).contains(v) else { throw .invalid(field: "probability", reason: "\(v) is not 0–100") }
    return v
  }

  /// A record by id, or a not-found error naming where to look.
  static func record<T>(_ value: T?, kind: String, id: String, hint: String) throws(CommandError) -> T {
    guard let value else { throw .missing(kind: kind, id: id, hint: hint) }
    return value
  }

  /// A deal by id, or a not-found error (for surfaces that act on a selected deal).
  public static func existingDeal(_ id: String, in ws: Workspace) throws(CommandError) -> Deal {
    try deal(id, ws)
  }

  static func deal(_ id: String, _ ws: Workspace) throws(CommandError) -> Deal {
    try record(ws.deals[id: id], kind: "deal", id: id, hint: "see `salesfloor deal list`")
  }
}

/// Adds a handoff template to `settings.handoffTemplates` or replaces the one with the same name
/// (`handoff template set`). Sales ops owns the steps of delivery; handoffs already started keep
/// the steps they were started with, so a change applies to deals won from now on.
public struct SetHandoffTemplate: WorkspaceCommand {
  public var name: String
  public var steps: [HandoffTemplate.Step]
  /// nil or empty: the default template (used when no template with criteria fits).
  public var match: HandoffTemplate.Match?

  public init(name: String, steps: [HandoffTemplate.Step], match: HandoffTemplate.Match? = nil) {
    self.name = name
    self.steps = steps
    self.match = match
  }

  /// Longest a step may be planned to take: a quarter is already a stalled delivery.
  public static let maxTargetDays = 90

  /// The templates after the change, and whether the template is new.
  public func plan(_ ws: Workspace) throws(CommandError) -> (templates: [HandoffTemplate], added: Bool) {
    let name = try CommandRules.name(name)
    guard !steps.isEmpty else { throw .invalid(field: "step", reason: "a template needs at least one step") }
    var seen: Set<String> = []
    var checked: [HandoffTemplate.Step] = []
    for (i, step) in steps.enumerated() {
      let stepName = try CommandRules.name(step.name, field: "step \(i + 1)")
      guard seen.insert(stepName.lowercased()).inserted else {
        throw .invalid(field: "step \(i + 1)", reason: "\"\(stepName)\" is already a step of this template")
      }
      guard (1...Self.maxTargetDays).contains(step.targetDays) else {
        throw .invalid(
          field: "step \(i + 1)",
          reason: "target days must be 1–\(Self.maxTargetDays), not \(step.targetDays)")
      }
      var s = HandoffTemplate.Step(name: stepName, targetDays: step.targetDays)
      if let pid = step.ownerPersonId {
        s.ownerPersonId = try CommandRules.person(pid, field: "step \(i + 1) owner", ws).id
      } else if let role = CommandRules.text(step.ownerRole) {
        s.ownerRole = role
      } else {
        throw .invalid(field: "step \(i + 1)", reason: "name who owns \"\(stepName)\": a role or a person")
      }
      checked.append(s)
    }
    var match = match
    if let m = match {
      for id in m.productIds where ws.products[id: id] == nil {
        throw .missing(kind: "product", id: id, hint: "see `salesfloor product list`")
      }
      if m.isEmpty { match = nil }
    }
    var templates = ws.settings.handoffTemplates
    let existing = templates.firstIndex { $0.name.lowercased() == name.lowercased() }
    let id = existing.map { templates[$0].id } ?? Self.newId(name, taken: Set(templates.map(\.id)))
    let template = HandoffTemplate(id: id, name: name, steps: checked, match: match)
    if let existing { templates[existing] = template } else { templates.append(template) }
    return (templates, existing == nil)
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let (templates, added) = try plan(ctx.workspace)
    var s = ctx.settings
    guard s.handoffTemplates != templates else {
      return Edit(summary: "handoff template \(name) unchanged", mutations: [], recordId: "settings")
    }
    s.handoffTemplates = templates
    return Edit(
      summary: "\(added ? "added" : "changed") handoff template \(name)", mutations: [.put(.settings(s))],
      recordId: "settings")
  }

  /// `enterprise-handoff` from "Enterprise handoff", numbered when taken.
  static func newId(_ name: String, taken: Set<String>) -> String {
    let slug = name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
      .split(separator: "-").joined(separator: "-")
    let base = slug.isEmpty ? "template" : slug
    var id = base
    var n = 2
    while taken.contains(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    return id
  }
}

/// Removes a handoff template by name or id (`handoff template remove`); handoffs started from it
/// keep their steps.
public struct RemoveHandoffTemplate: WorkspaceCommand {
  public var name: String

  public init(name: String) { self.name = name }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let t = try HandoffTemplate.named(name, in: ctx.workspace)
    var s = ctx.settings
    s.handoffTemplates.removeAll { $0.id == t.id }
    return Edit(
      summary: "removed handoff template \(t.name)", mutations: [.put(.settings(s))], recordId: "settings")
  }
}

extension HandoffTemplate {
  /// The settings' template with this name (any case) or id.
  public static func named(_ text: String, in ws: Workspace) throws(CommandError) -> HandoffTemplate {
    let key = text.trimmingCharacters(in: .whitespaces).lowercased()
    let templates = ws.settings.handoffTemplates
    if let t = templates.first(where: { $0.id == key || $0.name.lowercased() == key }) { return t }
    let names = templates.map(\.name).joined(separator: ", ")
    throw .notFound(
      kind: "handoff template", query: text,
      hint: names.isEmpty
        ? "settings have no templates yet (the built-in \"\(builtIn.name)\" applies)" : "templates: \(names)")
  }

  /// A step from `NAME|OWNER|DAYS` (`Contract countersigned|Legal|3`): OWNER is a person's exact name
  /// or id when one matches, else a role. The one parser for the CLI's `--step`.
  public static func parseStep(_ text: String, in ws: Workspace) throws(CommandError) -> Step {
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw .invalid(
        field: "step", reason: "write NAME|OWNER|DAYS, e.g. \"PO received|Finance|5\", not \"\(text)\"")
    }
    guard let days = Int(parts[2]) else {
      throw .invalid(field: "step", reason: "days must be a whole number, not \"\(parts[2])\" in \"\(text)\"")
    }
    // Exact id or name only: a role such as "Finance" must not turn into a person it prefixes.
    let owner = parts[1].lowercased()
    if let p = ws.people.items.first(where: { $0.id == parts[1] || $0.name.lowercased() == owner }) {
      return Step(name: parts[0], ownerPersonId: p.id, targetDays: days)
    }
    return Step(name: parts[0], ownerRole: parts[1], targetDays: days)
  }
}

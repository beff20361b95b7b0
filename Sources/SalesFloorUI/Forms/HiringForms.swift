import SalesFloorKit

/// The Recruiting view's forms: add a candidate, move one to another stage, hire one at offer.
public enum HiringForm: Hashable, Sendable {
  case add
  case move(candidateId: String)
  case hire(candidateId: String)
}

/// Builds and saves the `HiringForm`s through the Kit commands (the same rules as the CLI's).
enum HiringForms {
  /// A hire starts two weeks out unless the form says otherwise.
  static let defaultStartDays = 14

  static func make(_ h: HiringForm, state s: CockpitState, form: (String, [FormField]) -> Form) -> Form? {
    let ws = s.workspace
    switch h {
    case .add:
      let sources = Candidate.Source.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.label) }
      let roles = Person.Role.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      let managers = ws.people.items.filter { $0.active && $0.role != .rep }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { ChoiceOption(id: $0.id, label: $0.name) }
      let me = s.viewer.person.flatMap { p in managers.first { $0.id == p.id } }
      return form(
        "Add a candidate",
        [
          FormField("name", "Name", .text, required: true),
          FormField(
            "source", "Source", .choice(sources, allowsNew: false), required: true, value: "referral"),
          FormField(
            "role", "Role applied for", .choice(roles, allowsNew: false), required: true, value: "rep"),
          FormField("manager", "Hiring manager", .choice(managers, allowsNew: false), value: me?.label ?? ""),
          FormField("on", "Sourced on", .date, required: true, value: s.asOf.iso),
        ])
    case .move(let id):
      guard let c = ws.candidates[id: id] else { return nil }
      let moves = HiringRules.moves(from: c.stage).map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      guard let first = moves.first else { return nil }
      return form(
        "Move · \(c.name) (\(c.stage.rawValue))",
        [
          FormField("to", "To stage", .choice(moves, allowsNew: false), required: true, value: first.label),
          FormField("on", "On", .date, required: true, value: s.asOf.iso),
        ])
    case .hire(let id):
      guard let c = ws.candidates[id: id] else { return nil }
      let plans = ws.rampPlans.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map {
        ChoiceOption(id: $0.id, label: $0.name)
      }
      let boss = c.managerId.flatMap { ws.people[id: $0]?.name }
      return form(
        "Hire \(c.name) → new \(c.roleAppliedFor.rawValue)" + (boss.map { " under \($0)" } ?? "")
          + " · Enter hires",
        [
          FormField(
            "start", "Start day", .date, required: true, value: s.asOf.adding(days: defaultStartDays).iso),
          FormField(
            "ramp", "Ramp plan (empty: default)", .choice(plans, allowsNew: false),
            value: plans.first?.label ?? ""),
        ])
    }
  }

  static func edit(
    _ h: HiringForm, _ f: Form, state s: CockpitState, ctx: CommandContext
  ) throws(CommandError) -> FormEdit {
    switch h {
    case .add:
      let source = try HiringRules.source(f.optionId("source") ?? "")
      let role = f.optionId("role").flatMap(Person.Role.init(rawValue:)) ?? .rep
      return FormEdit(
        try AddCandidate(
          name: f.text("name") ?? "", roleAppliedFor: role, source: source, managerId: f.optionId("manager"),
          on: f.day("on")
        ).edit(in: ctx))
    case .move(let id):
      let to = try HiringRules.stage(f.optionId("to") ?? "")
      return FormEdit(try MoveCandidate(candidateId: id, to: to, on: f.day("on")).edit(in: ctx))
    case .hire(let id):
      guard let start = f.day("start") else {
        throw .invalid(field: "start", reason: "a start day is needed")
      }
      return FormEdit(
        try HireCandidate(candidateId: id, start: start, rampPlanId: f.optionId("ramp")).edit(in: ctx))
    }
  }
}

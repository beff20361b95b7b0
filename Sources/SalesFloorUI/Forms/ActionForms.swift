import SalesFloorKit

/// The small forms of the view actions (a signal's dismissal or snooze, a commitment, session
/// notes, a forecast call, training, the team quota sheet): what `FormPurpose.action` opens.
public enum ActionForm: Hashable, Sendable {
  case dismissSignal(id: String)
  case snoozeSignal(id: String)
  /// A commitment on a coaching item, or on a signal (which becomes an item when nothing covers it).
  case commitment(id: String, personId: String)
  /// A commitment added from a coaching item's detail (which reopens after saving).
  case itemCommitment(itemId: String, personId: String)
  case sessionNote(itemId: String)
  case tickCommitment(itemId: String)
  case removeCommitment(itemId: String)
  /// The viewer's call (or a manager's adjustment) for the cockpit's period.
  case forecastCall(kind: ForecastSubmission.Kind)
  case assignTraining
  case completeTraining
  /// Every rep in scope with a quota for a period, saved together after a before → after check.
  case teamQuotas(period: String)
  /// `x` / `b` in the Handoffs view: a step done (optional note) or blocked (note required).
  case handoffStep(handoffId: String, step: Int, mark: MarkHandoffStep.Mark)
  /// The Recruiting view's forms (`HiringForms`).
  case hiring(HiringForm)
  /// A post to the team feed (managers and ops).
  case post
  /// A catalogue entry or a deal's line item (`ProductForms`).
  case products(ProductForm)

  /// The coaching item the form edits (its detail reopens after saving).
  public var itemId: String? {
    switch self {
    case .sessionNote(let id), .tickCommitment(let id), .removeCommitment(let id): return id
    case .itemCommitment(let id, _): return id
    default: return nil
    }
  }

  /// True when saving asks first, listing each change.
  public var confirms: Bool {
    if case .teamQuotas = self { return true }
    return false
  }
}

/// Builds and saves the `ActionForm`s through the Kit commands (the same rules as the CLI's).
enum ActionForms {
  static let defaultSnoozeDays = 7
  static let defaultTrainingDueDays = 14

  static func make(_ a: ActionForm, state s: CockpitState, context ctx: FormContext) -> Form? {
    let ws = s.workspace
    func form(_ title: String, _ fields: [FormField]) -> Form {
      Form(title: title, fields: fields, context: ctx, purpose: .action(a))
    }
    func name(_ id: String) -> String { ws.people[id: id]?.name ?? id }
    func signalTitle(_ id: String) -> String {
      let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
      guard parts.count == 2, let kind = CoachingSignal.Kind(rawValue: parts[0]) else { return id }
      return "\(name(parts[1])) · \(kind.title)"
    }
    switch a {
    case .handoffStep(let id, let step, let mark):
      return HandoffForms.make(handoffId: id, step: step, mark: mark, state: s, context: ctx)
    case .dismissSignal(let id):
      return form("Dismiss · \(signalTitle(id))", [FormField("reason", "Reason (optional)", .text)])
    case .snoozeSignal(let id):
      return form(
        "Snooze · \(signalTitle(id))",
        [
          FormField(
            "until", "Until", .date, required: true, value: s.asOf.adding(days: defaultSnoozeDays).iso),
          FormField("reason", "Reason (optional)", .text),
        ])
    case .commitment(let id, let personId), .itemCommitment(let id, let personId):
      let stages = StageLookup(ws.settings)
      let deals = ws.deals.items.filter { $0.ownerId == personId && stages.isOpen($0) }
        .sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { ChoiceOption(id: $0.id, label: $0.name) }
      let on = ws.coaching[id: id].map { "\(name($0.personId)) · \($0.title)" } ?? signalTitle(id)
      return form(
        "Commitment · \(on)",
        [
          FormField("text", "Commitment", .text, required: true),
          FormField("by", "Due date", .date),
          FormField("deal", "Deal (optional)", .choice(deals, allowsNew: false)),
        ])
    case .sessionNote(let itemId):
      guard let item = ws.coaching[id: itemId] else { return nil }
      return form(
        "Session notes · \(item.title)", [FormField("notes", "Notes (Ctrl-E: editor)", .note, required: true)]
      )
    case .tickCommitment(let itemId), .removeCommitment(let itemId):
      guard let item = ws.coaching[id: itemId], !item.commitments.isEmpty else { return nil }
      let options = commitmentOptions(item, s)
      let tick: Bool
      if case .tickCommitment = a { tick = true } else { tick = false }
      let first = tick ? item.commitments.firstIndex { $0.check == .manual && !$0.done } ?? 0 : 0
      return form(
        (tick ? "Tick or untick · " : "Remove a commitment · ") + item.title,
        [
          FormField(
            "commitment", "Commitment", .choice(options, allowsNew: false), required: true,
            value: options[first].label)
        ])
    case .forecastCall(let kind):
      guard let me = s.viewer.person else { return nil }
      let prefill = callPrefill(kind, personId: me.id, state: s)
      let money = { (v: Int64) in FormFactory.amountText(Money(minor: v, currency: ws.settings.currency)) }
      let what = kind == .call ? "Forecast call" : "Adjust the roll-up"
      return form(
        "\(what) · \(me.name) · \(s.period)",
        [
          FormField("commit", "Commit", .amount, required: true, value: money(prefill.commit)),
          FormField("best", "Best case", .amount, required: true, value: money(prefill.bestCase)),
          FormField("pipeline", "Pipeline", .amount, value: money(prefill.pipeline)),
          FormField("note", "Note", .text, value: prefill.note ?? ""),
        ])
    case .assignTraining:
      let modules = ws.training.items.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map {
        ChoiceOption(id: $0.id, label: $0.title)
      }
      let ids = s.data.scopeIds
      let people = s.data.peopleOptions.filter { ids.contains($0.id) }
      return form(
        "Assign training",
        [
          FormField("person", "Person", .choice(people, allowsNew: false), required: true),
          FormField("module", "Module", .choice(modules, allowsNew: false), required: true),
          FormField("due", "Due date", .date, value: s.asOf.adding(days: defaultTrainingDueDays).iso),
        ])
    case .completeTraining:
      let ids = s.data.scopeIds
      let open = ws.assignments.items.filter { $0.completedOn == nil && ids.contains($0.personId) }
        .map { a in
          ChoiceOption(
            id: a.id,
            label: "\(name(a.personId)) · \(ws.training[id: a.moduleId]?.title ?? a.moduleId)"
              + (a.dueDate.map { " · due \($0.iso)" } ?? ""))
        }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
      return form(
        "Complete training",
        [
          FormField("assignment", "Assignment", .choice(open, allowsNew: false), required: true),
          FormField("on", "Completed on", .date, required: true, value: s.asOf.iso),
        ])
    case .post: return FeedForms.make(state: s, form: form)
    case .teamQuotas(let period):
      guard let p = Period(parsing: period, fiscalStartMonth: ws.settings.fiscalYearStartMonth) else {
        return nil
      }
      let rows = TeamQuotaSheet.rows(ws, scope: s.viewer.scope, period: p)
      var fields = [FormField("period", "Period", .text, required: true, value: p.description)]
      for r in rows {
        fields.append(
          FormField("q." + r.personId, r.name, .amount, value: r.prefill.map(FormFactory.amountText) ?? ""))
      }
      return form("Team quota sheet · \(p) (prefilled from \(p.shifted(by: -1)) where not set)", fields)
    case .hiring(let h):
      return HiringForms.make(h, state: s, form: form)
    case .products(let p):
      return ProductForms.make(p, state: s, context: ctx)
    }
  }

  /// Commitments as choices: `1. [x] text (by day)`, the id their position.
  static func commitmentOptions(_ item: CoachingItem, _ s: CockpitState) -> [ChoiceOption] {
    item.commitments.enumerated().map { i, c in
      let met = CommitmentCheck.isMet(c, of: item, workspace: s.workspace, asOf: s.asOf)
      return ChoiceOption(
        id: String(i),
        label: "\(i + 1). [\(met ? "x" : " ")] \(c.text)" + (c.by.map { " (by \($0.iso))" } ?? ""))
    }
  }

  /// What a call form starts with: the call already made for the period, else the Kit forecast
  /// (own deals for a call, the whole tree for an adjustment), cumulative.
  static func callPrefill(
    _ kind: ForecastSubmission.Kind, personId: String, state s: CockpitState
  ) -> (commit: Int64, bestCase: Int64, pipeline: Int64, note: String?) {
    let ws = s.workspace
    let id = ForecastSubmission.id(personId: personId, period: s.period.description, kind: kind)
    let report = Reports.forecastCalls(ws, period: s.period, scope: .personAndReports(personId), asOf: s.asOf)
    let line = report.people.first { $0.id == personId }
    let totals = (kind == .call ? line?.own : line?.rollUp)?.cumulative
    if let done = ws.forecastSubmissions[id: id] {
      return (done.commit, done.bestCase, done.pipeline ?? totals?.pipeline ?? 0, done.note)
    }
    return (totals?.commit ?? 0, totals?.bestCase ?? 0, totals?.pipeline ?? 0, nil)
  }

  static func edit(
    _ a: ActionForm, _ f: Form, state s: CockpitState, ctx: CommandContext
  ) throws(CommandError) -> FormEdit {
    let text = f.text, day = f.day, option = f.optionId, money = f.money
    func index() throws(CommandError) -> Int {
      guard let i = option("commitment").flatMap({ Int($0) }) else {
        throw .invalid(field: "commitment", reason: "pick one (Tab completes)")
      }
      return i
    }
    switch a {
    case .handoffStep(let id, let step, let mark):
      return FormEdit(
        try MarkHandoffStep(handoffId: id, step: step, mark: mark, note: text("note")).edit(in: ctx))
    case .dismissSignal(let id):
      return FormEdit(
        try SetAsideCoaching(id: id, reason: text("reason") ?? "dismissed in the cockpit").edit(in: ctx))
    case .snoozeSignal(let id):
      let until = day("until") ?? s.asOf.adding(days: defaultSnoozeDays)
      return FormEdit(
        try SetAsideCoaching(id: id, reason: text("reason") ?? "snoozed until \(until.iso)", until: until)
          .edit(
            in: ctx))
    case .commitment(let id, _), .itemCommitment(let id, _):
      return FormEdit(
        try CommitOnSignal(id: id, text: text("text") ?? "", dealId: option("deal"), by: day("by")).edit(
          in: ctx))
    case .sessionNote(let itemId):
      return FormEdit(try AddSessionNote(itemId: itemId, text: text("notes") ?? "").edit(in: ctx))
    case .tickCommitment(let itemId):
      let i = try index()
      let done = s.workspace.coaching[id: itemId].map {
        $0.commitments.indices.contains(i) && $0.commitments[i].done
      }
      return FormEdit(try SetCommitmentDone(itemId: itemId, index: i, done: !(done ?? false)).edit(in: ctx))
    case .removeCommitment(let itemId):
      return FormEdit(try RemoveCommitment(itemId: itemId, index: try index()).edit(in: ctx))
    case .forecastCall(let kind):
      guard let me = s.viewer.person else {
        throw .invalid(field: "as", reason: "a forecast call is a person's: open the cockpit --as NAME")
      }
      let currency = s.workspace.settings.currency
      return FormEdit(
        try SubmitForecast(
          kind: kind, personId: me.id, period: s.period,
          commit: money("commit") ?? Money(minor: 0, currency: currency), bestCase: money("best"),
          note: text("note"), pipeline: money("pipeline")
        ).edit(in: ctx))
    case .assignTraining:
      return FormEdit(
        try AssignTraining(personId: option("person"), moduleId: option("module") ?? "", dueDate: day("due"))
          .edit(
            in: ctx))
    case .completeTraining:
      return FormEdit(
        try CompleteTraining(assignmentId: option("assignment") ?? "", on: day("on")).edit(in: ctx))
    case .post: return FormEdit(try FeedForms.edit(f, state: s, ctx: ctx))
    case .teamQuotas:
      let amounts = f.fields.compactMap { field -> (personId: String, amount: Money)? in
        guard field.key.hasPrefix("q."), let m = money(field.key) else { return nil }
        return (String(field.key.dropFirst(2)), m)
      }
      return FormEdit(try SetTeamQuotas(period: text("period") ?? "", amounts: amounts).edit(in: ctx))
    case .hiring(let h):
      return try HiringForms.edit(h, f, state: s, ctx: ctx)
    case .products(let p):
      return try ProductForms.edit(p, f, state: s, ctx: ctx)
    }
  }

  /// The before → after lines of a team quota sheet about to be saved.
  static func quotaChanges(_ edit: FormEdit, state s: CockpitState) -> [String] {
    let ws = s.workspace
    var out: [String] = []
    for case .put(.quota(let q)) in edit.mutations {
      guard let pid = q.personId else { continue }
      let before = ws.quotas.items.filter { $0.personId == pid && $0.period == q.period }.min {
        $0.id < $1.id
      }
      let was = before.map { Money.grouped($0.amount, currency: $0.currency) } ?? "—"
      let now = Money.grouped(q.amount, currency: q.currency)
      let name = ws.people[id: pid]?.name ?? pid
      out.append("\(name): \(was) → \(now)" + (before?.amount == q.amount ? " (unchanged)" : ""))
    }
    return out
  }
}

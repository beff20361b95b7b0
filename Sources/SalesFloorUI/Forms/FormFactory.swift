import SalesFloorKit

/// What a form edits; `id == nil` adds a new record.
public enum FormPurpose: Hashable, Sendable {
  case deal(id: String?)
  case activity(id: String?, dealId: String?)
  case coaching(id: String?)
  case quota(id: String?)
  case person(id: String?)
  case account(id: String?)
  case play(id: String?)
  /// `n`: the next step and its date on a deal.
  case nextStep(dealId: String)
  /// `L`: the lost reason, then the deal closes lost.
  case closeLost(dealId: String)
  /// `A`: one line that logs a done activity on a deal.
  case quickLog(dealId: String)
  /// `:log KIND ACCOUNT …` on an account with several open deals: pick the deal, then it logs.
  case logWhichDeal(line: ActivityLine, accountId: String)
  /// `Q` in the deal card: the MEDDPICC scorecard, a status and a note per element.
  case qualification(dealId: String)
  /// `e` in the Conflicts view: new values for a sync conflict's fields (answered, not committed).
  case conflict(id: String)
  /// The view actions' small forms (signals, commitments, calls, training, quota sheet).
  case action(ActionForm)
  /// A contact at an account (`:contact edit`); `id == nil` adds one.
  case contact(id: String?, accountId: String?)
  /// `K` on the deal card: link a contact (or a new one) to the deal with a role.
  case linkContact(dealId: String)
}

/// Builds the form for a purpose, prefilled from the record being edited or with defaults.
public enum FormFactory {
  /// Deals to pick from, labelled by name (so typing a full name picks it even when it prefixes
  /// another's); a name two deals share adds the close date and amount, then the id if still equal.
  public static func dealChoices(_ deals: [Deal]) -> [ChoiceOption] {
    let counts = Dictionary(deals.map { ($0.name, 1) }, uniquingKeysWith: +)
    let labels = deals.map { d in
      counts[d.name, default: 0] > 1
        ? "\(d.name) · closes \(d.closeDate?.iso ?? "—") · \(Money.compact(d.amount, currency: d.currency))"
        : d.name
    }
    let again = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
    return zip(deals, labels).map { d, label in
      ChoiceOption(id: d.id, label: again[label, default: 0] > 1 ? "\(label) · \(d.id)" : label)
    }
  }

  /// An account's open deals, soonest close first: the ones `:log … ACCOUNT` may mean.
  public static func openDeals(ofAccount accountId: String, in ws: Workspace) -> [Deal] {
    let open = ws.deals.items.filter { d in
      d.accountId == accountId && (ws.settings.stage(d.stage)?.isOpen ?? false)
    }
    return open.sorted { a, b in
      let x = a.closeDate?.iso ?? "~"
      let y = b.closeDate?.iso ?? "~"
      return x != y ? x < y : a.name < b.name
    }
  }

  /// Deals to log an activity on: the open deals in scope in close-date order (the ones being
  /// worked), then every other deal in store order. Not sorted by name: at 100k deals that sort
  /// alone made opening the form take a tenth of a second; typing narrows the list anyway.
  static func dealOptions(_ s: CockpitState) -> [ChoiceOption] {
    if let kept = s.dealChoices, kept.generation == s.dataGeneration { return kept.options }
    var out = s.data.openDeals.map { ChoiceOption(id: $0.id, label: $0.name) }
    out.reserveCapacity(s.workspace.deals.count)
    let lookup = StageLookup(s.workspace.settings)
    let scope = s.data.scopeIds
    // In place (no `Deal` copies); a deal is already listed when it is open and in scope.
    s.workspace.deals.items.withUnsafeBufferPointer { deals in
      for i in deals.indices where !(lookup.isOpen(deals[i]) && scope.contains(deals[i].ownerId)) {
        out.append(ChoiceOption(id: deals[i].id, label: deals[i].name))
      }
    }
    return out
  }

  public static func make(_ purpose: FormPurpose, state s: CockpitState) -> Form? {
    let ws = s.workspace
    let ctx = FormContext(
      currency: ws.settings.currency, today: s.asOf, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    func form(_ title: String, _ fields: [FormField]) -> Form {
      Form(title: title, fields: fields, context: ctx, purpose: purpose)
    }
    let people = s.data.peopleOptions
    let accounts = s.data.accountOptions
    func personName(_ id: String?) -> String { id.flatMap { ws.people[id: $0]?.name } ?? "" }
    switch purpose {
    case .conflict(let id):
      return ConflictForm.make(id, state: s, context: ctx)
    case .action(let a):
      return ActionForms.make(a, state: s, context: ctx)
    case .contact, .linkContact:
      return ContactForms.make(purpose, state: s, context: ctx)
    case .deal(let id):
      let d = id.flatMap { ws.deals[id: $0] }
      if id != nil && d == nil { return nil }
      let stages = (d == nil ? ws.settings.openStages : ws.settings.orderedStages).map {
        ChoiceOption(id: $0.id, label: $0.name)
      }
      let stage = d.flatMap { ws.settings.stage($0.stage)?.name } ?? stages.first?.label ?? ""
      return form(
        d == nil ? "Add deal" : "Edit deal",
        [
          FormField("name", "Name", .text, required: true, value: d?.name ?? ""),
          FormField("amount", "Amount", .amount, required: true, value: d.map { amountText($0.money) } ?? ""),
          FormField("close", "Close date", .date, required: true, value: d?.closeDate?.iso ?? ""),
          FormField("stage", "Stage", .choice(stages, allowsNew: false), required: true, value: stage),
          FormField(
            "owner", "Owner", .choice(people, allowsNew: false), required: true,
            value: personName(d?.ownerId ?? defaultOwner(s))),
          FormField(
            "account", "Account", .choice(accounts, allowsNew: true),
            value: d?.accountId.flatMap { ws.accounts[id: $0]?.name } ?? ""),
          FormField("nextStep", "Next step", .text, value: d?.nextStep ?? ""),
          FormField("nextStepDate", "Next step date", .date, value: d?.nextStepDate?.iso ?? ""),
          FormField("persona", "Persona", .text, value: d?.persona ?? ""),
          FormField("competitor", "Competitor", .text, value: d?.competitor ?? ""),
          FormField("notes", "Notes", .note, value: d?.notes ?? ""),
        ])
    case .activity(let id, let dealId):
      let a = id.flatMap { ws.activities[id: $0] }
      if id != nil && a == nil { return nil }
      let kinds = Activity.Kind.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      let deals = dealOptions(s)
      let yesNo = [ChoiceOption(id: "yes", label: "yes"), ChoiceOption(id: "no", label: "no")]
      return form(
        a == nil ? "Log activity" : "Edit activity",
        [
          FormField(
            "kind", "Type", .choice(kinds, allowsNew: false), required: true,
            value: a?.kind.rawValue ?? "call"),
          FormField("subject", "Subject", .text, required: true, value: a?.subject ?? ""),
          FormField(
            "deal", "Deal", .choice(deals, allowsNew: false),
            value: (a?.dealId ?? dealId).flatMap { ws.deals[id: $0]?.name } ?? ""),
        ] + ContactChoices.activityFields(a, dealId: dealId, ws) + [
          FormField("due", "Due date", .date, value: a?.dueDate?.iso ?? ""),
          FormField(
            "done", "Done", .choice(yesNo, allowsNew: false), required: true,
            value: a.map { $0.isDone ? "yes" : "no" } ?? "yes"),
          FormField("minutes", "Minutes", .text, value: a?.durationMinutes.map(String.init) ?? ""),
          FormField("notes", "Notes", .note, value: a?.notes ?? ""),
        ])
    case .coaching(let id):
      let c = id.flatMap { ws.coaching[id: $0] }
      if id != nil && c == nil { return nil }
      let priorities = CoachingItem.Priority.allCases.map {
        ChoiceOption(id: String($0.rawValue), label: $0.title)
      }
      let statuses = CoachingItem.Status.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      return form(
        c == nil ? "Add coaching item" : "Edit coaching item",
        [
          FormField(
            "person", "Rep", .choice(people, allowsNew: false), required: true, value: personName(c?.personId)
          ),
          FormField("title", "Title", .text, required: true, value: c?.title ?? ""),
          FormField("reason", "Reason", .text, value: c?.reason ?? ""),
          FormField(
            "priority", "Priority", .choice(priorities, allowsNew: false), required: true,
            value: (c?.priority ?? .medium).title),
          FormField("due", "Due date", .date, value: c?.dueDate?.iso ?? ""),
          FormField(
            "status", "Status", .choice(statuses, allowsNew: false), required: true,
            value: (c?.status ?? .open).rawValue),
        ])
    case .quota(let id):
      let q = id.flatMap { ws.quotas[id: $0] }
      if id != nil && q == nil { return nil }
      return form(
        q == nil ? "Add quota" : "Edit quota",
        [
          FormField(
            "person", "Person", .choice(people, allowsNew: false), required: true,
            value: personName(q?.personId)),
          FormField("period", "Period", .text, required: true, value: q?.period ?? s.period.description),
          FormField(
            "amount", "Amount", .amount, required: true,
            value: q.map { amountText(Money(minor: $0.amount, currency: $0.currency)) } ?? ""),
        ])
    case .person(let id):
      let p = id.flatMap { ws.people[id: $0] }
      if id != nil && p == nil { return nil }
      let roles = Person.Role.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      let managers = ws.people.items.filter { $0.role == .manager }.sorted { $0.name < $1.name }.map {
        ChoiceOption(id: $0.id, label: $0.name)
      }
      return form(
        p == nil ? "Add person" : "Edit person",
        [
          FormField("name", "Name", .text, required: true, value: p?.name ?? ""),
          FormField("email", "Email", .text, value: p?.email ?? ""),
          FormField(
            "role", "Role", .choice(roles, allowsNew: false), required: true,
            value: (p?.role ?? .rep).rawValue),
          FormField(
            "manager", "Manager", .choice(managers, allowsNew: false), value: personName(p?.managerId)),
          FormField("team", "Team", .text, value: p?.team ?? ""),
        ])
    case .account(let id):
      let a = id.flatMap { ws.accounts[id: $0] }
      if id != nil && a == nil { return nil }
      let segments = Account.Segment.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
      return form(
        a == nil ? "Add account" : "Edit account",
        [
          FormField("name", "Name", .text, required: true, value: a?.name ?? ""),
          FormField("industry", "Industry", .text, value: a?.industry ?? ""),
          FormField(
            "segment", "Segment", .choice(segments, allowsNew: false), value: a?.segment?.rawValue ?? ""),
          FormField("country", "Country", .text, value: a?.country ?? ""),
          FormField("owner", "Owner", .choice(people, allowsNew: false), value: personName(a?.ownerId)),
        ])
    case .play(let id):
      let p = id.flatMap { ws.playbooks[id: $0] }
      if id != nil && p == nil { return nil }
      return form(
        p == nil ? "Add play" : "Edit play",
        [
          FormField("name", "Name", .text, required: true, value: p?.name ?? ""),
          FormField("summary", "Summary", .text, required: true, value: p?.summary ?? ""),
          FormField("steps", "Steps (one per line)", .note, value: p?.steps.joined(separator: "\n") ?? ""),
        ])
    case .nextStep(let dealId):
      guard let d = ws.deals[id: dealId] else { return nil }
      return form(
        "Next step · \(d.name)",
        [
          FormField("nextStep", "Next step", .text, required: true, value: d.nextStep ?? ""),
          FormField("date", "Date", .date, required: true, value: d.nextStepDate?.iso ?? ""),
        ])
    case .closeLost(let dealId):
      guard let d = ws.deals[id: dealId] else { return nil }
      // The workspace's list to pick from; free text when it lists none (`CommandRules.lostReason`).
      let reasons = ws.settings.lostReasons.map { ChoiceOption(id: $0, label: $0) }
      return form(
        "Close lost · \(d.name)",
        [
          FormField(
            "reason", "Reason", reasons.isEmpty ? .text : .choice(reasons, allowsNew: false), required: true)
        ])
    case .quickLog(let dealId):
      guard let d = ws.deals[id: dealId] else { return nil }
      return form(
        "Log on \(d.name)",
        [FormField("line", "Activity", .activityLine, required: true)]
          + ContactChoices.activityFields(nil, dealId: d.id, ws))
    case .qualification(let dealId):
      guard let d = ws.deals[id: dealId] else { return nil }
      return form("MEDDPICC · \(d.name)", qualificationFields(d, ws))
    case .logWhichDeal(let line, let accountId):
      let deals = dealChoices(openDeals(ofAccount: accountId, in: ws))
      let account = ws.accounts[id: accountId]?.name ?? accountId
      return form(
        "Which deal? · \(line.kind.rawValue) at \(account) · \(deals.count) open deals",
        [FormField("deal", "Deal", .choice(deals, allowsNew: false), required: true)])
    }
  }

  /// Two fields per MEDDPICC element: `status.<element>` (unknown / partial / confirmed) and
  /// `note.<element>` (for champion and economic buyer: who they are), and for those two a
  /// `contact.<element>` choice when the account has contacts (`QualificationContactFields`).
  static func qualificationFields(_ d: Deal, _ ws: Workspace) -> [FormField] {
    let statuses = QualificationStatus.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.rawValue) }
    return QualificationElement.allCases.flatMap { e -> [FormField] in
      let entry = d.qualification[e]
      return [
        FormField(
          "status." + e.rawValue, e.title, .choice(statuses, allowsNew: false), required: true,
          value: (entry?.status ?? .unknown).rawValue),
        FormField(
          "note." + e.rawValue, e.namesPerson ? "  who / note" : "  note", .text, value: entry?.note ?? ""),
      ] + QualificationContactFields.fields(e, of: d, ws)
    }
  }

  /// Owner of a new record: the viewer, else the first active rep by id.
  public static func defaultOwner(_ s: CockpitState) -> String? {
    if let me = s.viewer.person?.id { return me }
    return s.workspace.people.items.filter { $0.role == .rep && $0.active }.map(\.id).sorted().first
  }

  /// Money as it would be typed back (`12400`, `12400.5`): no grouping, so it re-parses exactly.
  static func amountText(_ m: Money) -> String {
    let scale = Money.scale(of: m.currency)
    guard scale > 1 else { return String(m.minor) }
    let whole = m.minor / scale
    let frac = m.minor % scale
    if frac == 0 { return String(whole) }
    var digits = String(frac)
    let width = String(scale).count - 1
    while digits.count < width { digits = "0" + digits }
    while digits.last == "0" { digits.removeLast() }
    return "\(whole).\(digits)"
  }
}

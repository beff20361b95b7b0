import SalesFloorKit

/// A saved form as one transaction's worth of changes, plus what to ask next.
public struct FormEdit: Sendable {
  public var summary: String
  public var mutations: [Mutation]
  /// A form to open after saving (the next step after a completed activity).
  public var followUp: FormPurpose?
  /// The record to select afterwards (a new deal).
  public var dealId: String?
}

/// Turns a valid form into the typed command it asks for and runs it over the cockpit's workspace,
/// as the viewer. Pure: ids come from `newId`, time from `now`; the rules (defaults, validation,
/// history) are the commands' own, the same as the CLI's.
public enum FormSave {
  /// What a cockpit command runs with: the workspace as shown, the viewer as the actor.
  public static func context(
    _ s: CockpitState, now: Timestamp,
    newId: @escaping @Sendable (String) -> String
  ) -> CommandContext {
    CommandContext(workspace: s.workspace, actor: s.viewer.actorId, now: now, today: s.asOf, newId: newId)
  }

  /// The edit a valid form makes, or the command's refusal; nil when the form is not valid.
  public static func result(
    _ f: Form, state s: CockpitState, now: Timestamp,
    newId: @escaping @Sendable (String) -> String
  ) -> Result<FormEdit, CommandError>? {
    guard f.values() != nil else { return nil }
    let ctx = context(s, now: now, newId: newId)
    do {
      return .success(try edit(f, state: s, ctx: ctx))
    } catch {
      return .failure(error)
    }
  }

  private static func edit(
    _ f: Form, state s: CockpitState, ctx: CommandContext
  ) throws(CommandError) -> FormEdit {
    let ws = s.workspace
    let text = f.text, day = f.day, option = f.optionId, money = f.money
    func account(_ k: String) -> AccountChoice? {
      switch f[k] {
      case .option(let o): return .id(o.id)
      case .new(let name): return .new(name)
      default: return nil
      }
    }
    switch f.purpose {
    case .deal(let id):
      let amount = money("amount") ?? Money(minor: 0, currency: ws.settings.currency)
      let edit: Edit
      if let id {
        var u = UpdateDeal(dealId: id)
        u.name = text("name")
        u.account = .some(account("account"))
        u.ownerId = option("owner")
        u.amount = amount
        u.stage = option("stage")
        u.closeDate = .some(day("close"))
        u.nextStep = .some(text("nextStep"))
        u.nextStepDate = .some(day("nextStepDate"))
        u.notes = .some(text("notes"))
        u.persona = .some(text("persona"))
        u.competitor = .some(text("competitor"))
        edit = try u.edit(in: ctx)
      } else {
        var add = AddDeal(
          name: text("name") ?? "", account: account("account"), ownerId: option("owner"), amount: amount,
          stage: option("stage"), closeDate: day("close"), nextStep: text("nextStep"),
          nextStepDate: day("nextStepDate"), notes: text("notes"))
        add.persona = text("persona")
        add.competitor = text("competitor")
        edit = try add.edit(in: ctx)
      }
      return FormEdit(edit, dealId: edit.recordId)
    case .activity(let id, _):
      let old = id.flatMap { ws.activities[id: $0] }
      let kind = option("kind").flatMap(Activity.Kind.init(rawValue:)) ?? .call
      let dealId = option("deal")
      let done = option("done") == "yes"
      let minutes = try ActivityMinutesField.value(text("minutes"))
      let edit: Edit
      if let old {
        var u = UpdateActivity(activityId: old.id)
        u.kind = kind
        u.subject = text("subject") ?? ""
        u.dealId = .some(dealId)
        u.dueDate = .some(day("due"))
        u.done = done
        u.notes = .some(text("notes"))
        u.durationMinutes = .some(minutes)
        u.contactId = ContactChoices.chosen(in: f)
        edit = try u.edit(in: ctx)
      } else {
        var log = LogActivity(
          kind: kind, subject: text("subject") ?? "", dealId: dealId, dueDate: day("due"), done: done,
          notes: text("notes"), durationMinutes: minutes)
        log.contactId = ContactChoices.chosen(in: f) ?? nil
        edit = try log.edit(in: ctx)
      }
      let completed = done && !(old?.isDone ?? false)
      return FormEdit(edit, followUp: completed ? dealId.map { .nextStep(dealId: $0) } : nil, dealId: dealId)
    case .coaching(let id):
      let priority =
        option("priority").flatMap { Int($0) }.flatMap(CoachingItem.Priority.init(rawValue:)) ?? .medium
      let status = option("status").flatMap(CoachingItem.Status.init(rawValue:)) ?? .open
      if let id {
        var u = UpdateCoachingItem(itemId: id)
        u.personId = option("person")
        u.title = text("title") ?? ""
        u.reason = text("reason") ?? ""
        u.priority = priority
        u.status = status
        u.dueDate = .some(day("due"))
        return FormEdit(try u.edit(in: ctx))
      }
      return FormEdit(
        try AddCoachingItem(
          personId: option("person") ?? "", title: text("title") ?? "", reason: text("reason") ?? "",
          priority: priority, status: status, dueDate: day("due")
        ).edit(in: ctx))
    case .quota(let id):
      let m = money("amount") ?? Money(minor: 0, currency: ws.settings.currency)
      return FormEdit(
        try SetQuota(quotaId: id, personId: option("person"), period: text("period") ?? "", amount: m).edit(
          in: ctx))
    case .person(let id):
      let role = option("role").flatMap(Person.Role.init(rawValue:)) ?? .rep
      if let id {
        var u = UpdatePerson(personId: id)
        u.name = text("name") ?? ""
        u.email = .some(text("email"))
        u.role = role
        u.managerId = .some(option("manager"))
        u.team = .some(text("team"))
        return FormEdit(try u.edit(in: ctx))
      }
      return FormEdit(
        try AddPerson(
          name: text("name") ?? "", role: role, email: text("email"), managerId: option("manager"),
          team: text("team")
        ).edit(in: ctx))
    case .account(let id):
      let segment = option("segment").flatMap(Account.Segment.init(rawValue:))
      if let id {
        var u = UpdateAccount(accountId: id)
        u.name = text("name") ?? ""
        u.industry = .some(text("industry"))
        u.segment = .some(segment)
        u.country = .some(text("country"))
        u.ownerId = .some(option("owner"))
        return FormEdit(try u.edit(in: ctx))
      }
      return FormEdit(
        try AddAccount(
          name: text("name") ?? "", industry: text("industry"), segment: segment, country: text("country"),
          ownerId: option("owner")
        ).edit(in: ctx))
    case .play(let id):
      let steps = (text("steps") ?? "").split(separator: "\n").map(String.init)
      if let id {
        var u = UpdatePlay(playId: id)
        u.name = text("name") ?? ""
        u.summary = text("summary") ?? ""
        u.steps = steps
        return FormEdit(try u.edit(in: ctx))
      }
      return FormEdit(
        try AddPlay(name: text("name") ?? "", summary: text("summary") ?? "", steps: steps).edit(in: ctx))
    case .nextStep(let dealId):
      let edit = try SetNextStep(dealId: dealId, step: text("nextStep"), date: day("date")).edit(in: ctx)
      return FormEdit(edit, dealId: edit.recordId)
    case .closeLost(let dealId):
      let edit = try CloseDeal(
        dealId: dealId, won: false, reason: option("reason") ?? text("reason"), on: s.asOf
      ).edit(in: ctx)
      return FormEdit(edit, dealId: edit.recordId)
    case .conflict:
      throw .invalid(field: "conflict", reason: "a conflict is answered through sync, not saved here")
    case .action(let a):
      return try ActionForms.edit(a, f, state: s, ctx: ctx)
    case .contact, .linkContact:
      return try ContactForms.save(f, state: s, ctx: ctx)
    case .qualification(let dealId):
      var entries: [QualificationElement: QualificationEntry] = [:]
      for e in QualificationElement.allCases {
        let status = option("status." + e.rawValue).flatMap(QualificationStatus.init(rawValue:)) ?? .unknown
        entries[e] = QualificationEntry(status: status, note: text("note." + e.rawValue))
      }
      let contacts = QualificationContactFields.chosen(in: f, deal: ws.deals[id: dealId])
      return FormEdit(
        try SetQualification(dealId: dealId, entries: entries, contacts: contacts).edit(in: ctx),
        dealId: dealId)
    case .logWhichDeal(let line, let accountId):
      guard let id = option("deal") else {
        throw .invalid(field: "deal", reason: "pick a deal (Tab completes)")
      }
      return try logEdit(line, dealId: id, accountId: accountId, state: s, ctx: ctx)
    case .quickLog(let dealId):
      let d = try CommandRules.existingDeal(dealId, in: ws)
      guard let raw = text("line"),
        case .success(let line) = ActivityLine.parse(
          raw, today: s.asOf, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
      else { throw .invalid(field: "line", reason: "not an activity line") }
      return try logEdit(
        line, dealId: d.id, accountId: d.accountId, contactId: ContactChoices.chosen(in: f) ?? nil, state: s,
        ctx: ctx)
    }
  }

  /// A done activity from a typed line, with the deal's next step when the line gives one.
  /// Without one, `followUp` asks for it (the Pipedrive habit).
  public static func logEdit(
    _ line: ActivityLine, dealId: String?, accountId: String?, contactId: String? = nil,
    state s: CockpitState, ctx: CommandContext
  ) throws(CommandError) -> FormEdit {
    let deal = dealId.flatMap { s.workspace.deals[id: $0] }
    var log = LogActivity(
      kind: line.kind, subject: line.subject, ownerId: deal == nil ? FormFactory.defaultOwner(s) : nil,
      dealId: deal?.id, accountId: accountId, done: true)
    log.contactId = contactId
    var edit = try log.edit(in: ctx)
    var summary = edit.summary
    if let d = deal, let step = line.nextStep {
      let next = try SetNextStep(dealId: d.id, step: step, date: line.nextStepDate).edit(in: ctx)
      edit.mutations += next.mutations
      summary += "; next step \(step) \(line.nextStepDate?.iso ?? "")"
    }
    edit.summary = summary
    let ask = deal != nil && line.nextStep == nil
    return FormEdit(edit, followUp: ask ? deal.map { .nextStep(dealId: $0.id) } : nil, dealId: deal?.id)
  }
}

extension FormEdit {
  init(_ edit: Edit, followUp: FormPurpose? = nil, dealId: String? = nil) {
    self.init(summary: edit.summary, mutations: edit.mutations, followUp: followUp, dealId: dealId)
  }
}

/// Logs (done) or schedules (due) an activity: `activity add`, the activity form, the quick log
/// and the palette's `:log`.
///
/// Defaults, here only: the owner is the one given, else the actor, else the deal's owner; the
/// account is the deal's; `done` nil means done now unless it has a due day (a schedule).
public struct LogActivity: WorkspaceCommand {
  public var kind: Activity.Kind
  public var subject: String
  public var ownerId: String?
  public var dealId: String?
  public var accountId: String?
  public var dueDate: Day?
  public var done: Bool?
  public var notes: String?
  /// Time spent, 1…1440 (`GoalRules.minutes`); nil when not logged.
  public var durationMinutes: Int?
  /// The contact it was with (`--contact`, the form's Contact field); at the deal's account.
  public var contactId: String? = nil

  public init(
    kind: Activity.Kind, subject: String, ownerId: String? = nil, dealId: String? = nil,
    accountId: String? = nil, dueDate: Day? = nil, done: Bool? = nil, notes: String? = nil,
    durationMinutes: Int? = nil
  ) {
    self.kind = kind
    self.subject = subject
    self.ownerId = ownerId
    self.dealId = dealId
    self.accountId = accountId
    self.dueDate = dueDate
    self.done = done
    self.notes = notes
    self.durationMinutes = durationMinutes
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let subject = try CommandRules.name(subject, field: "subject")
    let minutes = try GoalRules.minutes(durationMinutes)
    var deal: Deal?
    if let dealId { deal = try CommandRules.deal(dealId, ws) }
    guard let owner = ownerId ?? ctx.actor ?? deal?.ownerId else {
      throw .invalid(field: "owner", reason: "give who does it")
    }
    _ = try CommandRules.person(owner, field: "owner", ws)
    let contact = try contactId.map { id throws(CommandError) in
      try ContactRules.atDealAccount(id, deal: deal, ws)
    }
    var a = ActivityRecords.make(
      id: ctx.newId("act-"), kind: kind, subject: subject, ownerId: owner, dealId: deal?.id,
      accountId: accountId ?? deal?.accountId ?? contact?.accountId, dueDate: dueDate,
      doneAt: (done ?? (dueDate == nil)) ? ctx.now : nil, durationMinutes: minutes,
      notes: CommandRules.text(notes),
      createdAt: ctx.now)
    a.contactId = contact?.id
    return Edit(
      summary: "logged \(kind.rawValue) \(subject)", mutations: [.put(.activity(a))], recordId: a.id)
  }
}

/// The one place an activity record is built (commands and importers).
enum ActivityRecords {
  static func make(
    id: String, kind: Activity.Kind, subject: String, ownerId: String, dealId: String? = nil,
    accountId: String? = nil, dueDate: Day? = nil, doneAt: Timestamp? = nil, durationMinutes: Int? = nil,
    notes: String? = nil, createdAt: Timestamp
  ) -> Activity {
    Activity(
      id: id, kind: kind, subject: subject, ownerId: ownerId, dealId: dealId, accountId: accountId,
      dueDate: dueDate, doneAt: doneAt, durationMinutes: durationMinutes, notes: notes, createdAt: createdAt)
  }

  static func find(_ id: String, _ ws: Workspace) throws(CommandError) -> Activity {
    try CommandRules.record(
      ws.activities[id: id], kind: "activity", id: id, hint: "see `salesfloor activity list`")
  }
}

/// Marks an activity done now (`activity done`); already done keeps its time.
public struct CompleteActivity: WorkspaceCommand {
  public var activityId: String
  public init(activityId: String) { self.activityId = activityId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var a = try ActivityRecords.find(activityId, ctx.workspace)
    a.doneAt = a.doneAt ?? ctx.now
    return Edit(summary: "done \(a.subject)", mutations: [.put(.activity(a))], recordId: a.id)
  }
}

/// Changes an activity (the edit form); nil leaves a field, `.some(nil)` clears it. Linking a
/// deal takes the deal's account.
public struct UpdateActivity: WorkspaceCommand {
  public var activityId: String
  public var kind: Activity.Kind?
  public var subject: String?
  public var dealId: String??
  public var dueDate: Day??
  public var done: Bool?
  public var notes: String??
  /// `.some(nil)` clears the logged time; a value must be 1…1440.
  public var durationMinutes: Int??
  /// The contact it was with; `.some(nil)` clears it.
  public var contactId: String?? = nil

  public init(activityId: String) { self.activityId = activityId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var a = try ActivityRecords.find(activityId, ws)
    if let kind { a.kind = kind }
    if let subject { a.subject = try CommandRules.name(subject, field: "subject") }
    if let dealId {
      var deal: Deal?
      if let id = dealId { deal = try CommandRules.deal(id, ws) }
      a.dealId = deal?.id
      a.accountId = deal?.accountId ?? a.accountId
    }
    if let dueDate { a.dueDate = dueDate }
    if let done { a.doneAt = done ? (a.doneAt ?? ctx.now) : nil }
    if let notes { a.notes = notes.flatMap(CommandRules.text) }
    if let durationMinutes { a.durationMinutes = try GoalRules.minutes(durationMinutes) }
    if let contactId {
      let deal = a.dealId.flatMap { ws.deals[id: $0] }
      a.contactId = try contactId.map { id throws(CommandError) in
        try ContactRules.atDealAccount(id, deal: deal, ws).id
      }
    }
    return Edit(
      summary: "edited \(a.kind.rawValue) \(a.subject)", mutations: [.put(.activity(a))], recordId: a.id)
  }
}

/// Deletes an activity by id; no other record refers to an activity, so nothing cascades.
public struct DeleteActivity: DeleteCommand {
  public var activityId: String
  public init(activityId: String) { self.activityId = activityId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let a = try ActivityRecords.find(activityId, ctx.workspace)
    let edit = Edit(
      summary: "deleted activity \(a.subject)", mutations: [.delete(.activities, id: a.id)], recordId: a.id)
    return DeletePlan(record: "activity \(a.subject)", effects: [], edit: edit)
  }
}

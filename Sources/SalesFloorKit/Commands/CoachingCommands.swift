/// Adds a coaching item by hand (the coaching form, the palette's `:coach`). The coach is the
/// actor unless given.
public struct AddCoachingItem: WorkspaceCommand {
  public var personId: String
  public var title: String
  public var reason: String
  public var priority: CoachingItem.Priority
  public var status: CoachingItem.Status
  public var dueDate: Day?
  public var coachId: String?

  public init(
    personId: String, title: String, reason: String = "", priority: CoachingItem.Priority = .medium,
    status: CoachingItem.Status = .open, dueDate: Day? = nil, coachId: String? = nil
  ) {
    self.personId = personId
    self.title = title
    self.reason = reason
    self.priority = priority
    self.status = status
    self.dueDate = dueDate
    self.coachId = coachId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let who = try CommandRules.person(personId, field: "person", ctx.workspace)
    let c = CoachingItem(
      id: ctx.newId("c-"), personId: who.id, coachId: coachId ?? ctx.actor,
      title: try CommandRules.name(title, field: "title"), reason: reason, priority: priority, status: status,
      dueDate: dueDate, createdAt: ctx.now)
    return Edit(
      summary: "coaching for \(who.name): \(c.title)", mutations: [.put(.coaching(c))], recordId: c.id)
  }
}

/// Changes a coaching item (the coaching form); nil leaves a field.
public struct UpdateCoachingItem: WorkspaceCommand {
  public var itemId: String
  public var personId: String?
  public var title: String?
  public var reason: String?
  public var priority: CoachingItem.Priority?
  public var status: CoachingItem.Status?
  public var dueDate: Day??

  public init(itemId: String) { self.itemId = itemId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var c = try CoachingTarget.item(itemId, in: ctx.workspace)
    if let personId { c.personId = try CommandRules.person(personId, field: "person", ctx.workspace).id }
    if let title { c.title = try CommandRules.name(title, field: "title") }
    if let reason { c.reason = reason }
    if let priority { c.priority = priority }
    if let status { c.status = status }
    if let dueDate { c.dueDate = dueDate }
    return Edit(summary: "edited coaching \(c.title)", mutations: [.put(.coaching(c))], recordId: c.id)
  }
}

/// Turns a current signal into a coaching item, due in a week unless given (`coach accept`).
public struct AcceptSignal: WorkspaceCommand {
  public var signalId: String
  public var dueDate: Day?
  public var coachId: String?

  public init(signalId: String, dueDate: Day? = nil, coachId: String? = nil) {
    self.signalId = signalId
    self.dueDate = dueDate
    self.coachId = coachId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let item = try item(in: ctx)
    return Edit(summary: "coaching item \(item.title)", mutations: [.put(.coaching(item))], recordId: item.id)
  }

  /// The new item the signal becomes (not stored): refused when the id names an item, or a
  /// signal an active item already covers.
  func item(in ctx: CommandContext) throws(CommandError) -> CoachingItem {
    guard case .signal(let s) = try CoachingTarget.find(signalId, in: ctx.workspace, asOf: ctx.today) else {
      throw .invalid(field: "signal", reason: "\"\(signalId)\" is already a coaching item")
    }
    if s.handling == .covered, let id = s.itemId {
      throw .invalid(field: "signal", reason: "signal \(s.id) is already covered by item \(id)")
    }
    return CoachingSignals.makeItem(
      from: s, id: ctx.newId("c-"), coachId: coachId ?? ctx.actor,
      dueDate: dueDate ?? ctx.today.adding(days: 7),
      createdAt: ctx.now)
  }
}

/// Dismisses (`until` nil) or snoozes a signal or an item, keeping the reason.
public struct SetAsideCoaching: WorkspaceCommand {
  public var id: String
  public var reason: String
  /// Snooze until this day; nil dismisses.
  public var until: Day?
  public var coachId: String?

  public init(id: String, reason: String, until: Day? = nil, coachId: String? = nil) {
    self.id = id
    self.reason = reason
    self.until = until
    self.coachId = coachId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let reason = try CommandRules.name(reason, field: "reason")
    let coach = coachId ?? ctx.actor
    let item: CoachingItem
    switch try CoachingTarget.find(id, in: ctx.workspace, asOf: ctx.today) {
    case .signal(let s):
      let newId = ctx.newId("c-")
      item =
        until.map {
          CoachingSignals.snooze(s, id: newId, coachId: coach, until: $0, reason: reason, at: ctx.now)
        }
        ?? CoachingSignals.dismiss(s, id: newId, coachId: coach, reason: reason, at: ctx.now)
    case .item(let existing):
      item =
        until.map { CoachingSignals.snooze(existing, until: $0, reason: reason) }
        ?? CoachingSignals.dismiss(existing, reason: reason)
    }
    return Edit(
      summary: "\(until == nil ? "dismiss" : "snooze") \(item.title)", mutations: [.put(.coaching(item))],
      recordId: item.id)
  }
}

/// Records a commitment on an item; a checked one (other than training) needs a deal.
public struct AddCommitment: WorkspaceCommand {
  public var itemId: String
  public var text: String
  public var check: CoachingItem.Commitment.Check
  public var dealId: String?
  public var by: Day?

  public init(
    itemId: String, text: String, check: CoachingItem.Commitment.Check = .manual, dealId: String? = nil,
    by: Day? = nil
  ) {
    self.itemId = itemId
    self.text = text
    self.check = check
    self.dealId = dealId
    self.by = by
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let item = try adding(to: try CoachingTarget.item(itemId, in: ctx.workspace), ctx.workspace)
    return Edit(summary: "commitment on \(item.title)", mutations: [.put(.coaching(item))], recordId: item.id)
  }

  /// The item with this commitment added: the one rule for a valid commitment (a known deal; a
  /// data check other than training needs one), shared with `CommitOnSignal`.
  func adding(to item: CoachingItem, _ ws: Workspace) throws(CommandError) -> CoachingItem {
    var item = item
    let text = try CommandRules.name(text, field: "text")
    if let dealId { _ = try CommandRules.deal(dealId, ws) }
    if check != .manual && check != .trainingCompleted && dealId == nil {
      throw .invalid(field: "check", reason: "\(check.rawValue) needs a deal (--deal)")
    }
    item.commitments.append(
      CoachingItem.Commitment(
        text: text, check: check, dealId: dealId, trainingModuleId: item.trainingModuleId, by: by))
    if item.status == .open { item.status = .inProgress }
    return item
  }
}

/// Adds session notes to an item; the author is the coach given, else the actor, else the item's coach.
public struct AddSessionNote: WorkspaceCommand {
  public var itemId: String
  public var text: String
  public var authorId: String?

  public init(itemId: String, text: String, authorId: String? = nil) {
    self.itemId = itemId
    self.text = text
    self.authorId = authorId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var item = try CoachingTarget.item(itemId, in: ctx.workspace)
    item.notes.append(
      CoachingItem.SessionNote(
        at: ctx.now, authorId: authorId ?? ctx.actor ?? item.coachId,
        text: try CommandRules.name(text, field: "text")))
    return Edit(summary: "notes on \(item.title)", mutations: [.put(.coaching(item))], recordId: item.id)
  }
}

/// Marks an item done.
public struct CompleteCoachingItem: WorkspaceCommand {
  public var itemId: String
  public init(itemId: String) { self.itemId = itemId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var item = try CoachingTarget.item(itemId, in: ctx.workspace)
    item.status = .done
    return Edit(summary: "done \(item.title)", mutations: [.put(.coaching(item))], recordId: item.id)
  }
}

/// Deletes a coaching item with its commitments (they live inside it). Training assigned from it
/// stays assigned, unlinked from the item: the rep still has to take it.
public struct DeleteCoachingItem: DeleteCommand {
  public var itemId: String
  public init(itemId: String) { self.itemId = itemId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let item = try CoachingTarget.item(itemId, in: ws)
    let assignments = ws.assignments.items.filter { $0.coachingItemId == item.id }
    let unlinked: [Mutation] = assignments.map {
      var a = $0
      a.coachingItemId = nil
      return .put(.assignment(a))
    }
    let effects = [
      DeletePlan.effect("deletes", item.commitments.count, "commitment", names: item.commitments.map(\.text)),
      DeletePlan.effect(
        "unlinks", assignments.count, "training assignment",
        names: assignments.map { ws.training[id: $0.moduleId]?.title ?? $0.moduleId }),
    ].compactMap { $0 }
    let edit = Edit(
      summary: "deleted coaching item \(item.title)", mutations: unlinked + [.delete(.coaching, id: item.id)],
      recordId: item.id)
    return DeletePlan(record: "coaching item \(item.title)", effects: effects, edit: edit)
  }
}

/// Moves a deal to a stage (`deal move`, `<` `>` in the cockpit); moving an open deal to won or
/// lost closes it today, and into lost only with a reason (`CommandRules.lostReason`).
public struct MoveDealStage: WorkspaceCommand {
  public var dealId: String
  public var stage: String
  /// Why it was lost, when `stage` is the lost stage; ignored otherwise.
  public var reason: String?

  public init(dealId: String, stage: String, reason: String? = nil) {
    self.dealId = dealId
    self.stage = stage
    self.reason = reason
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    let st = try CommandRules.stage(stage, ctx.settings)
    let wasOpen = ctx.settings.stage(d.stage)?.isOpen ?? true
    if st.kind == .lost && d.stage != st.id {
      d.lostReason = try CommandRules.lostReason(reason ?? d.lostReason, ctx.settings)
    }
    d.move(to: st.id, at: ctx.now, by: ctx.actor)
    // Moving an open deal to won or lost closes it today, as `CloseDeal` does: a future close date
    // kept here would book the win in a later period.
    if wasOpen && !st.isOpen { d.setCloseDate(ctx.today, at: ctx.now, by: ctx.actor) }
    return Edit(summary: "stage of \(d.name) → \(st.name)", mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Closes a deal won or lost on a day (default today): `deal close`, `w` and `L` in the cockpit.
public struct CloseDeal: WorkspaceCommand {
  public var dealId: String
  public var won: Bool
  public var reason: String?
  public var on: Day?

  public init(dealId: String, won: Bool, reason: String? = nil, on: Day? = nil) {
    self.dealId = dealId
    self.won = won
    self.reason = reason
    self.on = on
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    guard (won ? ctx.settings.wonStage : ctx.settings.lostStage) != nil else {
      throw .workspace("the workspace has no \(won ? "won" : "lost") stage in settings.json")
    }
    let kept = won ? nil : try CommandRules.lostReason(reason, ctx.settings)
    d.close(won: won, reason: kept, on: on ?? ctx.today, settings: ctx.settings, at: ctx.now, by: ctx.actor)
    let summary = won ? "closed won \(d.name)" : "closed lost \(d.name) (\(d.lostReason ?? ""))"
    return Edit(summary: summary, mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Sets (or clears, with nil) a deal's next step and its day.
public struct SetNextStep: WorkspaceCommand {
  public var dealId: String
  public var step: String?
  public var date: Day?

  public init(dealId: String, step: String?, date: Day?) {
    self.dealId = dealId
    self.step = step
    self.date = date
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    d.setNextStep(CommandRules.text(step), date: date, at: ctx.now)
    return Edit(
      summary: "next step of \(d.name): \(d.nextStep ?? "") \(d.nextStepDate?.iso ?? "")",
      mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Deletes a deal by id (never by name: deleting the wrong one is too easy). Cascades by
/// unlinking: its activities stay in their owners' logs without a deal (a call that happened is
/// still history), coaching items drop it from their deal list, and a commitment checked against it
/// becomes one ticked by hand. The plan lists each; undo relinks them.
public struct DeleteDeal: DeleteCommand {
  public var dealId: String
  public init(dealId: String) { self.dealId = dealId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let d = try CommandRules.deal(dealId, ws)
    let activities = ws.activities.items.filter { $0.dealId == d.id }
    let unlinked: [Mutation] = activities.map {
      var a = $0
      a.dealId = nil
      return .put(.activity(a))
    }
    let listing = ws.coaching.items.filter { $0.dealIds.contains(d.id) }
    let commitments = ws.coaching.items.flatMap { $0.commitments.filter { $0.dealId == d.id } }
    let handoff = ws.handoffs[id: HandoffLifecycle.id(forDeal: d.id)]
    let effects = [
      DeletePlan.effect("unlinks", activities.count, "activity", names: activities.map(\.subject)),
      DeletePlan.effect("unlinks", listing.count, "coaching item", names: listing.map(\.title)),
      DeletePlan.effect(
        "unlinks (ticked by hand from now)", commitments.count, "coaching commitment",
        names: commitments.map(\.text)),
      handoff.map { "removes its handoff (\($0.doneCount) of \($0.steps.count) steps done)" },
    ].compactMap { $0 }
    let edit = Edit(
      summary: "deleted deal \(d.name)",
      mutations: unlinked + Self.unlinkCoaching(from: d, in: ws) + [.delete(.deals, id: d.id)]
        + (handoff.map { [.delete(.handoffs, id: $0.id)] } ?? []), recordId: d.id
    )
    return DeletePlan(record: "deal \(d.name)", effects: effects, edit: edit)
  }

  /// Coaching items stop pointing at the deal: it leaves their deal list, and a commitment checked
  /// against it ("set a dated next step on …") becomes one ticked by hand, its text kept, so the
  /// promise is not lost and no record names a deal that is gone.
  static func unlinkCoaching(from deal: Deal, in ws: Workspace) -> [Mutation] {
    ws.coaching.items.compactMap { item in
      guard item.dealIds.contains(deal.id) || item.commitments.contains(where: { $0.dealId == deal.id })
      else {
        return nil
      }
      var c = item
      c.dealIds.removeAll { $0 == deal.id }
      for i in c.commitments.indices where c.commitments[i].dealId == deal.id {
        c.commitments[i].dealId = nil
        if c.commitments[i].check != .trainingCompleted { c.commitments[i].check = .manual }
        if !c.commitments[i].text.contains(deal.name) { c.commitments[i].text += " (\(deal.name), deleted)" }
      }
      return .put(.coaching(c))
    }
  }
}

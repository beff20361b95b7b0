/// Changes fields of a deal: `deal update`, the edit form, importers re-reading a row. A nil
/// field is left alone; `.some(nil)` clears an optional one. Every change to name, account,
/// owner, amount, currency, stage, close date, probability and category is logged with the actor.
public struct UpdateDeal: WorkspaceCommand {
  public var dealId: String
  public var name: String?
  public var account: AccountChoice??
  public var ownerId: String?
  public var amount: Money?
  public var stage: String?
  public var closeDate: Day??
  public var probability: Int??
  public var forecastCategory: ForecastCategory??
  public var nextStep: String??
  public var nextStepDate: Day??
  public var tags: [String]?
  public var notes: String??
  public var lostReason: String??
  public var externalId: String??
  /// Buyer persona and main competitor (play fit reads both); `.some(nil)` clears.
  public var persona: String??
  public var competitor: String??

  public init(dealId: String) { self.dealId = dealId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var d = try CommandRules.deal(dealId, ws)
    guard hasChanges else {
      throw .invalid(field: "update", reason: "no field to change was given (see --help for the fields)")
    }
    if let name { _ = try CommandRules.name(name) }
    if let amount {
      _ = try CommandRules.money(amount)
      if let reason = LineItem.amountRefusal(for: d, typed: amount) {
        throw .invalid(field: "amount", reason: reason)
      }
    }
    if let ownerId { _ = try CommandRules.person(ownerId, field: "owner", ws) }
    if let stage { _ = try CommandRules.stage(stage, ws.settings) }
    if let probability { _ = try CommandRules.probability(probability) }
    var mutations: [Mutation] = []
    var accountId: String??
    if let account {
      if let choice = account {
        let (id, new) = try choice.resolve(owner: ownerId ?? d.ownerId, in: ctx)
        if let new { mutations.append(.put(.account(new))) }
        accountId = .some(id)
      } else {
        accountId = .some(nil)
      }
    }
    apply(to: &d, accountId: accountId, at: ctx.now, by: ctx.actor)
    mutations.append(.put(.deal(d)))
    return Edit(summary: "edited deal \(d.name)", mutations: mutations, recordId: d.id)
  }

  /// False for an update that names no field at all (a usage error, unlike a no-op update).
  public var hasChanges: Bool {
    name != nil || account != nil || ownerId != nil || amount != nil || stage != nil || closeDate != nil
      || probability != nil || forecastCategory != nil || nextStep != nil || nextStepDate != nil
      || tags != nil || notes != nil || lostReason != nil || externalId != nil || persona != nil
      || competitor != nil
  }

  /// The changes onto `deal` with resolved account id, no lookups: shared with the importers,
  /// whose new people and accounts are not in the workspace yet.
  func apply(to d: inout Deal, accountId: String??, at now: Timestamp, by: String?) {
    if let name { d.rename(CommandRules.text(name) ?? d.name, at: now, by: by) }
    if let accountId { d.setAccount(accountId, at: now, by: by) }
    if let externalId { d.externalId = externalId }
    if let ownerId { d.setOwner(ownerId, at: now, by: by) }
    if let amount { d.setMoney(amount, at: now, by: by) }
    if let stage { d.move(to: stage, at: now, by: by) }
    if let closeDate { d.setCloseDate(closeDate, at: now, by: by) }
    if let probability { d.setProbability(probability, at: now, by: by) }
    if let forecastCategory { d.setForecastCategory(forecastCategory, at: now, by: by) }
    if nextStep != nil || nextStepDate != nil {
      d.setNextStep(
        nextStep.map(CommandRules.text) ?? d.nextStep, date: nextStepDate ?? d.nextStepDate, at: now)
    }
    if let tags, tags != d.tags {
      d.tags = tags
      d.updatedAt = now
    }
    if let notes, notes != d.notes {
      d.notes = notes
      d.updatedAt = now
    }
    if let lostReason, lostReason != d.lostReason {
      d.lostReason = lostReason
      d.updatedAt = now
    }
    if let persona, CommandRules.text(persona) != d.persona {
      d.persona = CommandRules.text(persona)
      d.updatedAt = now
    }
    if let competitor, CommandRules.text(competitor) != d.competitor {
      d.competitor = CommandRules.text(competitor)
      d.updatedAt = now
    }
  }
}

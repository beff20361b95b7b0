/// Adds a deal: what `deal add`, the add form and the palette's `:deal` do.
///
/// Defaults, here only: the stage is the first open stage (no open stage is an error), the owner
/// is the actor, the amount is zero in the workspace currency.
public struct AddDeal: WorkspaceCommand {
  public var name: String
  public var account: AccountChoice?
  /// Person id; nil means the actor.
  public var ownerId: String?
  public var amount: Money?
  /// Stage id; nil means the first open stage.
  public var stage: String?
  public var closeDate: Day?
  public var probability: Int?
  public var nextStep: String?
  public var nextStepDate: Day?
  public var tags: [String]
  public var notes: String?
  /// Buyer persona and main competitor, read by play fit.
  public var persona: String?
  public var competitor: String?

  public init(
    name: String, account: AccountChoice? = nil, ownerId: String? = nil, amount: Money? = nil,
    stage: String? = nil, closeDate: Day? = nil, probability: Int? = nil, nextStep: String? = nil,
    nextStepDate: Day? = nil, tags: [String] = [], notes: String? = nil
  ) {
    self.name = name
    self.account = account
    self.ownerId = ownerId
    self.amount = amount
    self.stage = stage
    self.closeDate = closeDate
    self.probability = probability
    self.nextStep = nextStep
    self.nextStepDate = nextStepDate
    self.tags = tags
    self.notes = notes
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let name = try CommandRules.name(name)
    guard let owner = ownerId ?? ctx.actor else {
      throw .invalid(field: "owner", reason: "give the deal's owner")
    }
    _ = try CommandRules.person(owner, field: "owner", ws)
    let st: Stage
    if let stage {
      st = try CommandRules.stage(stage, ws.settings)
    } else {
      st = try CommandRules.defaultStage(ws.settings)
    }
    let prob = try CommandRules.probability(probability)
    let money = try CommandRules.money(amount ?? Money(minor: 0, currency: ws.settings.currency))
    var mutations: [Mutation] = []
    var accountId: String?
    if let account {
      let (id, new) = try account.resolve(owner: owner, in: ctx)
      if let new { mutations.append(.put(.account(new))) }
      accountId = id
    }
    var deal = DealRecords.make(
      id: ctx.newId("d-"), name: name, accountId: accountId, ownerId: owner, amount: money, stage: st.id,
      probability: prob, closeDate: closeDate, createdAt: ctx.now, nextStep: CommandRules.text(nextStep),
      nextStepDate: nextStepDate, tags: tags.filter { !$0.isEmpty }, notes: CommandRules.text(notes),
      by: ctx.actor)
    deal.persona = CommandRules.text(persona)
    deal.competitor = CommandRules.text(competitor)
    mutations.append(.put(.deal(deal)))
    var summary = "added deal \(name) \(Money.compact(money.minor, currency: money.currency))"
    if let closeDate { summary += " closing \(closeDate.iso)" }
    return Edit(summary: summary, mutations: mutations, recordId: deal.id)
  }
}

/// Logs one call from call mode or `salesfloor calls log`: the call as a done activity with the
/// contact it was with, and the deal's next step when the outcome sets one, in one transaction
/// (one undo step).
public struct LogCallOutcome: WorkspaceCommand {
  public var dealId: String
  /// The contact called (nil: the deal has none yet); must be on the deal's account or buying team.
  public var contactId: String?
  public var outcome: CallOutcome

  public init(dealId: String, contactId: String?, outcome: CallOutcome) {
    self.dealId = dealId
    self.contactId = contactId
    self.outcome = outcome
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let deal = try CommandRules.deal(dealId, ws)
    if let contactId {
      let c = try ContactRules.contact(contactId, ws)
      guard c.accountId == deal.accountId || deal.contacts.contains(where: { $0.contactId == c.id }) else {
        throw .invalid(
          field: "contact", reason: "\(c.name) is not at \(deal.name)'s account nor on its buying team")
      }
    }
    var edit = try LogActivity(kind: outcome.kind, subject: outcome.subject, dealId: deal.id, done: true)
      .edit(in: ctx)
    edit.mutations = edit.mutations.map { m in
      guard case .put(.activity(var a)) = m else { return m }
      a.contactId = contactId
      return .put(.activity(a))
    }
    var summary = "call on \(deal.name): \(outcome.subject)"
    if let step = outcome.nextStep {
      let next = try SetNextStep(dealId: deal.id, step: step, date: outcome.nextStepDate).edit(in: ctx)
      edit.mutations += next.mutations
      summary += "; next step \(step) \(outcome.nextStepDate?.iso ?? "")"
    }
    edit.summary = summary
    return edit
  }
}

import SalesFloorKit

/// The Handoffs view's forms: a step done (note optional) or blocked (note required), saved
/// through `MarkHandoffStep` like `handoff done|block` on the command line.
enum HandoffForms {
  static func make(
    handoffId: String, step: Int, mark: MarkHandoffStep.Mark, state s: CockpitState, context ctx: FormContext
  ) -> Form? {
    let ws = s.workspace
    guard let h = ws.handoffs[id: handoffId], h.steps.indices.contains(step) else { return nil }
    let deal = ws.deals[id: h.dealId]?.name ?? h.dealId
    let name = h.steps[step].name
    let title = mark == .block ? "Block · \(name) · \(deal)" : "Done · \(name) · \(deal)"
    let note =
      mark == .block
      ? FormField("note", "Why is it blocked?", .text, required: true, value: h.steps[step].note ?? "")
      : FormField("note", "Note (optional)", .text)
    return Form(
      title: title, fields: [note], context: ctx,
      purpose: .action(.handoffStep(handoffId: handoffId, step: step, mark: mark)))
  }
}

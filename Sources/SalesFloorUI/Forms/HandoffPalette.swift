import SalesFloorKit

/// `:handoff DEAL… [done|block|reopen] [NOTE…]`: from anywhere, open a won deal's handoff in the
/// Handoffs view, or tick, block or re-open the step it waits on (for `reopen`, the last one set).
enum HandoffPalette {
  static let usage = "handoff DEAL [done|block|reopen] [NOTE], e.g. handoff Acme done PO arrived"

  static func parse(_ args: [String], workspace ws: Workspace) -> Result<PaletteCommand, InputError> {
    let won = ws.handoffs.items.compactMap { h in ws.deals[id: h.dealId].map { (h.id, $0.name) } }
    guard let hit = PaletteGrammar.longestLeadingMatch(args, won) else {
      return .failure(InputError(field: "deal", message: "no won deal with a handoff by that name: \(usage)"))
    }
    let rest = Array(args.dropFirst(hit.count))
    guard let first = rest.first else { return .success(.handoff(handoffId: hit.id, mark: nil, note: nil)) }
    guard let mark = MarkHandoffStep.Mark(rawValue: first.lowercased()) else {
      return .failure(
        InputError(field: "step", message: "\"\(first)\" is not done, block or reopen: \(usage)"))
    }
    let note = rest.dropFirst().joined(separator: " ")
    return .success(.handoff(handoffId: hit.id, mark: mark, note: note.isEmpty ? nil : note))
  }

  /// The edit a mark makes: the default step (`MarkHandoffStep.defaultStep`) with the note.
  static func plan(
    _ handoffId: String, mark: MarkHandoffStep.Mark, note: String?, ctx: CommandContext
  ) throws(CommandError) -> Edit {
    let h = try HandoffRules.handoff(id: handoffId, ctx.workspace)
    let step = try MarkHandoffStep.defaultStep(mark, in: h)
    return try MarkHandoffStep(handoffId: handoffId, step: step, mark: mark, note: note).edit(in: ctx)
  }
}

extension CockpitProgram {
  /// `:handoff DEAL`: the Handoffs view with that deal's row selected and its steps open.
  mutating func showHandoff(_ handoffId: String) {
    show(.handoffs)
    let rows = state.data.handoffQueue.rows
    guard let i = rows.firstIndex(where: { $0.handoffId == handoffId }) else {
      let name = state.workspace.handoffs[id: handoffId].flatMap {
        state.workspace.deals[id: $0.dealId]?.name
      }
      state.status = StatusMessage(
        "the handoff of \(name ?? handoffId) is complete: `salesfloor handoff show` lists its steps",
        kind: .info)
      return
    }
    moveHandoff(i - state.views.handoffs.cursor.index, count: rows.count)
    state.views.handoffs.openId = handoffId
  }
}

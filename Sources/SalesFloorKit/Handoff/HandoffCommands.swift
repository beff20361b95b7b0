import Foundation

/// Ticks, blocks or re-opens one step of a handoff (`handoff done|block|reopen`, `x` and `b` in the
/// Handoffs view). One transaction each, undoable. Steps are sequential: only the step the handoff
/// waits on can be done or blocked, and only the last done step (or a blocked one) re-opened, so
/// every step's age counts from the day the step before it was done.
public struct MarkHandoffStep: WorkspaceCommand {
  public enum Mark: String, Sendable, CaseIterable { case done, block, reopen }

  public var handoffId: String
  /// 0-based index of the step.
  public var step: Int
  public var mark: Mark
  /// What was noted: required to block (why, and what it waits for), optional otherwise.
  public var note: String?

  public init(handoffId: String, step: Int, mark: Mark, note: String? = nil) {
    self.handoffId = handoffId
    self.step = step
    self.mark = mark
    self.note = note
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var h = try HandoffRules.handoff(id: handoffId, ws)
    guard h.steps.indices.contains(step) else {
      throw .invalid(field: "step", reason: "the handoff has steps 1–\(h.steps.count), not \(step + 1)")
    }
    let note = CommandRules.text(note)
    let name = h.steps[step].name
    let waiting = h.waitingIndex
    switch mark {
    case .done, .block:
      guard let w = waiting else { throw .invalid(field: "step", reason: "every step is done already") }
      if step < w { throw .invalid(field: "step", reason: "step \(step + 1) (\(name)) is done already") }
      if step > w {
        throw .invalid(
          field: "step",
          reason: "step \(step + 1) (\(name)) waits on step \(w + 1) (\(h.steps[w].name)) first")
      }
      if mark == .done {
        h.steps[step].status = .done
        h.steps[step].doneAt = ctx.now
        h.steps[step].doneBy = ctx.actor
        if let note { h.steps[step].note = note }
        if h.waitingIndex == nil { h.completedOn = ctx.today }
      } else {
        guard let note else { throw .invalid(field: "note", reason: "say why the step is blocked") }
        h.steps[step].status = .blocked
        h.steps[step].blockedAt = ctx.now
        h.steps[step].doneBy = ctx.actor
        h.steps[step].note = note
      }
    case .reopen:
      switch h.steps[step].status {
      case .pending:
        throw .invalid(field: "step", reason: "step \(step + 1) (\(name)) is not done or blocked")
      case .blocked: h.steps[step].status = .pending
      case .done:
        if step + 1 < h.steps.count && h.steps[step + 1].status == .done {
          throw .invalid(field: "step", reason: "re-open step \(step + 2) (\(h.steps[step + 1].name)) first")
        }
        h.steps[step].status = .pending
        h.steps[step].doneAt = nil
        h.steps[step].doneBy = nil
        h.completedOn = nil
      }
      if let note { h.steps[step].note = note }
    }
    let deal = ws.deals[id: h.dealId]?.name ?? h.dealId
    let verb = ["done": "done", "block": "blocked", "reopen": "re-opened"][mark.rawValue] ?? mark.rawValue
    return Edit(
      summary: "handoff of \(deal): \(name) \(verb)", mutations: [.put(.handoff(h))], recordId: h.id)
  }
}

/// Finding handoffs and their steps from what people type.
public enum HandoffRules {
  public static func handoff(id: String, _ ws: Workspace) throws(CommandError) -> Handoff {
    try CommandRules.record(
      ws.handoffs[id: id], kind: "handoff", id: id, hint: "see `salesfloor handoff list`")
  }

  /// The handoff of a deal id or a handoff id (`handoff show DEAL|ID`).
  public static func handoff(for text: String, in ws: Workspace) throws(CommandError) -> Handoff {
    if let h = ws.handoffs[id: text] ?? ws.handoffs[id: HandoffLifecycle.id(forDeal: text)] { return h }
    if let d = ws.deals[id: text] {
      throw .workspace("deal \(d.name) has no handoff: handoffs start when an open deal is won")
    }
    throw .notFound(
      kind: "handoff", query: text, hint: "give a deal id or a handoff id (`salesfloor handoff list`)")
  }

  /// A 0-based step index from a 1-based number or a step name (case-insensitive, or its start
  /// when only one step begins so).
  public static func step(_ text: String, in h: Handoff) throws(CommandError) -> Int {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let n = Int(t) {
      guard h.steps.indices.contains(n - 1) else {
        throw .invalid(field: "step", reason: "the handoff has steps 1–\(h.steps.count), not \(n)")
      }
      return n - 1
    }
    let key = t.lowercased()
    if let i = h.steps.firstIndex(where: { $0.name.lowercased() == key }) { return i }
    let starts = h.steps.indices.filter { h.steps[$0].name.lowercased().hasPrefix(key) }
    if starts.count == 1, let i = starts.first { return i }
    let names = h.steps.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ")
    throw .invalid(field: "step", reason: "\"\(t)\" is none of the steps (\(names))")
  }
}

extension MarkHandoffStep {
  /// The step a mark means when none is named: the step the handoff waits on, or for `reopen`
  /// the last one done or blocked. One rule for `handoff done|block|reopen` and `:handoff`.
  public static func defaultStep(_ mark: Mark, in h: Handoff) throws(CommandError) -> Int {
    if mark == .reopen {
      guard let last = h.steps.lastIndex(where: { $0.status != .pending }) else {
        throw .invalid(field: "step", reason: "no step of this handoff is done or blocked")
      }
      return last
    }
    guard let w = h.waitingIndex else {
      throw .invalid(field: "step", reason: "every step of this handoff is done")
    }
    return w
  }
}

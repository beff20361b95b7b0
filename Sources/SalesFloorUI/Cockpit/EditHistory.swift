import SalesFloorKit

/// One committed edit, kept so it can be reversed: the mutations that reverse it (as the store
/// returned them) and the revisions its records had right after, so undoing an edit to a record
/// another process changed since is refused rather than overwriting theirs.
public struct EditStep: Hashable, Sendable {
  public var summary: String
  /// What to commit to reverse this step.
  public var reverse: [Mutation]
  public var revisions: [RecordKey: UInt64]
}

/// The session's undo and redo stacks. Undo and redo are themselves durable transactions.
public struct EditHistory: Hashable, Sendable {
  public var undo: [EditStep] = []
  public var redo: [EditStep] = []
  public init() {}
}

/// A destructive edit waiting for `y`.
public struct Confirmation: Hashable, Sendable {
  public var question: String
  public var summary: String
  public var mutations: [Mutation]

  /// Draws the question as a small modal.
  public func render(into grid: inout Grid, glyphs: Glyphs) {
    let width = min(grid.width - 2, max(30, DisplayWidth.of(question) + 6))
    let inner = Modal(title: "Confirm", size: Size(width: width, height: 5), glyphs: glyphs).render(
      into: &grid
    )
    .inset(left: 1, right: 1)
    guard inner.height >= 1 else { return }
    grid.write(question, at: Point(x: inner.x, y: inner.y), style: Style(.warning, [.bold]), clip: inner)
    if inner.height >= 3 {
      grid.write(
        "y yes · n / Esc no", at: Point(x: inner.x, y: inner.y + 2), style: Style(.muted), clip: inner)
    }
  }
}

extension EditHistory {
  /// The footer text for undoing `step` given the workspace before the undo: a stage change reads
  /// "stage of Acme renewal back to Proposal", anything else "undid: <summary>".
  static func undoText(_ step: EditStep, before ws: Workspace) -> String {
    for m in step.reverse {
      guard case .put(.deal(let old)) = m, let now = ws.deals[id: old.id], now.stage != old.stage else {
        continue
      }
      let name = ws.settings.stage(old.stage)?.name ?? old.stage
      return "undid: stage of \(old.name) back to \(name)"
    }
    return "undid: \(step.summary)"
  }
}

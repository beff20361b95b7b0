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

/// An edit waiting for `y` (or Enter): a title, the lines of what changes, and the question. Generic
/// on purpose: deletes, closes, imports and bulk changes all show their plan through it.
public struct Confirmation: Hashable, Sendable {
  public var question: String
  public var summary: String
  public var mutations: [Mutation]
  /// Lines shown above the question (what changes); empty for a plain yes/no.
  public var details: [String]
  /// The modal's title; nil: "Confirm", or the preview title when there are details.
  public var title: String?

  public init(
    question: String, summary: String, mutations: [Mutation], details: [String] = [], title: String? = nil
  ) {
    self.question = question
    self.summary = summary
    self.mutations = mutations
    self.details = details
    self.title = title
  }

  /// Draws the details and the question as a modal sized to fit (details scroll off when long).
  public func render(into grid: inout Grid, glyphs: Glyphs) {
    let widest = ([question] + details).map { DisplayWidth.of($0) }.max() ?? 0
    let width = min(grid.width - 2, max(30, widest + 6))
    let shown = min(details.count, max(0, grid.height - 10))
    let height = 5 + (shown > 0 ? shown + 1 : 0)
    let title = self.title ?? (details.isEmpty ? "Confirm" : "Preview: nothing is written until you press y")
    let inner = Modal(title: title, size: Size(width: width, height: height), glyphs: glyphs).render(
      into: &grid
    )
    .inset(left: 1, right: 1)
    guard inner.height >= 1 else { return }
    var y = inner.y
    for line in details.prefix(shown) {
      grid.write(line, at: Point(x: inner.x, y: y), style: Style(.text), clip: inner)
      y += 1
    }
    if shown > 0 { y += 1 }
    grid.write(question, at: Point(x: inner.x, y: y), style: Style(.warning, [.bold]), clip: inner)
    if y + 2 < inner.maxY {
      grid.write(
        "y / Enter yes · n / Esc no", at: Point(x: inner.x, y: y + 2), style: Style(.muted), clip: inner)
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

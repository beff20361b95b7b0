import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor handoff list|show|done|block|reopen`: the steps between Closed Won and delivery.
/// Handoffs start by themselves when a deal is won (`HandoffLifecycle`); these commands read them
/// and tick their steps.
struct HandoffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "handoff", abstract: "List won deals' handoffs and tick, block or re-open their steps.",
    subcommands: [
      HandoffList.self, HandoffShow.self, HandoffDone.self, HandoffBlock.self, HandoffReopen.self,
      HandoffTemplateCommand.self,
    ])
}

extension WorkspaceContext {
  /// The handoff of a handoff id, or of a deal given by name or id.
  func handoff(_ text: String) throws -> Handoff {
    if let h = workspace.handoffs[id: text] { return h }
    return try HandoffRules.handoff(for: deal(text).id, in: workspace)
  }
}

struct HandoffList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Handoffs, oldest win first: the step each waits on, its owner and age.")
  @OptionGroup var workspace: WorkspaceOptions
  @Flag(help: "Only handoffs still waiting on a step (leave out completed ones).") var waiting = false
  @Option(help: "Only steps owned by this person (name or id) or role (e.g. Finance).") var owner: String?
  @OptionGroup var asOfOption: AsOfOption
  @OptionGroup var output: OutputOptions

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    var rows = ctx.workspace.handoffRows(asOf: asOf, completed: !waiting)
    if let owner {
      let person = try? ctx.person(owner)
      let key = owner.lowercased()
      rows = rows.filter { r in
        if let p = person, r.ownerPersonId == p.id { return true }
        return r.ownerPersonId == nil && r.owner?.lowercased() == key
      }
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "DEAL"), .init(title: "ACCOUNT"), .init(title: "WON"), .init(title: "STEPS"),
          .init(title: "WAITING ON"), .init(title: "OWNER"), .init(title: "DAYS", align: .right),
          .init(title: "TARGET", align: .right), .init(title: ""),
        ])
        for r in rows {
          let marker = r.blocked ? "blocked" : r.isPastTarget ? "past target" : ""
          t.add(
            [
              r.deal, r.account ?? "", r.startedOn.iso, "\(r.doneCount)/\(r.stepCount)",
              r.step ?? "complete \(r.completedOn?.iso ?? "")", r.owner ?? "", r.days.map(String.init) ?? "",
              r.targetDays.map(String.init) ?? "", marker,
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct HandoffShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a handoff's steps: owner, target, status, who and when.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal (name or id) or handoff id.") var deal: String
  @OptionGroup var asOfOption: AsOfOption

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let h = try ctx.handoff(deal)
    let row = HandoffRow(h, in: ws, asOf: asOf)
    var text = "\(row.deal) (\(h.dealId)) — handoff \(h.id)\n"
    if let a = row.account { text += "  account: \(a)\n" }
    text += "  won: \(h.startedOn.iso)   template: \(h.templateId)\n"
    text += "  \(row.progressText)\n"
    for (i, s) in h.steps.enumerated() {
      var line =
        "  \(i + 1). \(s.name) — \(s.ownerText(in: ws)), target \(s.targetDays) d: \(s.status.rawValue)"
      if let days = h.days(ofStep: i, asOf: asOf) {
        line += " (\(days) d\(days > s.targetDays ? ", past target" : ""))"
      }
      let who = s.doneBy.map { ws.people[id: $0]?.name ?? $0 }
      if s.status == .done, let at = s.doneAt { line += " \(at.day.iso)" + (who.map { " by \($0)" } ?? "") }
      if s.status == .blocked, let at = s.blockedAt {
        line += " since \(at.day.iso)" + (who.map { " by \($0)" } ?? "")
      }
      if let n = s.note { line += " — \(n)" }
      text += line + "\n"
    }
    if let c = h.completedOn { text += "  completed: \(c.iso)\n" }
    Printer.write(text)
  }
}

/// What `done`, `block` and `reopen` share: which handoff, which step, the note, who.
struct HandoffStepOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal (name or id) or handoff id.") var deal: String
  @Option(help: "Step: its number (1 = first) or name; default the step the handoff waits on.") var step:
    String?
  @OptionGroup var actor: ActorOption

  /// Runs the mark on the chosen step (default: the waiting one, or for reopen the last one set).
  func mark(_ mark: MarkHandoffStep.Mark, note: String?) throws {
    let ctx = try WorkspaceContext.open(workspace)
    let h = try ctx.handoff(deal)
    let index: Int
    if let step {
      index = try HandoffRules.step(step, in: h)
    } else {
      index = try MarkHandoffStep.defaultStep(mark, in: h)
    }
    let edit = try ctx.run(MarkHandoffStep(handoffId: h.id, step: index, mark: mark, note: note), as: actor)
    Printer.write(edit.summary + "\n")
  }
}

struct HandoffDone: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "done", abstract: "Mark a handoff step done (default: the step it waits on).")
  @OptionGroup var options: HandoffStepOptions
  @Option(help: "A note kept with the step.") var note: String?
  func run() throws { try options.mark(.done, note: note) }
}

struct HandoffBlock: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "block", abstract: "Mark a handoff step blocked, with the reason.")
  @OptionGroup var options: HandoffStepOptions
  @Option(help: "Why it is blocked (required).") var note: String
  func run() throws { try options.mark(.block, note: note) }
}

struct HandoffReopen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen", abstract: "Re-open a done or blocked step (default: the last one).")
  @OptionGroup var options: HandoffStepOptions
  @Option(help: "A note kept with the step.") var note: String?
  func run() throws { try options.mark(.reopen, note: note) }
}

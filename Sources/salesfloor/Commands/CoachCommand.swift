import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor coach …`: what a manager does with the coaching queue — turn a signal into an item,
/// dismiss or snooze it (the reason is kept), add commitments and session notes, assign training.
struct CoachCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coach",
    abstract: "Act on coaching signals and items (ids from `salesfloor report coaching`).",
    subcommands: [
      CoachAccept.self, CoachDismiss.self, CoachSnooze.self, CoachCommit.self, CoachNote.self, CoachDone.self,
      CoachTrain.self, CoachAgenda.self,
    ])
}

/// Options every coach command shares.
struct CoachOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Who is coaching (name or id); recorded on new items.") var coach: String?
  @OptionGroup var actor: ActorOption

  /// Opens the workspace and the context of a coach command: its actor, and `--as-of` as today.
  func open() throws -> (ctx: WorkspaceContext, actor: String?, coachId: String?, asOf: Day) {
    let ctx = try WorkspaceContext.open(workspace)
    return (ctx, try ctx.actor(actor), try coach.map { try ctx.person($0).id }, try asOfOption.day())
  }
}

struct CoachAccept: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept", abstract: "Turn a signal into a coaching item.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Signal id, e.g. stalledDeals:p-004.") var signal: String
  @Option(help: "Due date (default +7d).") var due: String?

  func run() throws {
    let (ctx, actor, coachId, asOf) = try options.open()
    let dueDay = try due.map { try CLIInput.day($0, flag: "due", settings: ctx.workspace.settings) }
    let edit = try ctx.run(
      AcceptSignal(signalId: signal, dueDate: dueDay, coachId: coachId), actor: actor, today: asOf)
    guard case .coaching(let item) = edit.record else { return }
    Printer.write(
      "added \(item.id): \(item.title) for \(ctx.workspace.people[id: item.personId]?.name ?? item.personId), due \(item.dueDate?.iso ?? "-")\n"
    )
  }
}

struct CoachDismiss: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dismiss", abstract: "Dismiss a signal or an item, keeping the reason.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Signal id or item id.") var id: String
  @Option(help: "Why (kept with the record).") var reason: String

  func run() throws {
    let (ctx, actor, coachId, asOf) = try options.open()
    let edit = try ctx.run(
      SetAsideCoaching(id: id, reason: reason, coachId: coachId), actor: actor, today: asOf)
    Printer.write("dismissed \(edit.recordId ?? id): \(reason)\n")
  }
}

struct CoachSnooze: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snooze", abstract: "Snooze a signal or an item until a day, keeping the reason.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Signal id or item id.") var id: String
  @Option(help: "Until when: YYYY-MM-DD, +7d, fri.") var until: String
  @Option(help: "Why (kept with the record).") var reason: String

  func run() throws {
    let (ctx, actor, coachId, asOf) = try options.open()
    let day = try CLIInput.day(until, flag: "until", settings: ctx.workspace.settings)
    let edit = try ctx.run(
      SetAsideCoaching(id: id, reason: reason, until: day, coachId: coachId), actor: actor, today: asOf)
    Printer.write("snoozed \(edit.recordId ?? id) until \(day): \(reason)\n")
  }
}

struct CoachCommit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "commit",
    abstract: "Record a commitment on an item; with --check it is verified from the data.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String
  @Option(help: "What was agreed.") var text: String
  @Option(help: "manual, nextStepSet, activityLogged, stageAdvanced or trainingCompleted.") var check:
    String = "manual"
  @Option(help: "Deal the commitment is about (name or id).") var deal: String?
  @Option(help: "By when.") var by: String?

  func run() throws {
    let (ctx, actor, _, asOf) = try options.open()
    guard let kind = CoachingItem.Commitment.Check(rawValue: check) else {
      throw CLIError.usage(
        "--check \"\(check)\": manual, nextStepSet, activityLogged, stageAdvanced or trainingCompleted")
    }
    let dealId = try deal.map { try ctx.deal($0).id }
    let byDay = try by.map { try CLIInput.day($0, flag: "by", settings: ctx.workspace.settings) }
    let edit = try ctx.run(
      AddCommitment(itemId: id, text: text, check: kind, dealId: dealId, by: byDay), actor: actor, today: asOf
    )
    Printer.write("\(edit.recordId ?? id): committed \"\(text)\"\(byDay.map { " by \($0)" } ?? "")\n")
  }
}

struct CoachNote: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note", abstract: "Add session notes to an item.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String
  @Option(help: "The notes.") var text: String

  func run() throws {
    let (ctx, actor, coachId, asOf) = try options.open()
    try ctx.run(AddSessionNote(itemId: id, text: text, authorId: coachId), actor: actor, today: asOf)
    Printer.write("\(id): note added\n")
  }
}

struct CoachDone: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an item done.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String

  func run() throws {
    let (ctx, actor, _, asOf) = try options.open()
    try ctx.run(CompleteCoachingItem(itemId: id), actor: actor, today: asOf)
    Printer.write("\(id): done\n")
  }
}

struct CoachTrain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign-training", abstract: "Assign a training module from a coaching item.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String
  @Option(help: "Training module id.") var module: String
  @Option(help: "Due date.") var due: String?

  func run() throws {
    let (ctx, actor, _, asOf) = try options.open()
    let dueDay = try due.map { try CLIInput.day($0, flag: "due", settings: ctx.workspace.settings) }
    let edit = try ctx.run(
      AssignTraining(personId: nil, moduleId: module, dueDate: dueDay, coachingItemId: id), actor: actor,
      today: asOf)
    let title = ctx.workspace.training[id: module]?.title ?? module
    Printer.write("\(id): assigned \(title) as \(edit.recordId ?? "")\n")
  }
}

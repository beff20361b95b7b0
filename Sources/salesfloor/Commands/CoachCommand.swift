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
      CoachTrain.self,
    ])
}

/// Finds a live signal (`kind:personId`) or a stored item by id.
enum CoachTarget {
  case signal(CoachingSignal)
  case item(CoachingItem)

  static func find(_ id: String, ctx: WorkspaceContext, asOf: Day) throws -> CoachTarget {
    let ws = ctx.workspace
    if let item = ws.coaching[id: id] { return .item(item) }
    let period = Period.containing(asOf, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    if let s = CoachingSignals.detect(ws, scope: .everyone, period: period, asOf: asOf).first(where: {
      $0.id == id
    }) {
      return .signal(s)
    }
    throw CLIError.usage("no coaching item or current signal \"\(id)\": see `salesfloor report coaching`")
  }

  static func item(_ id: String, ctx: WorkspaceContext) throws -> CoachingItem {
    guard let item = ctx.workspace.coaching[id: id] else {
      throw CLIError.usage("no coaching item \"\(id)\": see `salesfloor report coaching`")
    }
    return item
  }
}

/// Options every coach command shares.
struct CoachOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Who is coaching (name or id); recorded on new items.") var coach: String?
}

struct CoachAccept: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept", abstract: "Turn a signal into a coaching item.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Signal id, e.g. stalledDeals:p-004.") var signal: String
  @Option(help: "Due date (default +7d).") var due: String?

  func run() throws {
    let ctx = try WorkspaceContext.open(options.workspace)
    let asOf = try options.asOfOption.day()
    guard case .signal(let s) = try CoachTarget.find(signal, ctx: ctx, asOf: asOf) else {
      throw CLIError.usage("\"\(signal)\" is already a coaching item")
    }
    if s.handling == .covered, let id = s.itemId {
      throw CLIError.usage("signal \(s.id) is already covered by item \(id)")
    }
    let coachId = try options.coach.map { try ctx.person($0).id }
    let dueDay =
      try due.map { try CLIInput.day($0, flag: "due", settings: ctx.workspace.settings) }
      ?? asOf.adding(days: 7)
    let item = CoachingSignals.makeItem(
      from: s, id: WorkspaceStore.newId(prefix: "c-"), coachId: coachId, dueDate: dueDay,
      createdAt: Clock.now())
    try ctx.commit("coaching item \(item.title)", [.put(.coaching(item))])
    Printer.write(
      "added \(item.id): \(item.title) for \(ctx.workspace.people[id: item.personId]?.name ?? item.personId), due \(dueDay)\n"
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
    let ctx = try WorkspaceContext.open(options.workspace)
    let asOf = try options.asOfOption.day()
    let coachId = try options.coach.map { try ctx.person($0).id }
    let item: CoachingItem
    switch try CoachTarget.find(id, ctx: ctx, asOf: asOf) {
    case .signal(let s):
      item = CoachingSignals.dismiss(
        s, id: WorkspaceStore.newId(prefix: "c-"), coachId: coachId, reason: reason, at: Clock.now())
    case .item(let existing):
      item = CoachingSignals.dismiss(existing, reason: reason)
    }
    try ctx.commit("dismiss \(item.title)", [.put(.coaching(item))])
    Printer.write("dismissed \(item.id): \(reason)\n")
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
    let ctx = try WorkspaceContext.open(options.workspace)
    let asOf = try options.asOfOption.day()
    let day = try CLIInput.day(until, flag: "until", settings: ctx.workspace.settings)
    let coachId = try options.coach.map { try ctx.person($0).id }
    let item: CoachingItem
    switch try CoachTarget.find(id, ctx: ctx, asOf: asOf) {
    case .signal(let s):
      item = CoachingSignals.snooze(
        s, id: WorkspaceStore.newId(prefix: "c-"), coachId: coachId, until: day, reason: reason,
        at: Clock.now())
    case .item(let existing):
      item = CoachingSignals.snooze(existing, until: day, reason: reason)
    }
    try ctx.commit("snooze \(item.title)", [.put(.coaching(item))])
    Printer.write("snoozed \(item.id) until \(day): \(reason)\n")
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
    let ctx = try WorkspaceContext.open(options.workspace)
    var item = try CoachTarget.item(id, ctx: ctx)
    guard let kind = CoachingItem.Commitment.Check(rawValue: check) else {
      throw CLIError.usage(
        "--check \"\(check)\": manual, nextStepSet, activityLogged, stageAdvanced or trainingCompleted")
    }
    let dealId = try deal.map { try ctx.deal($0).id }
    if kind != .manual && kind != .trainingCompleted && dealId == nil {
      throw CLIError.usage("--check \(check) needs --deal")
    }
    let byDay = try by.map { try CLIInput.day($0, flag: "by", settings: ctx.workspace.settings) }
    item.commitments.append(
      CoachingItem.Commitment(
        text: text, check: kind, dealId: dealId, trainingModuleId: item.trainingModuleId, by: byDay))
    if item.status == .open { item.status = .inProgress }
    try ctx.commit("commitment on \(item.title)", [.put(.coaching(item))])
    Printer.write("\(item.id): committed \"\(text)\"\(byDay.map { " by \($0)" } ?? "")\n")
  }
}

struct CoachNote: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note", abstract: "Add session notes to an item.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String
  @Option(help: "The notes.") var text: String

  func run() throws {
    let ctx = try WorkspaceContext.open(options.workspace)
    var item = try CoachTarget.item(id, ctx: ctx)
    let author = try options.coach.map { try ctx.person($0).id } ?? item.coachId
    item.notes.append(CoachingItem.SessionNote(at: Clock.now(), authorId: author, text: text))
    try ctx.commit("notes on \(item.title)", [.put(.coaching(item))])
    Printer.write("\(item.id): note added\n")
  }
}

struct CoachDone: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an item done.")
  @OptionGroup var options: CoachOptions
  @Argument(help: "Item id.") var id: String

  func run() throws {
    let ctx = try WorkspaceContext.open(options.workspace)
    var item = try CoachTarget.item(id, ctx: ctx)
    item.status = .done
    try ctx.commit("done \(item.title)", [.put(.coaching(item))])
    Printer.write("\(item.id): done\n")
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
    let ctx = try WorkspaceContext.open(options.workspace)
    let item = try CoachTarget.item(id, ctx: ctx)
    guard let m = ctx.workspace.training[id: module] else {
      throw CLIError.usage("no training module \"\(module)\": see `salesfloor training list`")
    }
    let dueDay = try due.map { try CLIInput.day($0, flag: "due", settings: ctx.workspace.settings) }
    let (updated, assignment) = CoachingSignals.assignTraining(
      item, module: m, assignmentId: WorkspaceStore.newId(prefix: "ta-"), on: try options.asOfOption.day(),
      due: dueDay)
    try ctx.commit("assign \(m.title)", [.put(.coaching(updated)), .put(.assignment(assignment))])
    Printer.write("\(item.id): assigned \(m.title) as \(assignment.id)\n")
  }
}

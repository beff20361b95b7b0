import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor activity add|list|done|update`.
struct ActivityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "activity", abstract: "Log, schedule, list and complete activities.",
    subcommands: [ActivityAdd.self, ActivityList.self, ActivityDone.self, ActivityUpdate.self])
}

struct ActivityAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Log or schedule an activity.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "call, email, meeting, demo or task.") var kind: String
  @Option var subject: String
  @Option(help: "Owner: person name or id.") var owner: String
  @Option(help: "Deal id or name.") var deal: String?
  @Option(help: "Due date (schedules it): YYYY-MM-DD, +2d, fri.") var due: String?
  @Flag(help: "Log it as already done.") var done = false
  @Option var notes: String?
  @Option(help: "Minutes spent (1–1440).") var minutes: Int?
  @Option(help: "The contact it was with: name or id (at the deal's account when --deal is given).")
  var contact: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    guard let k = Activity.Kind(rawValue: kind.lowercased()) else {
      throw CLIError.usage("--kind \"\(kind)\": one of call, email, meeting, demo, task")
    }
    let ownerId = try ctx.person(owner).id
    let d = try deal.map(ctx.deal)
    let dueDay = try due.map { try CLIInput.day($0, flag: "due", settings: ctx.workspace.settings) }
    var log = LogActivity(
      kind: k, subject: subject, ownerId: ownerId, dealId: d?.id, dueDate: dueDay, done: done ? true : nil,
      notes: notes, durationMinutes: minutes)
    // The deal's account first (two Danas at two companies); anyone else is refused by the command
    // with the reason ("works at Globex, not at the deal's account").
    log.contactId = try contact.map { text in
      let ws = ctx.workspace
      return try
        ((try? ContactRules.resolve(text, account: d?.accountId, in: ws))
        ?? ContactRules.resolve(text, in: ws)).id
    }
    let id = try ctx.run(log, as: actor).recordId ?? ""
    Printer.write(quiet ? id + "\n" : "added \(id) \(k.rawValue): \(subject)\n")
  }
}

struct ActivityList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List activities.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Only this owner's.") var owner: String?
  @Option(help: "Only this deal's.") var deal: String?
  @Flag(help: "Only open (not done) activities.") var open = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let ownerId = try owner.map { try ctx.person($0).id }
    let dealId = try deal.map { try ctx.deal($0).id }
    let items = ws.activities.items.filter {
      (ownerId == nil || $0.ownerId == ownerId) && (dealId == nil || $0.dealId == dealId)
        && (!open || !$0.isDone)
    }.sorted { ($0.dueDate ?? $0.createdAt.day, $0.id) < ($1.dueDate ?? $1.createdAt.day, $1.id) }
    try Printer.emit(
      items,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "KIND"), .init(title: "SUBJECT"), .init(title: "OWNER"),
          .init(title: "DEAL"), .init(title: "DUE"), .init(title: "DONE"),
        ])
        for a in items {
          t.add([
            a.id, a.kind.rawValue, a.subject, ws.people[id: a.ownerId]?.name ?? a.ownerId,
            a.dealId.flatMap { ws.deals[id: $0]?.name } ?? "", a.dueDate?.iso ?? "", a.doneAt?.iso ?? "",
          ])
        }
        return t
      }, format: output.format)
  }
}

struct ActivityDone: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an activity done.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Activity id.") var id: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    guard case .activity(let a) = try ctx.run(CompleteActivity(activityId: id), as: actor).record else {
      return
    }
    Printer.write("done \(a.id) \(a.subject)\n")
    if let dealId = a.dealId, let d = ctx.workspace.deals[id: dealId],
      d.nextStepDate.map({ $0 <= Clock.today() }) ?? true
    {
      printError(
        "hint: set the next step on \(d.name): salesfloor deal update \(d.id) --next-step \"…\" --next-date +3d"
      )
    }
  }
}

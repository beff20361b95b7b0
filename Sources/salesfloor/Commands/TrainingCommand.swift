import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor training list|assign|complete`: assignments, due dates, certifications.
struct TrainingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "training", abstract: "Training assignments, completions and certifications.",
    subcommands: [TrainingList.self, TrainingAssign.self, TrainingComplete.self])
}

/// One assignment as listed, with its state as of a day.
struct TrainingRow: Encodable {
  var id: String
  var personId: String
  var personName: String?
  var moduleId: String
  var moduleTitle: String?
  var assignedOn: Day
  var dueDate: Day?
  var completedOn: Day?
  var expiresOn: Day?
  var coachingItemId: String?
  /// open, overdue, done, expiring (certification within 30 days) or expired.
  var state: String
}

struct TrainingList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List training assignments.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Only this person's.") var person: String?
  @Flag(help: "Only overdue assignments.") var overdue = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let asOf = try asOfOption.day()
    let pid = try person.map { try ctx.person($0).id }
    let certs = Dictionary(
      TrainingStatus.certifications(ws, asOf: asOf).map { ($0.assignmentId, $0.state) },
      uniquingKeysWith: { a, _ in a })
    let rows = ws.assignments.items.filter { a in
      (pid == nil || a.personId == pid) && (!overdue || a.isOverdue(asOf: asOf))
    }.sorted { ($0.personId, $0.assignedOn, $0.id) < ($1.personId, $1.assignedOn, $1.id) }.map { a in
      var state = a.completedOn == nil ? (a.isOverdue(asOf: asOf) ? "overdue" : "open") : "done"
      if let c = certs[a.id], c != .valid { state = c.rawValue }
      return TrainingRow(
        id: a.id, personId: a.personId, personName: ws.people[id: a.personId]?.name, moduleId: a.moduleId,
        moduleTitle: ws.training[id: a.moduleId]?.title, assignedOn: a.assignedOn, dueDate: a.dueDate,
        completedOn: a.completedOn, expiresOn: a.expiresOn, coachingItemId: a.coachingItemId, state: state)
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "PERSON"), .init(title: "MODULE"), .init(title: "DUE"),
          .init(title: "DONE"), .init(title: "EXPIRES"), .init(title: "STATE"),
        ])
        for r in rows {
          t.add([
            r.id, r.personName ?? r.personId, r.moduleTitle ?? r.moduleId, r.dueDate?.iso ?? "-",
            r.completedOn?.iso ?? "-", r.expiresOn?.iso ?? "-", r.state,
          ])
        }
        return t
      }, format: output.format)
  }
}

struct TrainingAssign: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign", abstract: "Assign a module to a person with a due date.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Person name or id.") var person: String
  @Option(help: "Module id or title.") var module: String
  @Option(help: "Due date: YYYY-MM-DD, +14d, fri.") var due: String?
  @Option(help: "Coaching item id that asks for it (adds a checked commitment to the item).")
  var coaching: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let p = try ctx.person(person)
    let m = try NameResolver.one(
      module, in: ws.training.items, kind: "training module", id: \.id, name: \.title,
      hint: "see the modules in training.json")
    let dueDay = try due.map { try CLIInput.day($0, flag: "due", settings: ws.settings) }
    let assign = AssignTraining(personId: p.id, moduleId: m.id, dueDate: dueDay, coachingItemId: coaching)
    let id = try ctx.run(assign, as: actor).recordId ?? ""
    Printer.write(quiet ? id + "\n" : "assigned \(id): \(m.title) to \(p.name), due \(dueDay?.iso ?? "-")\n")
  }
}

struct TrainingComplete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "complete", abstract: "Record a completion (sets certification expiry from the module).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Assignment id.") var assignment: String
  @Option(help: "Completion date (default today): YYYY-MM-DD, -1d, …") var on: String?
  @Option(help: "Score, 0–100.") var score: Int?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let day = try on.map { try CLIInput.day($0, flag: "on", settings: ws.settings) } ?? Clock.today()
    let edit = try ctx.run(CompleteTraining(assignmentId: assignment, on: day, score: score), as: actor)
    guard case .assignment(let done) = edit.record else { return }
    Printer.write(
      "completed \(done.id) on \(day.iso)" + (done.expiresOn.map { ", certified until \($0.iso)" } ?? "")
        + "\n")
  }
}

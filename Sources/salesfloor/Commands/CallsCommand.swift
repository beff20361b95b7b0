import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor calls [list] | calls log DEAL LINE`: the call queue and logging a call's outcome,
/// the CLI's side of the cockpit's call mode (`c`).
struct CallsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calls", abstract: "Who to call now, and logging how a call went.",
    discussion: """
      The queue: open deals whose next step is overdue or due today, stalled deals, and deals \
      closing within 30 days that have been quiet for 7 days, one row per deal with its reasons \
      (docs/salesops.md, "Call queue").
      """,
    subcommands: [CallsList.self, CallsLog.self], defaultSubcommand: CallsList.self)
}

struct CallsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the call queue with the reason for each call.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Whose queue (person name or id); default: the person at the keyboard or in config.json.")
  var person: String?

  /// One row of `--format json`.
  struct Row: Encodable {
    struct Reason: Encodable {
      var kind: String
      var days: Int
      var text: String
    }
    struct Who: Encodable {
      var id: String
      var name: String
      var role: String?
      var title: String?
      var phone: String?
    }
    var position: Int
    var dealId: String
    var deal: String
    var account: String?
    var stage: String
    var amount: Int64
    var currency: String
    var closeDate: Day?
    var nextStep: String?
    var nextStepDate: Day?
    var reasons: [Reason]
    var contact: Who?
  }

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let who = try CallsLog.person(person, ctx: ctx)
    let queue = CallQueue.build(for: who.id, in: ws, today: asOf)
    let stages = StageLookup(ws.settings, today: asOf)
    var rows: [Row] = []
    for (i, item) in queue.enumerated() {
      guard let d = ws.deals[id: item.dealId] else { continue }
      let c = CallQueue.contact(for: d, in: ws)
      rows.append(
        Row(
          position: i + 1, dealId: d.id, deal: d.name,
          account: d.accountId.flatMap { ws.accounts[id: $0]?.name },
          stage: stages[d.stage]?.name ?? d.stage, amount: d.amount, currency: d.currency,
          closeDate: d.closeDate,
          nextStep: d.nextStep, nextStepDate: d.nextStepDate,
          reasons: item.reasons.map { Row.Reason(kind: $0.kind, days: $0.days, text: $0.text) },
          contact: c.map {
            Row.Who(
              id: $0.contact.id, name: $0.contact.name, role: $0.role?.label, title: $0.contact.title,
              phone: $0.contact.phone)
          }))
    }
    if rows.isEmpty && output.format == .table {
      Printer.write("Nobody to call now for \(who.name) as of \(asOf.iso)\n")
      return
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "#", align: .right), .init(title: "DEAL"), .init(title: "ACCOUNT"),
          .init(title: "WHY"),
          .init(title: "AMOUNT", align: .right), .init(title: "CALL"), .init(title: "PHONE"),
        ])
        for r in rows {
          t.add([
            String(r.position), "\(r.deal) (\(r.dealId))", r.account ?? "-",
            r.reasons.map(\.text).joined(separator: " · "), Money.compact(r.amount, currency: r.currency),
            r.contact.map { [$0.name, $0.role].compactMap { $0 }.joined(separator: " · ") }
              ?? "no contact on this deal — add one",
            r.contact?.phone ?? "-",
          ])
        }
        return t
      }, format: output.format)
  }
}

struct CallsLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Log a call's outcome in one line: the activity and the deal's next step.",
    discussion: """
      LINE starts with the outcome (connected, voicemail/vm, no answer/na, busy, wrong number, \
      meeting booked, demo booked, not interested); later comma-separated parts set the next step: \
      "retry +2d", "call back fri", "next: send proposal mon", "demo booked fri". Voicemail, no answer \
      and busy without one get "Call again" in 2 business days. The call is logged with the deal's \
      contact to call (champion, else economic buyer, else the first contact with a phone).
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The deal (id or name).") var deal: String
  @Argument(help: "How the call went, e.g. \"connected, demo booked fri\".") var line: String
  @Option(help: "The contact called (id or name); default: the deal's contact to call.") var contact: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let d = try ctx.deal(deal)
    let today = Clock.today()
    let outcome: CallOutcome
    switch CallOutcome.parse(line, today: today, fiscalStartMonth: ws.settings.fiscalYearStartMonth) {
    case .success(let o): outcome = o
    case .failure(let e): throw CLIError.usage("\"\(line)\": \(e.message)")
    }
    let contactId =
      try contact.map { try ContactRules.resolve($0, account: d.accountId, in: ws).id }
      ?? CallQueue.contact(for: d, in: ws)?.contact.id
    let edit = try ctx.run(LogCallOutcome(dealId: d.id, contactId: contactId, outcome: outcome), as: actor)
    Printer.write(
      edit.summary + (contactId == nil ? " (no contact on this deal: contact add links one)" : "") + "\n")
  }

  /// The person named, else the one at the keyboard or in config.json; none is a usage error.
  static func person(_ name: String?, ctx: WorkspaceContext) throws -> Person {
    if let name { return try ctx.person(name) }
    guard let id = try ctx.actor(named: nil), let p = ctx.workspace.people[id: id] else {
      throw CLIError.usage(
        "whose calls? give --person NAME (no person is set for this device or in config.json)")
    }
    return p
  }
}

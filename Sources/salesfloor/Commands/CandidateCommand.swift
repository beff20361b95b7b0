import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor candidate add|list|show|move|score|hire`: the hiring funnel, from a sourced name to
/// a new rep with a ramp plan.
struct CandidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "candidate", abstract: "Add, list, move, score and hire candidates.",
    subcommands: [
      CandidateAdd.self, CandidateList.self, CandidateShow.self, CandidateMove.self, CandidateScore.self,
      CandidateHire.self,
    ])
}

/// A `--role` value: rep, manager or ops.
private func parseRole(_ text: String) throws -> Person.Role {
  guard let r = Person.Role(rawValue: text.lowercased()) else {
    throw CLIError.usage("--role \"\(text)\": one of rep, manager, ops")
  }
  return r
}

struct CandidateAdd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a candidate (sourced).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The candidate's name.") var name: String
  @Option(help: "Role applied for: rep, manager or ops.") var role: String = "rep"
  @Option(help: "referral, agency, job-board, inbound or other.") var source: String
  @Option(help: "Hiring manager: name or id.") var manager: String?
  @Option(help: "Day sourced (default today).") var on: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let add = AddCandidate(
      name: name, roleAppliedFor: try parseRole(role), source: try HiringRules.source(source),
      managerId: try manager.map { try ctx.person($0).id },
      on: try on.map { try CLIInput.day($0, flag: "on", settings: ctx.workspace.settings) })
    guard case .candidate(let c) = try ctx.run(add, as: actor).record else { return }
    Printer.write(quiet ? c.id + "\n" : "added \(c.id) \(c.name) (\(c.source.label), sourced)\n")
  }
}

struct CandidateList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List candidates.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Only candidates at this stage.") var stage: String?
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let only = try stage.map { try HiringRules.stage($0) }
    let rows = ws.candidates.sortedById.filter { only == nil || $0.stage == only }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "ROLE"), .init(title: "SOURCE"),
          .init(title: "STAGE"), .init(title: "SINCE"), .init(title: "MANAGER"),
          .init(title: "SCORE", align: .right), .init(title: "PERSON"),
        ])
        for c in rows {
          t.add(
            [
              c.id, c.name, c.roleAppliedFor.rawValue, c.source.label, c.stage.rawValue,
              c.stageHistory.last?.day.iso ?? "", c.managerId.flatMap { ws.people[id: $0]?.name } ?? "",
              CandidateDetail.score(c.averageScore), c.personId ?? "",
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct CandidateShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a candidate: stages, scorecards and the person they became.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Candidate: name or id.") var candidate: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let c = try HiringRules.resolve(candidate, in: ctx.workspace)
    Printer.write(CandidateDetail.lines(c, ctx.workspace).joined(separator: "\n") + "\n")
  }
}

struct CandidateMove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move", abstract: "Move a candidate to a later stage, or to rejected or withdrew.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Candidate: name or id.") var candidate: String
  @Option(help: "screened, interviewed, offer, rejected or withdrew.") var to: String
  @Option(help: "Day of the change (default today).") var on: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let c = try HiringRules.resolve(candidate, in: ctx.workspace)
    let move = MoveCandidate(
      candidateId: c.id, to: try HiringRules.stage(to),
      on: try on.map { try CLIInput.day($0, flag: "on", settings: ctx.workspace.settings) })
    Printer.write(try ctx.run(move, as: actor).summary + "\n")
  }
}

struct CandidateScore: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score", abstract: "Record an interviewer's scorecard (1–4 per competency).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Candidate: name or id.") var candidate: String
  @Option(help: "Interviewer: name or id.") var interviewer: String
  @Option(help: "Discovery score 1–4.") var discovery: Int?
  @Option(help: "Resilience score 1–4.") var resilience: Int?
  @Option(help: "Coachability score 1–4.") var coachability: Int?
  @Option(help: "Communication score 1–4.") var communication: Int?
  @Option(name: .customLong("score"), help: "Any competency from settings: NAME=N (repeatable).")
  var others: [String] = []
  @Option(help: "hire or no-hire.") var recommend: String
  @Option(help: "Day of the interview (default today).") var on: String?
  @Option var note: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let c = try HiringRules.resolve(candidate, in: ws)
    var scores: [Scorecard.Score] = []
    for (name, value) in [
      ("discovery", discovery), ("resilience", resilience), ("coachability", coachability),
      ("communication", communication),
    ] {
      if let value { scores.append(.init(competency: name, score: value)) }
    }
    for pair in others {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let n = Int(parts[1]) else {
        throw CLIError.usage("--score \"\(pair)\": expected COMPETENCY=N, like discovery=3")
      }
      scores.append(.init(competency: parts[0].trimmingCharacters(in: .whitespaces), score: n))
    }
    let card = Scorecard(
      interviewerId: try ctx.person(interviewer).id,
      day: try on.map { try CLIInput.day($0, flag: "on", settings: ws.settings) } ?? Clock.today(),
      scores: scores, recommendation: try HiringRules.recommendation(recommend), note: note)
    Printer.write(try ctx.run(ScoreCandidate(candidateId: c.id, scorecard: card), as: actor).summary + "\n")
  }
}

struct CandidateHire: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hire", abstract: "Hire a candidate holding an offer: a new person with a ramp plan.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Candidate: name or id.") var candidate: String
  @Option(help: "Start day: the new person's hire date.") var start: String
  @Option(help: "Ramp plan: name or id (default: the workspace ramp schedule).") var ramp: String?
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let c = try HiringRules.resolve(candidate, in: ws)
    let plan = try ramp.map {
      try NameResolver.one(
        $0, in: ws.rampPlans.items, kind: "ramp plan", id: \.id, name: \.name,
        hint: "see `salesfloor report ramp`")
    }
    let hire = HireCandidate(
      candidateId: c.id, start: try CLIInput.day(start, flag: "start", settings: ws.settings),
      rampPlanId: plan?.id)
    let preview = try hire.edit(in: ctx.commandContext(actor: try ctx.actor(actor)))
    var text = "This creates:\n"
    for case .put(let r) in preview.mutations {
      if case .person(let p) = r {
        text += "  person \(p.name) (\(p.role.rawValue)), starts \(p.hireDate?.iso ?? "-")"
        text += p.managerId.flatMap { ws.people[id: $0] }.map { ", reports to \($0.name)" } ?? ""
        text += ", ramp: \(Onboarding.plan(for: p, in: ws).name)\n"
      }
    }
    text += "  \(c.name): \(c.stage.rawValue) → hired\n"
    Printer.write(text)
    try Confirmation.ask("Hire \(c.name)?", yes: yes)
    Printer.write(try ctx.run(hire, as: actor).summary + "\n")
  }
}

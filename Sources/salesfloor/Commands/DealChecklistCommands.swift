import ArgumentParser
import SalesFloorKit

/// The flags `deal check` and `deal uncheck` share: which play step or exit criterion.
struct ChecklistTarget: ParsableArguments {
  @Argument(help: "Deal id or name.") var deal: String
  @Option(help: "A play step: PLAY:N (N from 1) or PLAY:step text; PLAY is the play id or name.")
  var step: String?
  @Option(help: "An exit criterion of the deal's current stage: its number (from 1) or text.")
  var criterion: String?

  func validate() throws {
    guard (step == nil) != (criterion == nil) else {
      throw ValidationError("give exactly one of --step or --criterion")
    }
  }

  /// Ticks or unticks the item, printing what changed.
  func run(done: Bool, workspace: WorkspaceOptions, actor: ActorOption) throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    // A CommandError is a usage error (exit 64) with the valid choices in its text.
    let item =
      try step.map { try ChecklistRules.step($0, in: ctx.workspace) }
      ?? ChecklistRules.criterion(criterion ?? "", deal: d, settings: ctx.workspace.settings)
    let edit = try ctx.run(CheckDealItem(dealId: d.id, item: item, done: done), as: actor)
    Printer.write("\(d.id): \(edit.summary)\n")
  }
}

struct DealCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Tick a play step or an exit criterion on a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var target: ChecklistTarget
  @OptionGroup var actor: ActorOption

  func run() throws { try target.run(done: true, workspace: workspace, actor: actor) }
}

struct DealUncheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uncheck", abstract: "Untick a play step or an exit criterion on a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var target: ChecklistTarget
  @OptionGroup var actor: ActorOption

  func run() throws { try target.run(done: false, workspace: workspace, actor: actor) }
}

struct DealQualify: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qualify", abstract: "Set one MEDDPICC element of a deal (status and note).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Option(
    help:
      "metrics, economicBuyer, decisionCriteria, decisionProcess, paperProcess, pain, champion, competition.")
  var element: String
  @Option(help: "unknown, partial or confirmed (or 0, 1, 2).") var status: String?
  @Option(help: "A short note; for champion and economicBuyer, who they are. \"\" clears it.") var note:
    String?
  @Option(
    help:
      "For champion and economicBuyer: the contact who it is (id or name, at the deal's account); one not on the buying team joins it."
  )
  var contact: String?
  @Flag(help: "For champion and economicBuyer: point at no contact.") var clearContact = false
  @OptionGroup var actor: ActorOption

  func validate() throws {
    if contact != nil && clearContact { throw ValidationError("give --contact or --clear-contact, not both") }
    if status == nil && note == nil && contact == nil && !clearContact {
      throw ValidationError("give --status, --note, --contact or --clear-contact")
    }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let e = try ChecklistRules.element(element)
    let s = try status.map { try ChecklistRules.status($0) }
    var n: String?? = nil
    if let note { n = .some(note.isEmpty ? nil : note) }
    var c: String?? = clearContact ? .some(nil) : nil
    if let contact { c = .some(try QualificationContact.resolve(contact, for: d, in: ctx.workspace).id) }
    let edit = try ctx.run(QualifyDeal(dealId: d.id, element: e, status: s, note: n, contactId: c), as: actor)
    Printer.write("\(d.id): \(edit.summary)\n")
  }
}

/// The checklist and scorecard part of `deal show`.
enum DealShowChecklist {
  static func lines(_ d: Deal, ws: Workspace, asOf: Day) -> [String] {
    var out: [String] = []
    func mark(_ key: String, _ i: Int) -> String {
      guard d.isTicked(key: key, index: i) else { return "[ ]" }
      return "[x]"
    }
    func who(_ key: String, _ i: Int) -> String {
      guard let t = d.tick(of: key, index: i) else { return "" }
      return "  (\(t.by.flatMap { ws.people[id: $0]?.name ?? $0 } ?? "?") \(t.at.iso))"
    }
    if let st = ws.settings.stage(d.stage), !st.exitCriteria.isEmpty {
      out.append("exit criteria (\(st.name)):")
      let key = Deal.criteriaKey(stage: st.id)
      for (i, c) in st.exitCriteria.enumerated() {
        out.append("  \(mark(key, i)) \(i + 1). \(c)\(who(key, i))")
      }
    }
    let fitting = Set(PlayFitRanker.rank(deal: d, workspace: ws, asOf: asOf).filter(\.fits).map(\.playId))
    let plays = ws.playbooks.items.filter { p in
      !p.steps.isEmpty && (fitting.contains(p.id) || !(d.playProgress[p.id] ?? []).isEmpty)
    }.sorted { $0.id < $1.id }
    for p in plays {
      out.append("play \(p.id) (\(p.name)):")
      for (i, s) in p.steps.enumerated() { out.append("  \(mark(p.id, i)) \(i + 1). \(s)\(who(p.id, i))") }
    }
    out.append("qualification: \(d.qualification.summary)")
    out += QualificationElement.allCases.compactMap { QualificationContact.line($0, of: d, in: ws) }.map {
      "  " + $0
    }
    for e in QualificationElement.allCases {
      let entry = d.qualification[e]
      let status = entry?.status ?? .unknown
      out.append(
        "  \(status.mark) \(e.rawValue): \(status.rawValue)\(entry?.note.map { " — \($0)" } ?? "")")
    }
    return out
  }
}

import ArgumentParser
import Foundation
import SalesFloorKit

/// `--format table|json` for commands that print a readable text or JSON, never CSV.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
  case table, json
}

/// `salesfloor whoami`: who this copy records edits for, how that is known, and what `--as` may view.
struct WhoamiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whoami",
    abstract: "Show who is at the keyboard: the person edits are recorded for, and what --as may view.",
    discussion: """
      The person comes from this copy's team enrolment (.sync/device.json), else the person in \
      config.json, else nobody. On an enrolled device every edit is that person's, whatever --as says.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Option(name: .long, help: "Output format: table or json.") var format: TextOrJSON = .table

  struct Answer: Encodable {
    struct Who: Encodable {
      var id: String
      var name: String?
      var role: String?
      var team: String?
    }
    struct Source: Encodable {
      var kind: String
      var device: String?
      var hub: String?
      var login: String?
      var path: String?
    }
    var person: Who?
    var source: Source?
    /// True when edits are this person's whatever `--as` says (device or shared-host login).
    var bound: Bool
    var mayView: String
    /// Person ids `--as` may name; nil: anyone.
    var mayViewIds: [String]?
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true, collections: [.people, .settings])
    let ws = ctx.workspace
    let me = try ctx.identity()
    let answer = Self.answer(me, in: ws)
    switch format {
    case .json: Printer.data(try Printer.json(answer), as: .json)
    case .table: Printer.write(Self.text(answer, me))
    }
  }

  static func answer(_ me: KeyboardIdentity?, in ws: Workspace) -> Answer {
    guard let me else {
      return Answer(person: nil, source: nil, bound: false, mayView: "anyone", mayViewIds: nil)
    }
    let who = Answer.Who(
      id: me.personId, name: me.person?.name, role: me.person?.role.rawValue, team: me.person?.team)
    let source: Answer.Source
    switch me.source {
    case .device(let id, let hub): source = Answer.Source(kind: "device", device: id, hub: hub)
    case .sharedHost(let login): source = Answer.Source(kind: "sharedHost", login: login)
    case .config(let path): source = Answer.Source(kind: "config", path: path)
    }
    guard me.isBound else {
      return Answer(person: who, source: source, bound: false, mayView: "anyone", mayViewIds: nil)
    }
    guard let person = me.person else {
      return Answer(
        person: who, source: source, bound: true, mayView: "own view only", mayViewIds: [me.personId])
    }
    return Answer(
      person: who, source: source, bound: true, mayView: ViewRule.describe(for: person, in: ws),
      mayViewIds: ViewRule.viewable(by: person, in: ws).map(\.id))
  }

  static func text(_ a: Answer, _ me: KeyboardIdentity?) -> String {
    guard let me, let who = a.person else {
      return "nobody: this copy is not enrolled in a team and config.json names no person here; "
        + "edits are recorded without a person (set \"person\" in \(CockpitOptions.configURL.path), "
        + "or enrol: salesfloor team join HUB --as PERSON)\n"
    }
    var head = "\(me.name) (\(who.id))"
    if let role = who.role { head += " · \(role)" }
    if let team = who.team { head += " · team \(team)" }
    if me.person == nil { head += " · not in this workspace's people" }
    var lines = [head, "known by: \(me.sourceDescription)"]
    if a.bound {
      lines.append("edits: always recorded as \(me.name), whatever --as says")
      lines.append("--as may view: \(a.mayView)")
    } else {
      lines.append("edits: recorded as \(me.name) unless --as names someone else")
      lines.append("--as may view: anyone (a config file binds nothing)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

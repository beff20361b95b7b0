import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor handoff template list|show|set|remove`: the steps from close to delivery, as sales
/// ops defines them per segment or product, without editing settings.json by hand.
struct HandoffTemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template", abstract: "List, show, set or remove the handoff templates in settings.",
    subcommands: [
      HandoffTemplateList.self, HandoffTemplateShow.self, HandoffTemplateSet.self, HandoffTemplateRemove.self,
    ])
}

extension HandoffTemplate {
  /// `segments enterprise · products Platform Pro`, or `default` for a template without criteria.
  func matchText(in ws: Workspace) -> String {
    guard let m = match, !m.isEmpty else { return "default" }
    var parts: [String] = []
    if !m.segments.isEmpty { parts.append("segments " + m.segments.map(\.rawValue).joined(separator: ", ")) }
    if !m.productIds.isEmpty {
      parts.append("products " + m.productIds.map { ws.products[id: $0]?.name ?? $0 }.joined(separator: ", "))
    }
    return parts.joined(separator: " · ")
  }
}

struct HandoffTemplateList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "The templates in the order they are tried, with their criteria and steps."
  )
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let templates =
      ws.settings.handoffTemplates.isEmpty ? [HandoffTemplate.builtIn] : ws.settings.handoffTemplates
    try Printer.emit(
      templates,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "FOR"), .init(title: "STEPS", align: .right),
          .init(title: "TARGET DAYS", align: .right),
        ])
        for h in templates {
          t.add(
            [
              h.id, h.name, h.matchText(in: ws), "\(h.steps.count)",
              "\(h.steps.reduce(0) { $0 + $1.targetDays })",
            ],
            money: false)
        }
        return t
      }, format: output.format)
    if ws.settings.handoffTemplates.isEmpty, output.format == .table {
      Printer.write(
        "Settings have no templates: the built-in one applies. `handoff template set` adds one.\n")
    }
  }
}

struct HandoffTemplateShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "A template's steps: owner and target days.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Template name or id.") var name: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let t = try HandoffTemplate.named(name, in: ws)
    Printer.write(HandoffTemplateText.describe(t, in: ws))
  }
}

/// A template as `show` and `set` print it.
enum HandoffTemplateText {
  static func describe(_ t: HandoffTemplate, in ws: Workspace) -> String {
    var text = "\(t.name) (\(t.id)) — for \(t.matchText(in: ws))\n"
    for (i, s) in t.steps.enumerated() {
      let owner = s.ownerPersonId.map { ws.people[id: $0]?.name ?? $0 } ?? s.ownerRole ?? "—"
      text += "  \(i + 1). \(s.name) — \(owner), target \(s.targetDays) d\n"
    }
    return text
  }
}

struct HandoffTemplateSet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Add a template, or replace the steps and criteria of the one with this name.",
    discussion: """
      Each --step is NAME|OWNER|DAYS, in order: OWNER is a person (exact name or id) or a role.
      Without --segment or --product the template is the default one. Handoffs already started
      keep their steps; the template applies to deals won from now on.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Template name.") var name: String
  @Option(help: "A step as NAME|OWNER|DAYS, e.g. \"PO received|Finance|5\" (repeat, in order).") var step:
    [String] = []
  @Option(help: "Only for deals at accounts of this segment (smb, midMarket, enterprise; repeat).")
  var segment: [String] = []
  @Option(help: "Only for deals with a line of this product (name or id; repeat).") var product: [String] = []
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    guard !step.isEmpty else { throw CLIError.usage("give the steps in order: --step \"NAME|OWNER|DAYS\"") }
    let steps = try step.map { try HandoffTemplate.parseStep($0, in: ws) }
    let segments = try segment.map { text in
      guard
        let s = Account.Segment(rawValue: text)
          ?? Account.Segment.allCases.first(where: {
            $0.rawValue.lowercased() == text.lowercased()
          })
      else {
        let all = Account.Segment.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIError.usage("--segment: \"\(text)\" is not a segment (\(all))")
      }
      return s
    }
    let products = try product.map {
      try NameResolver.one(
        $0, in: ws.products.items, kind: "product", id: \.id, name: \.name,
        hint: "see `salesfloor product list`"
      ).id
    }
    let match = HandoffTemplate.Match(segments: segments, productIds: products)
    let edit = try ctx.run(SetHandoffTemplate(name: name, steps: steps, match: match), as: actor)
    Printer.write(edit.summary + "\n")
    if let t = try? HandoffTemplate.named(name, in: ctx.store.workspace) {
      Printer.write(HandoffTemplateText.describe(t, in: ctx.store.workspace))
    }
  }
}

struct HandoffTemplateRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove a template (handoffs started from it keep their steps).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Template name or id.") var name: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let edit = try ctx.run(RemoveHandoffTemplate(name: name), as: actor)
    Printer.write(edit.summary + "\n")
  }
}

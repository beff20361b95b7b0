import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor play list|show|fit`: guided selling from the command line.
struct PlayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "play", abstract: "List plays, show one, rank the plays that fit a deal.",
    subcommands: [PlayList.self, PlayShow.self, PlayFitCmd.self])
}

struct PlayList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the plays.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let plays = ctx.workspace.playbooks.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    try Printer.emit(
      plays,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "FRAMEWORK"), .init(title: "STAGES"),
          .init(title: "STEPS", align: .right),
        ])
        for p in plays {
          t.add([
            p.id, p.name, p.framework ?? "-", p.situation.stages.joined(separator: ","),
            String(p.steps.count),
          ])
        }
        return t
      }, format: output.format)
  }
}

/// A play with its linked enablement content resolved, for `play show --format json`.
struct PlayDetail: Encodable {
  var play: Playbook
  var content: [ContentItem]
}

struct PlayShow: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one play.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Play id or name.") var play: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let p = try NameResolver.one(
      play, in: ctx.workspace.playbooks.items, kind: "play", id: \.id, name: \.name,
      hint: "see `salesfloor play list`")
    let content = p.contentIds.compactMap { ctx.workspace.content[id: $0] }
    if output.format == .json {
      Printer.data(try Printer.json(PlayDetail(play: p, content: content)), as: .json)
      return
    }
    var lines = ["\(p.name) (\(p.id))" + (p.framework.map { " · \($0)" } ?? ""), p.summary, ""]
    let s = p.situation
    var fits: [String] = []
    if !s.stages.isEmpty { fits.append("stages " + s.stages.joined(separator: ", ")) }
    if !s.segments.isEmpty { fits.append("segments " + s.segments.map(\.rawValue).joined(separator: ", ")) }
    if s.minAmount != nil || s.maxAmount != nil {
      let cur = ctx.currency
      fits.append(
        "size \(s.minAmount.map { Money.compact($0, currency: cur) } ?? "0")–"
          + (s.maxAmount.map { Money.compact($0, currency: cur) } ?? "∞"))
    }
    if !s.personas.isEmpty { fits.append("personas " + s.personas.joined(separator: ", ")) }
    if !s.competitors.isEmpty { fits.append("competitors " + s.competitors.joined(separator: ", ")) }
    if let any = s.anyCompetitor { fits.append(any ? "any competitor" : "no competitor") }
    if !s.tags.isEmpty { fits.append("tags " + s.tags.joined(separator: ", ")) }
    if let st = s.stalled { fits.append(st ? "stalled deals" : "moving deals") }
    lines.append("Fits: " + (fits.isEmpty ? "any deal" : fits.joined(separator: "; ")))
    lines.append("")
    lines.append("Steps:")
    lines += p.steps.enumerated().map { "  \($0.offset + 1). \($0.element)" }
    if !p.questions.isEmpty {
      lines.append("Questions:")
      lines += p.questions.map { "  - " + ($0.kind.map { "[\($0)] " } ?? "") + $0.text }
    }
    if !p.talkTrack.isEmpty { lines += ["Talk track:", "  " + p.talkTrack] }
    if !p.objections.isEmpty {
      lines.append("Objections:")
      for o in p.objections { lines += ["  \"\(o.objection)\"", "    → \(o.response)"] }
    }
    if !p.redFlags.isEmpty {
      lines.append("Red flags:")
      lines += p.redFlags.map { "  ! " + $0 }
    }
    if !p.productIds.isEmpty {
      let names = p.productIds.map { id in ctx.workspace.products[id: id].map { "\($0.name) (\(id))" } ?? id }
      lines.append("Products: " + names.joined(separator: ", "))
    }
    if !content.isEmpty {
      lines.append("Content:")
      lines += content.map { "  \($0.title) (\($0.kind)): \($0.link)" }
    }
    Printer.write(lines.map(Sanitize.text).joined(separator: "\n") + "\n")
  }
}

/// One ranked play for a deal, for `play fit --format json`.
struct PlayFitRow: Encodable {
  var playId: String
  var name: String
  var fits: Bool
  var score: Int
  var reasons: [String]
  var done: Int
  var total: Int
}

struct PlayFitCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fit", abstract: "Plays ranked for a deal, with why they fit and checklist progress.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Argument(help: "Deal id or name.") var deal: String
  @Flag(help: "Also list plays that do not fit.") var all = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let d = try ctx.deal(deal)
    let ranked = PlayFitRanker.rank(deal: d, workspace: ctx.workspace, asOf: try asOfOption.day())
    let rows = ranked.filter { all || $0.fits }.map { f in
      PlayFitRow(
        playId: f.playId, name: ctx.workspace.playbooks[id: f.playId]?.name ?? f.playId, fits: f.fits,
        score: f.score, reasons: f.reasons, done: f.progress.done, total: f.progress.total)
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "PLAY"), .init(title: "NAME"), .init(title: "FITS"),
          .init(title: "SCORE", align: .right),
          .init(title: "DONE", align: .right), .init(title: "WHY"),
        ])
        for r in rows {
          t.add([
            r.playId, r.name, r.fits ? "yes" : "no", String(r.score), "\(r.done)/\(r.total)",
            r.reasons.joined(separator: "; "),
          ])
        }
        return t
      }, format: output.format)
  }
}

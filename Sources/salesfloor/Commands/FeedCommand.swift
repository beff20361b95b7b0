import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor feed`: the team feed (posts and what happened in the data), newest first with
/// pinned posts on top.
struct FeedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "feed", abstract: "Show the team feed: wins, losses, large-deal moves, milestones, posts.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "From this day: 7d, 2w, or a day like 2026-11-01 (default: the last 30 days).") var since:
    String?
  @Option(
    help:
      "Only these kinds, comma-separated: post, won, lost, stage, slip, milestone, certification, commitment."
  )
  var kind: String?
  @OptionGroup var asOf: AsOfOption
  @OptionGroup var output: OutputOptions
  @Option(name: .customLong("as"), help: "Whose unread marks to show (person name or id); default: you.")
  var viewer: String?

  /// One row of `--format json`: the entry and whether it is unread for the person at the keyboard.
  struct Row: Encodable {
    var id: String
    var kind: String
    var at: String
    var text: String
    var amount: Int64?
    var currency: String?
    var link: FeedLink?
    var personId: String?
    var pinned: Bool
    var unread: Bool
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let today = try asOf.day()
    let from: Day
    if let since {
      from = try TeamFeed.since(since, today: today, fiscalStartMonth: ws.settings.fiscalYearStartMonth).get()
    } else {
      from = today.adding(days: -TeamFeed.windowDays)
    }
    var settings = ws.settings.feed ?? FeedSettings()
    if let kind { settings.kinds = try FeedEntry.Kind.parseList(kind).get() }
    var entries = TeamFeed.entries(in: ws, from: from, to: today, settings: settings)
    if kind != nil { entries = entries.filter { settings.kinds?.contains($0.kind) ?? true } }
    let me = try ctx.actor(named: viewer)
    let mark = TeamFeed.readUpTo(me, in: ws)
    let currency = ws.settings.currency
    let rows = entries.map { e in
      Row(
        id: e.id, kind: e.kind.rawValue, at: e.at.iso, text: e.text, amount: e.amount,
        currency: e.amount == nil ? nil : currency, link: e.link, personId: e.personId, pinned: e.pinned,
        unread: TeamFeed.isUnread(e, readUpTo: mark, personId: me))
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: ""), .init(title: "DAY"), .init(title: "KIND"), .init(title: "WHAT"),
          .init(title: "AMOUNT", align: .right), .init(title: "LINK"),
        ])
        for (e, r) in zip(entries, rows) {
          let marker = e.pinned ? "pin" : r.unread ? "new" : ""
          t.add(
            [
              marker, e.day.iso, e.kind.rawValue, e.text,
              e.amount.map { Money.compact($0, currency: currency) } ?? "",
              e.link.map { "\($0.kind.rawValue) \($0.id)" } ?? "",
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

/// `salesfloor post "text"`: an announcement on the team feed (managers and ops); `post list`,
/// `post pin|unpin`, `post delete`.
struct PostCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "post",
    abstract: "Post an announcement to the team feed (managers and ops); list, pin, delete.",
    subcommands: [PostAdd.self, PostList.self, PostPin.self, PostUnpin.self, PostDelete.self],
    defaultSubcommand: PostAdd.self)
}

struct PostAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Post an announcement (the default: `salesfloor post \"text\"`).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "What to say (at most 500 characters).") var text: String
  @Flag(help: "Pin it on top of the feed until unpinned or expired.") var pin = false
  @Option(help: "Last day it shows (YYYY-MM-DD, +7d, fri, eom …).") var expires: String?
  @Option(help: "A deal it is about: name or id.") var link: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let today = Clock.today()
    let expiresOn = try expires.map { text in
      try DateParser.parse(text, today: today, fiscalStartMonth: ctx.workspace.settings.fiscalYearStartMonth)
        .mapError { CLIError.usage("--expires: \($0)") }.get()
    }
    let dealLink = try link.map { FeedLink(.deal, try ctx.deal($0).id) }
    let edit = try ctx.run(AddPost(text: text, pinned: pin, expiresOn: expiresOn, link: dealLink), as: actor)
    Printer.write(quiet ? (edit.recordId ?? "") + "\n" : "posted \(edit.recordId ?? "")\n")
  }
}

struct PostList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List posts, newest first (expired ones too, marked).")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let today = Clock.today()
    let posts = ws.posts.items.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    try Printer.emit(
      posts,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "AT"), .init(title: "BY"), .init(title: "STATE"),
          .init(title: "TEXT"),
        ])
        for p in posts {
          var state = p.pinned ? "pinned" : ""
          if !p.isLive(on: today) {
            state = "expired"
          } else if let e = p.expiresOn {
            state += (state.isEmpty ? "" : ", ") + "until \(e)"
          }
          t.add(
            [p.id, p.createdAt.iso, ws.people[id: p.authorId]?.name ?? p.authorId, state, p.text],
            money: false)
        }
        return t
      }, format: output.format)
  }
}

struct PostPin: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pin", abstract: "Pin a post on top of the feed.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Post id.") var post: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    Printer.write(try ctx.run(UpdatePost(postId: post, pinned: true), as: actor).summary + "\n")
  }
}

struct PostUnpin: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "unpin", abstract: "Unpin a post.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Post id.") var post: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    Printer.write(try ctx.run(UpdatePost(postId: post, pinned: false), as: actor).summary + "\n")
  }
}

struct PostDelete: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a post.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Post id.") var post: String
  @OptionGroup var actor: ActorOption
  @OptionGroup var delete: DeleteOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    try DeleteConfirmation.run(DeletePost(postId: post), in: ctx, actor: actor, options: delete)
  }
}

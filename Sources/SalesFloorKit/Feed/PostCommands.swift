import Foundation

/// Who may write to the feed and which post a reference means: the one place these are decided,
/// so the CLI's `post`, the cockpit's `p` and the palette refuse a rep with the same words.
public enum PostRules {
  /// Longest post text, in characters: a feed line, not a memo.
  public static let maxLength = 500

  /// The author: a known manager or ops person; anyone else is refused with the reason.
  public static func author(_ actor: String?, in ws: Workspace) throws(CommandError) -> Person {
    guard let id = actor else {
      throw .invalid(
        field: "author", reason: "posting needs to know who you are: pass --as NAME or set your person")
    }
    guard let p = ws.people[id: id] else {
      throw .missing(kind: "person", id: id, hint: "see `salesfloor people list`")
    }
    guard p.role != .rep else {
      throw .invalid(
        field: "author", reason: "only managers and ops post to the team feed; \(p.name) is a rep")
    }
    return p
  }

  /// The post with this id.
  public static func post(_ id: String, in ws: Workspace) throws(CommandError) -> Post {
    guard let p = ws.posts[id: id] else {
      throw .missing(kind: "post", id: id, hint: "see `salesfloor post list`")
    }
    return p
  }

  /// Trimmed text, refused when empty or too long.
  static func text(_ raw: String) throws(CommandError) -> String {
    let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !t.isEmpty else { throw .invalid(field: "text", reason: "a post needs some text") }
    guard t.count <= maxLength else {
      throw .invalid(field: "text", reason: "\(t.count) characters; at most \(maxLength)")
    }
    return t
  }

  /// A link must point at a record that exists.
  static func check(_ link: FeedLink?, in ws: Workspace) throws(CommandError) {
    guard let l = link else { return }
    let exists: Bool
    switch l.kind {
    case .deal: exists = ws.deals[id: l.id] != nil
    case .person: exists = ws.people[id: l.id] != nil
    case .coaching: exists = ws.coaching[id: l.id] != nil
    case .training: exists = ws.assignments[id: l.id] != nil
    }
    guard exists else {
      throw .missing(kind: l.kind.rawValue, id: l.id, hint: "link to a record that exists")
    }
  }
}

/// Writes an announcement or update to the team feed (`salesfloor post`, `p` in the Feed view).
public struct AddPost: WorkspaceCommand {
  public var text: String
  public var pinned: Bool
  public var expiresOn: Day?
  public var link: FeedLink?

  public init(text: String, pinned: Bool = false, expiresOn: Day? = nil, link: FeedLink? = nil) {
    self.text = text
    self.pinned = pinned
    self.expiresOn = expiresOn
    self.link = link
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let author = try PostRules.author(ctx.actor, in: ctx.workspace)
    let text = try PostRules.text(self.text)
    if let e = expiresOn, e < ctx.today {
      throw .invalid(field: "expires", reason: "\(e) is in the past")
    }
    try PostRules.check(link, in: ctx.workspace)
    let post = Post(
      id: ctx.newId("post-"), authorId: author.id, text: text, createdAt: ctx.now, pinned: pinned,
      expiresOn: expiresOn, link: link)
    return Edit(summary: "posted: \(text)", mutations: [.put(.post(post))], recordId: post.id)
  }
}

/// Pins, unpins or changes the expiry of a post (managers and ops).
public struct UpdatePost: WorkspaceCommand {
  public var postId: String
  public var pinned: Bool?
  /// `.some(nil)` clears the expiry.
  public var expiresOn: Day??

  public init(postId: String, pinned: Bool? = nil, expiresOn: Day?? = nil) {
    self.postId = postId
    self.pinned = pinned
    self.expiresOn = expiresOn
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    _ = try PostRules.author(ctx.actor, in: ctx.workspace)
    var p = try PostRules.post(postId, in: ctx.workspace)
    if let pinned { p.pinned = pinned }
    if let expiresOn { p.expiresOn = expiresOn }
    let what = pinned.map { $0 ? "pinned" : "unpinned" } ?? "changed"
    return Edit(summary: "\(what) post \(p.id)", mutations: [.put(.post(p))], recordId: p.id)
  }
}

/// Deletes a post (managers and ops); nothing refers to posts, so nothing else changes.
public struct DeletePost: DeleteCommand {
  public var postId: String
  public init(postId: String) { self.postId = postId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    _ = try PostRules.author(ctx.actor, in: ctx.workspace)
    let p = try PostRules.post(postId, in: ctx.workspace)
    let edit = Edit(summary: "deleted post \(p.id)", mutations: [.delete(.posts, id: p.id)], recordId: p.id)
    return DeletePlan(record: "post \(p.id)", effects: [], edit: edit)
  }
}

/// Marks the feed read up to now for a person (opening the Feed view, `feed --mark-read`).
/// Never moves the mark back, so a slower machine's older mark cannot make entries unread again.
public struct MarkFeedRead: WorkspaceCommand {
  public var personId: String
  public init(personId: String) { self.personId = personId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    guard ctx.workspace.people[id: personId] != nil else {
      throw .missing(kind: "person", id: personId, hint: "see `salesfloor people list`")
    }
    let old = ctx.workspace.feedReads[id: personId]?.readUpTo
    let mark = FeedRead(personId: personId, readUpTo: max(old ?? ctx.now, ctx.now))
    return Edit(summary: "feed read", mutations: [.put(.feedRead(mark))], recordId: personId)
  }
}

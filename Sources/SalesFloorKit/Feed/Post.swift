/// What a feed entry or a post points at, so Enter on it opens the record (a deal → its card).
public struct FeedLink: Hashable, Sendable, Codable {
  /// The kinds of record an entry can open; kept small on purpose: what the cockpit can show.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case deal, person, coaching, training
  }
  public var kind: Kind
  public var id: String

  public init(_ kind: Kind, _ id: String) {
    self.kind = kind
    self.id = id
  }
}

/// An announcement or update written by a manager or ops (`salesfloor post`, `p` in the Feed
/// view). Posts are the only stored part of the feed: every automatic entry is derived from the
/// records (`TeamFeed`), so nothing is written twice and team sync carries posts like any record.
public struct Post: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// Person id of who wrote it (a manager or ops at the time of writing).
  public var authorId: String
  public var text: String
  public var createdAt: Timestamp
  /// Pinned posts sit on top of the feed until unpinned or expired.
  public var pinned: Bool
  /// Last day the post shows; nil: it never expires. Expired posts stay stored (history) but
  /// leave the feed.
  public var expiresOn: Day?
  public var link: FeedLink?

  public init(
    id: String, authorId: String, text: String, createdAt: Timestamp, pinned: Bool = false,
    expiresOn: Day? = nil, link: FeedLink? = nil
  ) {
    self.id = id
    self.authorId = authorId
    self.text = text
    self.createdAt = createdAt
    self.pinned = pinned
    self.expiresOn = expiresOn
    self.link = link
  }

  /// Shown on `day`: not expired yet (the expiry day itself still shows).
  public func isLive(on day: Day) -> Bool { expiresOn.map { day <= $0 } ?? true }

  private enum CodingKeys: String, CodingKey {
    case id, authorId, text, createdAt, pinned, expiresOn, link
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    authorId = try c.decode(String.self, forKey: .authorId)
    text = try c.decode(String.self, forKey: .text)
    createdAt = try c.decode(Timestamp.self, forKey: .createdAt)
    pinned = try c.decodeIfPresent(Bool.self, forKey: .pinned) ?? false
    expiresOn = try c.decodeIfPresent(Day.self, forKey: .expiresOn)
    link = try c.decodeIfPresent(FeedLink.self, forKey: .link)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(authorId, forKey: .authorId)
    try c.encode(text, forKey: .text)
    try c.encode(createdAt, forKey: .createdAt)
    if pinned { try c.encode(pinned, forKey: .pinned) }
    try c.encodeIfPresent(expiresOn, forKey: .expiresOn)
    try c.encodeIfPresent(link, forKey: .link)
  }
}

/// How far one person has read the feed: entries after `readUpTo` are unread for them.
///
/// One record per person, id = the person's id, so two machines marking the same person's feed
/// read touch one field of one record and team sync's last writer wins without a conflict worth
/// asking about (the later mark is also the further one in practice).
public struct FeedRead: Hashable, Sendable, Codable, Identifiable {
  /// The person's id.
  public var id: String
  public var readUpTo: Timestamp

  public init(personId: String, readUpTo: Timestamp) {
    self.id = personId
    self.readUpTo = readUpTo
  }
}

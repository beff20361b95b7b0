/// The fast codec for posts, feed read marks and `settings.feed`: the same keys and defaults as
/// their `Codable` conformances, keys written in byte order like `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum PostKey: Int, JSONKeys {
    case authorId, createdAt, expiresOn, id, link, pinned, text
    static let keys = table()
  }
  private enum LinkKey: Int, JSONKeys {
    case id, kind
    static let keys = table()
  }
  private enum ReadKey: Int, JSONKeys {
    case id, readUpTo
    static let keys = table()
  }
  private enum FeedSettingsKey: Int, JSONKeys {
    case kinds, largeDealAmount
    static let keys = table()
  }

  mutating func decodePost() throws(JSONFailure) -> Post {
    var id: String?
    var authorId: String?
    var text: String?
    var createdAt: Timestamp?
    var p = Post(id: "", authorId: "", text: "", createdAt: Timestamp(seconds: 0))
    let at = try object(PostKey.keys) { r, k throws(JSONFailure) in
      switch PostKey(rawValue: k) {
      case .authorId: authorId = try r.readInternedString()
      case .createdAt: createdAt = try r.readTimestamp()
      case .expiresOn: p.expiresOn = try r.optDay()
      case .id: id = try r.readString()
      case .link: p.link = try r.consumeNull() ? nil : try r.decodeFeedLink()
      case .pinned: p.pinned = try r.optBool() ?? false
      case .text: text = try r.readString()
      case nil: try r.skipValue()
      }
    }
    p.id = try req(id, "id", at)
    p.authorId = try req(authorId, "authorId", at)
    p.text = try req(text, "text", at)
    p.createdAt = try req(createdAt, "createdAt", at)
    return p
  }

  private mutating func decodeFeedLink() throws(JSONFailure) -> FeedLink {
    var id: String?
    var kind: FeedLink.Kind?
    let at = try object(LinkKey.keys) { r, k throws(JSONFailure) in
      switch LinkKey(rawValue: k) {
      case .id: id = try r.readString()
      case .kind: kind = try r.readEnum(FeedLink.Kind.self, "link kind")
      case nil: try r.skipValue()
      }
    }
    return FeedLink(try req(kind, "kind", at), try req(id, "id", at))
  }

  mutating func decodeFeedRead() throws(JSONFailure) -> FeedRead {
    var id: String?
    var readUpTo: Timestamp?
    let at = try object(ReadKey.keys) { r, k throws(JSONFailure) in
      switch ReadKey(rawValue: k) {
      case .id: id = try r.readString()
      case .readUpTo: readUpTo = try r.readTimestamp()
      case nil: try r.skipValue()
      }
    }
    return FeedRead(personId: try req(id, "id", at), readUpTo: try req(readUpTo, "readUpTo", at))
  }

  mutating func decodeFeedSettings() throws(JSONFailure) -> FeedSettings? {
    if try consumeNull() { return nil }
    var f = FeedSettings()
    _ = try object(FeedSettingsKey.keys) { r, k throws(JSONFailure) in
      switch FeedSettingsKey(rawValue: k) {
      case .kinds:
        f.kinds =
          try r.consumeNull()
          ? nil
          : try r.readArray("an array of feed kinds") { r throws(JSONFailure) in
            try r.readEnum(FeedEntry.Kind.self, "feed kind")
          }
      case .largeDealAmount: f.largeDealAmount = try r.readInt64()
      case nil: try r.skipValue()
      }
    }
    return f
  }
}

extension JSONWriter {
  mutating func write(_ p: Post) {
    beginObject()
    key("authorId")
    string(p.authorId)
    key("createdAt")
    timestamp(p.createdAt)
    optDay("expiresOn", p.expiresOn)
    key("id")
    string(p.id)
    if let l = p.link {
      key("link")
      beginObject()
      key("id")
      string(l.id)
      key("kind")
      string(l.kind.rawValue)
      endObject()
    }
    if p.pinned {
      key("pinned")
      bool(true)
    }
    key("text")
    string(p.text)
    endObject()
  }

  mutating func write(_ r: FeedRead) {
    beginObject()
    key("id")
    string(r.id)
    key("readUpTo")
    timestamp(r.readUpTo)
    endObject()
  }

  /// `settings.feed`, written only when set (the caller checks).
  mutating func write(_ f: FeedSettings) {
    key("feed")
    beginObject()
    if let kinds = f.kinds {
      key("kinds")
      stringArray(kinds.map(\.rawValue))
    }
    key("largeDealAmount")
    int(f.largeDealAmount)
    endObject()
  }
}

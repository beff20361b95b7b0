import Foundation

/// One line of the team feed: a post, or an event read from the records.
public struct FeedEntry: Hashable, Sendable, Codable, Identifiable {
  /// What happened. The raw values are what `--kind` and `settings.feed.kinds` accept.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case post, won, lost
    /// A large deal moved to another open stage.
    case stage
    /// A large deal's close date moved out of the quarter it was due in.
    case slip
    /// A rep crossed 50 % or 100 % of a period's quota.
    case milestone
    case certification
    /// A coaching commitment met.
    case commitment

    /// Parses a comma-separated list (`won,lost`); nil with the bad word when one is unknown.
    public static func parseList(_ text: String) -> Result<[Kind], CommandError> {
      var out: [Kind] = []
      for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
      where !word.isEmpty {
        guard let k = Kind(rawValue: word) else {
          let all = Kind.allCases.map(\.rawValue).joined(separator: ", ")
          return .failure(.invalid(field: "kind", reason: "\"\(word)\" is not one of \(all)"))
        }
        if !out.contains(k) { out.append(k) }
      }
      return .success(out)
    }
  }

  /// Stable across rebuilds (kind + record + what), so unread state and cursors survive a refresh.
  public var id: String
  public var kind: Kind
  public var at: Timestamp
  /// The entry in words, without the amount ("Ana Ruiz won Acme renewal").
  public var text: String
  /// Converted to the workspace currency (`StageLookup.amount(of:)`); nil when none applies.
  public var amount: Int64?
  public var link: FeedLink?
  /// Whose entry it is: the post's author, the deal's owner, the certified or coached rep.
  public var personId: String?
  /// Posts only.
  public var pinned: Bool

  public init(
    id: String, kind: Kind, at: Timestamp, text: String, amount: Int64? = nil, link: FeedLink? = nil,
    personId: String? = nil, pinned: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.at = at
    self.text = text
    self.amount = amount
    self.link = link
    self.personId = personId
    self.pinned = pinned
  }

  public var day: Day { at.day }

  /// Newest first, pinned posts above everything; ties by id so the order is stable.
  public static func feedOrder(_ a: FeedEntry, _ b: FeedEntry) -> Bool {
    if a.pinned != b.pinned { return a.pinned }
    if a.at != b.at { return a.at > b.at }
    return a.id < b.id
  }
}

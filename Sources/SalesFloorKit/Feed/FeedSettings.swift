/// Which automatic entries the team feed shows, and what counts as a large deal
/// (`settings.feed`). Absent from settings files that never changed it, so older files are
/// written back byte-identical.
public struct FeedSettings: Hashable, Sendable, Codable {
  /// Automatic kinds shown; nil: all of them. Posts always show.
  public var kinds: [FeedEntry.Kind]?
  /// A deal at or above this amount (minor units of the workspace currency) is "large": its stage
  /// moves and slips get an entry. Default 50 000.00 (`defaultLargeDeal`).
  public var largeDealAmount: Int64

  /// 50 000 in major units: large enough that a team of ten sees a few a week, not dozens.
  public static let defaultLargeDeal: Int64 = 5_000_000

  public init(kinds: [FeedEntry.Kind]? = nil, largeDealAmount: Int64 = FeedSettings.defaultLargeDeal) {
    self.kinds = kinds
    self.largeDealAmount = largeDealAmount
  }

  /// Whether an automatic kind appears (posts always do).
  public func shows(_ kind: FeedEntry.Kind) -> Bool {
    kind == .post || (kinds?.contains(kind) ?? true)
  }

  private enum CodingKeys: String, CodingKey { case kinds, largeDealAmount }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    kinds = try c.decodeIfPresent([FeedEntry.Kind].self, forKey: .kinds)
    largeDealAmount = try c.decodeIfPresent(Int64.self, forKey: .largeDealAmount) ?? Self.defaultLargeDeal
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(kinds, forKey: .kinds)
    try c.encode(largeDealAmount, forKey: .largeDealAmount)
  }
}

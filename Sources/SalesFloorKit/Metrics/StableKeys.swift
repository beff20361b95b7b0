/// Report JSON keeps every key, writing `null` for an unknown value (no quota, nothing closed),
/// so `jq` scripts see the same keys whatever the data (docs/cli.md). Swift's synthesized
/// `Encodable` drops nil optionals; reports adopt this instead.
public protocol StableKeysEncodable: Encodable {}

extension StableKeysEncodable {
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: ReportKey.self)
    for child in Mirror(reflecting: self).children {
      guard let label = child.label, let value = child.value as? any Encodable else { continue }
      // An Optional encodes `.none` as null through its single-value container.
      try container.encode(value, forKey: ReportKey(label))
    }
  }
}

/// A coding key made from a stored property's name.
struct ReportKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ name: String) { stringValue = name }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

extension AttainmentReport: StableKeysEncodable {}
extension AttainmentReport.Team: StableKeysEncodable {}
extension AttainmentReport.Person: StableKeysEncodable {}
extension Pace: StableKeysEncodable {}
extension PipelineReport: StableKeysEncodable {}
extension PipelineReport.Row: StableKeysEncodable {}
extension ForecastReport.PersonRollUp: StableKeysEncodable {}
extension WinRateReport: StableKeysEncodable {}
extension VelocityReport: StableKeysEncodable {}
extension StalledReport.Row: StableKeysEncodable {}
extension ConversionReport: StableKeysEncodable {}
extension ConversionReport.Row: StableKeysEncodable {}

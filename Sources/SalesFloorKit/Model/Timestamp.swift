import Foundation

/// An instant in UTC with second precision, encoded as ISO 8601 `2026-11-27T09:30:00Z`.
///
/// Seconds since the Unix epoch: cheap to compare, sort and store in the journal.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var seconds: Int64

  public init(seconds: Int64) { self.seconds = seconds }
  public init(_ date: Date) { self.seconds = Int64(date.timeIntervalSince1970.rounded(.down)) }
  /// Midnight UTC at the start of a day.
  public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.seconds = Int64(day.ordinal) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }
  public static var now: Timestamp { Timestamp(Date()) }

  /// The UTC calendar day this instant falls on.
  public var day: Day {
    let d = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    return Day(ordinal: Int32(d))
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (optionally with fractional seconds or a `±HH:MM` offset)
  /// and a bare `YYYY-MM-DD` (taken as midnight UTC).
  public init?(iso text: some StringProtocol) {
    let s = String(text)
    let u = Array(s.utf8)
    guard u.count >= 10, let day = Day(iso: s.prefix(10)) else { return nil }
    if u.count == 10 {
      self.init(day: day)
      return
    }
    guard u.count >= 19, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
      u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":")
    else { return nil }
    func num(_ a: Int, _ b: Int) -> Int? {
      var v = 0
      for i in a..<b {
        guard u[i] >= 48, u[i] <= 57 else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    guard let h = num(11, 13), let mi = num(14, 16), let se = num(17, 19), h < 24, mi < 60, se < 61
    else { return nil }
    var i = 19
    if i < u.count, u[i] == UInt8(ascii: ".") {
      i += 1
      while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
    }
    var offset = 0
    if i < u.count {
      if u[i] == UInt8(ascii: "Z") {
        i += 1
      } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-"), i + 6 <= u.count,
        u[i + 3] == UInt8(ascii: ":"), let oh = num(i + 1, i + 3), let om = num(i + 4, i + 6)
      {
        offset = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "+") ? 1 : -1)
        i += 6
      } else {
        return nil
      }
    }
    guard i == u.count else { return nil }
    self.init(seconds: Int64(day.ordinal) * 86_400 + Int64(h * 3600 + mi * 60 + se - offset))
  }

  public var iso: String {
    let d = day
    let rem = Int(seconds - Int64(d.ordinal) * 86_400)
    return d.iso + "T" + Day.pad(rem / 3600, 2) + ":" + Day.pad(rem / 60 % 60, 2) + ":"
      + Day.pad(rem % 60, 2) + "Z"
  }
  public var description: String { iso }

  public func adding(seconds n: Int64) -> Timestamp { Timestamp(seconds: seconds + n) }
  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}

extension Timestamp: Codable {
  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    guard let t = Timestamp(iso: s) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "expected a UTC timestamp like 2026-11-27T09:30:00Z, found \"\(s)\"")
    }
    self = t
  }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }
}

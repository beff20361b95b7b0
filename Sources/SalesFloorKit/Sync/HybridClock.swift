/// The position of one sync operation in the team's total order: wall-clock milliseconds, a
/// counter for events within one millisecond (or while the wall clock lags what was seen), and the
/// device id to break the last tie.
///
/// Why hybrid: a plain counter makes an offline edit lose to any edit made meanwhile elsewhere, and
/// wall time alone lets a device with a fast clock win every argument. A stamp stays close to wall
/// time but never goes below anything its device has seen, so an edit made *after seeing* another
/// always orders after it, whatever the clocks say.
public struct Stamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Milliseconds since the Unix epoch (UTC).
  public var wall: Int64
  public var counter: UInt32
  public var device: String

  public init(wall: Int64, counter: UInt32 = 0, device: String) {
    self.wall = wall
    self.counter = counter
    self.device = device
  }

  public static func < (a: Stamp, b: Stamp) -> Bool {
    if a.wall != b.wall { return a.wall < b.wall }
    if a.counter != b.counter { return a.counter < b.counter }
    return SyncValue.byteOrder(a.device, b.device)
  }

  /// `<wall>-<counter>-<device>`, e.g. `1764580000000-2-laptop-ann`: compact in JSON lines and
  /// readable in a conflict list.
  public var description: String { "\(wall)-\(counter)-\(device)" }

  /// Parses `description`; nil when the text is not a stamp.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, let wall = Int64(parts[0]), wall >= 0, let counter = UInt32(parts[1]),
      SyncDevice.isValidId(String(parts[2]))
    else { return nil }
    self.init(wall: wall, counter: counter, device: String(parts[2]))
  }
}

extension Stamp: Codable {
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let stamp = Stamp(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a stamp: \(text)"))
    }
    self = stamp
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}

/// One device's hybrid logical clock (Kulkarni et al.'s HLC): `tick` for a local event, `observe`
/// for every stamp received.
///
/// Why a value: tests pin and skew it by passing `now`; the sync code keeps it beside the device's
/// sequence number and persists both.
public struct HybridClock: Hashable, Sendable {
  public let device: String
  /// The highest (wall, counter) this clock has issued or observed.
  public private(set) var wall: Int64 = 0
  public private(set) var counter: UInt32 = 0

  public init(device: String) { self.device = device }

  /// The stamp for a local event at wall time `now` (ms): above everything issued or observed.
  public mutating func tick(now: Int64) -> Stamp {
    if now > wall {
      wall = now
      counter = 0
    } else if counter == UInt32.max {
      wall += 1
      counter = 0
    } else {
      counter += 1
    }
    return Stamp(wall: wall, counter: counter, device: device)
  }

  /// Takes in a stamp from another device so the next `tick` orders after it.
  public mutating func observe(_ stamp: Stamp) {
    if stamp.wall > wall || (stamp.wall == wall && stamp.counter > counter) {
      wall = stamp.wall
      counter = stamp.counter
    }
  }
}

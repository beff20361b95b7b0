import Foundation
import Logging

/// The process's log: where SalesFloor's loggers come from, and the one switch that turns them on.
///
/// Until `bootstrap` runs, every logger here discards: swift-log's own default handler writes to
/// stderr, and a library that never prints must not start printing in a host that did not ask
/// for a log (the tests, the benchmarks, an app embedding the Kit).
public enum SalesFloorLog {
  /// Labels, one per area, so a log line says which part of SalesFloor wrote it.
  public static let storeLabel = "salesfloor.store"
  public static let cliLabel = "salesfloor.cli"
  public static let cockpitLabel = "salesfloor.cockpit"

  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs `factory` as swift-log's backend for the whole process. Call once, from the executable,
  /// before anything logs; later calls are ignored (swift-log allows a single bootstrap).
  public static func bootstrap(_ factory: @escaping @Sendable (String) -> any LogHandler) {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    LoggingSystem.bootstrap(factory)
    installed = true
  }

  /// A logger for `label`: the bootstrapped backend, else one that drops everything.
  public static func logger(_ label: String) -> Logger {
    lock.lock()
    let on = installed
    lock.unlock()
    return on ? Logger(label: label) : Logger(label: label, factory: { SwiftLogNoOpLogHandler($0) })
  }

  /// Milliseconds since `start`, for "took N ms" in log lines.
  static func milliseconds(since start: ContinuousClock.Instant) -> Int {
    let d = ContinuousClock.now - start
    return Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
  }
}

import Foundation
import Glibc

/// Keeps the Swift runtime's crash reporter from taking the terminal. On Linux the runtime's
/// backtracer is interactive by default when stdin and stdout are terminals (`interactive=tty`): on
/// a crash it stops the program and waits up to 30 s for keys, on the alternate screen with the
/// cursor hidden. `SWIFT_BACKTRACE` turns that off, but the runtime reads it once at start-up, so
/// the cockpit re-executes itself with the setting when it is not there yet. Crash logs still go to
/// stderr (`output-to=stderr`), after the crash handler has restored the terminal.
public enum CrashReports {
  /// The environment variable the runtime reads.
  public static let variable = "SWIFT_BACKTRACE"

  /// The `SWIFT_BACKTRACE` value to run with, or nil when `current` already keeps the backtracer
  /// non-interactive (`interactive=no`, or crash catching off with `enable=no`). User settings
  /// are kept; ours are appended (the runtime applies the pairs in order, so the last one wins).
  public static func backtraceSetting(current: String?) -> String? {
    let pairs = (current ?? "").split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    func value(of key: String) -> String? {
      pairs.last { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
    }
    let off = ["no", "n", "false", "off", "0"]
    if let enable = value(of: "enable"), off.contains(enable) { return nil }
    if let interactive = value(of: "interactive"), off.contains(interactive) { return nil }
    var added = ["interactive=no"]
    if value(of: "output-to") == nil { added.append("output-to=stderr") }
    let kept = (current ?? "").trimmingCharacters(in: .whitespaces)
    return ((kept.isEmpty ? [] : [kept]) + added).joined(separator: ",")
  }

  /// Re-executes this program with the non-interactive setting if it is missing; returns only when
  /// no re-exec was needed or it failed (then the cockpit runs as it is: the terminal is still
  /// restored on every signal we handle).
  public static func reexecIfInteractive(arguments: [String], environment: [String: String]) {
    guard let setting = backtraceSetting(current: environment[variable]) else { return }
    setenv(variable, setting, 1)
    let argv = arguments.map { strdup($0) }
    defer { argv.forEach { free($0) } }
    // The resolved path, not /proc/self/exe itself, so `ps` and `top` still say "salesfloor".
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let path =
      length > 0
      ? String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "/proc/self/exe"
    _ = execv(path, argv + [nil])
  }
}

import ArgumentParser
import Foundation
import Logging
import SalesFloorKit

/// `--data DIR`: which workspace folder a command works on.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "Workspace folder (default: $SALESFLOOR_DATA, else $XDG_DATA_HOME/salesfloor).")
  var data: String?

  /// The resolved folder, following DESIGN §2's order.
  func folder() -> URL {
    WorkspaceLocation.resolve(data: data, environment: ProcessInfo.processInfo.environment).dataFolder
  }
}

/// How lists and reports are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv
}

/// `--format` and `--quiet`, shared by every list and report.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @Flag(name: .long, help: "Print nothing on success except requested data.")
  var quiet = false
}

/// `--as-of DAY`: pins "today" so reports are reproducible.
struct AsOfOption: ParsableArguments {
  @Option(name: .customLong("as-of"), help: "Compute as of this day (YYYY-MM-DD); default today.")
  var asOf: String?

  func day() throws -> Day {
    guard let text = asOf else { return Clock.today() }
    guard let d = Day(iso: text) else {
      throw CLIError.usage("--as-of: expected a date as YYYY-MM-DD, got \"\(text)\"")
    }
    return d
  }
}

/// Today's date in UTC, overridable with `$SALESFLOOR_TODAY` (YYYY-MM-DD) for reproducible demos and tests.
enum Clock {
  static func today() -> Day {
    if let s = ProcessInfo.processInfo.environment["SALESFLOOR_TODAY"], let d = Day(iso: s) { return d }
    return Timestamp.now.day
  }
  static func now() -> Timestamp {
    if let s = ProcessInfo.processInfo.environment["SALESFLOOR_TODAY"], let d = Day(iso: s) {
      let real = Timestamp.now
      return Timestamp(seconds: Int64(d.ordinal) * 86_400 + real.seconds % 86_400)
    }
    return Timestamp.now
  }
}

/// `--log-level LEVEL`: how much goes to the log file. Global: `SalesFloorCommand.main` takes it out
/// of the arguments wherever it stands (`LogOptions.extract`); the root command declares it so
/// `--help` and the man page show it.
struct LogOptions: ParsableArguments {
  @Option(
    name: .customLong("log-level"),
    help: ArgumentHelp("How much goes to the log file (never to the terminal).", valueName: "level"))
  var logLevel: Logger.Level = .info

  /// Splits `arguments` into the log options (every `--log-level X` or `--log-level=X` before a
  /// `--`; the last wins) and the rest, so the option works before or after any subcommand.
  /// A bad or missing level throws ArgumentParser's own error, which `main` reports as a usage error.
  static func extract(from arguments: [String]) throws -> (LogOptions, [String]) {
    var mine: [String] = []
    var rest: [String] = []
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if a == "--" {
        rest += arguments[i...]
        break
      }
      if a == "--log-level" {
        mine += arguments[i..<min(i + 2, arguments.count)]
        i += 2
        continue
      }
      if a.hasPrefix("--log-level=") {
        mine.append(a)
      } else {
        rest.append(a)
      }
      i += 1
    }
    return (try parse(mine), rest)
  }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

import ArgumentParser
import Foundation
import SalesFloorKit

/// The `salesfloor` command: the cockpit when run bare, a scriptable CLI with subcommands.
@main
struct SalesFloorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "salesfloor",
    abstract: "A keyboard-driven terminal cockpit for a sales floor.",
    discussion: """
      Run without a subcommand to open the cockpit. Data lives in a workspace folder:
      --data DIR, else $SALESFLOOR_DATA, else $XDG_DATA_HOME/salesfloor (~/.local/share/salesfloor).
      Config: $XDG_CONFIG_HOME/salesfloor/config.json (~/.config/salesfloor).
      Log: $XDG_STATE_HOME/salesfloor/salesfloor.log (~/.local/state/salesfloor).
      SALESFLOOR_TODAY=YYYY-MM-DD pins today; NO_COLOR turns colours off.
      Exit codes: 0 ok, 64 usage error, 65 bad data, 1 other failure.
      """,
    version: "0.1.0",
    subcommands: [
      CockpitCommand.self, ScreenCommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self,
      DealCommand.self, ActivityCommand.self,
      QuotaCommand.self, PersonCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self,
      PlayCommand.self, TrainingCommand.self, CoachCommand.self, ForecastCommand.self, CompCommand.self,
      TerritoryCommand.self, ProductCommand.self, TeamCommand.self, SyncCommand.self, ConflictsCommand.self,
      SharedCommand.self, WhoamiCommand.self, LogCommand.self, UndoCommand.self, CurrencyCommand.self,
      ContactCommand.self, GoalCommand.self,
    ],
    defaultSubcommand: CockpitCommand.self
  )

  /// Declared for `--help` and the man page; `main` takes the option out before parsing.
  @OptionGroup var log: LogOptions

  /// Runs the command with SalesFloor's exit-code contract: `--help`/`--version` exit 0, parse and
  /// validation errors are usage errors (64, one line), errors from running are classified into
  /// 64, 65 or 1. Never a stack trace. Logging is set up first, once, from `--log-level`.
  static func main() {
    do {
      let (logOptions, arguments) = try LogOptions.extract(from: Array(CommandLine.arguments.dropFirst()))
      CLILog.bootstrap(level: logOptions.logLevel)
      var command = try parseAsRoot(arguments)
      try CLILog.running(command) { try command.run() }
      finishStores()
    } catch let error as ExitCode {
      finishStores()
      Foundation.exit(error.rawValue)
    } catch {
      finishStores()
      fail(error)
    }
  }

  /// Lets a compaction that a command's commit made due finish (bounded) before the process exits.
  static func finishStores() {
    OpenStores.shared.finishAll(environment: ProcessInfo.processInfo.environment)
  }

  /// Prints one line for `error` and exits with its code.
  static func fail(_ error: Error) -> Never {
    if error is CLIError || error is WorkspaceError || error is InputError || error is CommandError
      || error is EditConflict || error is SharedModeError
    {
      let mapped = classify(error)
      CLILog.failed(exitCode: mapped.exitCode, message: mapped.description)
      printError("salesfloor: \(mapped.description)")
      Foundation.exit(mapped.exitCode)
    }
    // ArgumentParser's own errors; help arrives as an error too (thrown by its help command's run).
    let code = exitCode(for: error)
    if code == .success { exit(withError: error) }
    let first = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    let text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
    if code == .validationFailure {
      // The full usage is one `--help` away; the error itself names the bad flag or value.
      CLILog.failed(exitCode: 64, message: text)
      printError("salesfloor: \(text) (see --help)")
      Foundation.exit(64)
    }
    CLILog.failed(exitCode: code.rawValue == 0 ? 1 : code.rawValue, message: text)
    printError("salesfloor: \(text)")
    Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
  }
}

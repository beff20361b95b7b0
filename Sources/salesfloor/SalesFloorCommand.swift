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
      Exit codes: 0 ok, 64 usage error, 65 bad data, 1 other failure.
      """,
    version: "0.1.0",
    subcommands: [
      CockpitCommand.self, ScreenCommand.self, InitCommand.self, DemoCommand.self, CheckCommand.self,
      DealCommand.self, ActivityCommand.self,
      QuotaCommand.self, PersonCommand.self, ReportCommand.self, ImportCommand.self,
      ForecastCommand.self, CompCommand.self, TerritoryCommand.self,
    ],
    defaultSubcommand: CockpitCommand.self
  )

  /// Runs the command with SalesFloor's exit-code contract: parse errors are usage errors (64, as
  /// ArgumentParser reports them); errors from running are classified into 64, 65 or 1.
  static func main() {
    var command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exit(withError: error)
    }
    do {
      try command.run()
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch let error where error is CLIError || error is WorkspaceError || error is InputError {
      let mapped = classify(error)
      printError("salesfloor: \(mapped.description)")
      Foundation.exit(mapped.exitCode)
    } catch {
      // ArgumentParser's own outcomes (help, version, validation) keep its exit codes.
      exit(withError: error)
    }
  }
}

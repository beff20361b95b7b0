import ArgumentParser
import Foundation
import Logging
import SalesFloorKit

/// The executable's side of logging: installs the file log once, and logs what commands do.
enum CLILog {
  static var log: Logger { SalesFloorLog.logger(SalesFloorLog.cliLabel) }

  /// Sends every logger in the process to the log file at `level`. A log that cannot be opened
  /// (a read-only home) leaves logging off with one warning: it must never stop a command.
  static func bootstrap(
    level: Logger.Level, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let url = WorkspaceLocation.logFile(environment: environment)
    do {
      let file = try LogFile(path: url.path)
      SalesFloorLog.bootstrap { FileLogHandler(label: $0, file: file, level: level) }
    } catch {
      printError("salesfloor: warning: cannot write the log \(url.path) (\(error)); logging is off")
    }
  }

  /// Runs `command`, logging the cockpit's start and exit (the store logs its own work).
  static func running(_ command: any ParsableCommand, _ body: () throws -> Void) throws {
    guard command is CockpitCommand else {
      log.debug("running \(commandWords())")
      return try body()
    }
    let cockpit = SalesFloorLog.logger(SalesFloorLog.cockpitLabel)
    cockpit.info("cockpit started")
    do {
      try body()
      cockpit.info("cockpit exited")
    } catch let code as ExitCode {
      cockpit.info("cockpit exited with status \(code.rawValue)")
      throw code
    }
  }

  /// Logs a failed command: which one, its exit code, the message the user saw.
  static func failed(exitCode: Int32, message: String) {
    log.error("\(commandWords()) failed (exit \(exitCode)): \(message)")
  }

  /// The command as typed, up to its first option (`salesfloor deal add`): enough to tell what
  /// failed without copying names and notes from the options into the log.
  static func commandWords() -> String {
    let words = CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }
    return (["salesfloor"] + words).joined(separator: " ")
  }
}

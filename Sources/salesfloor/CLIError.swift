import ArgumentParser
import Foundation
import SalesFloorKit

/// An error the command line reports in one line and maps to a documented exit code.
///
/// Exit codes (docs/cli.md): 0 success, 64 usage (bad flag or value), 65 bad data (a workspace
/// file or an input file cannot be used), 1 anything else. Never a stack trace.
enum CLIError: Error, CustomStringConvertible {
  case usage(String)
  case data(String)
  case failure(String)

  var description: String {
    switch self {
    case .usage(let m), .data(let m), .failure(let m): return m
    }
  }

  var exitCode: Int32 {
    switch self {
    case .usage: return 64
    case .data: return 65
    case .failure: return 1
    }
  }
}

/// Writes a line to standard error (data goes to stdout, messages to stderr). Messages quote data
/// (a deal's name in "matches several", a path, a cell), so they pass through the same sanitizer
/// as human output on stdout.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((TerminalText.human(message) + "\n").utf8))
}

/// Maps any error from the domain to the CLI's message and exit code.
func classify(_ error: Error) -> CLIError {
  if let e = error as? CLIError { return e }
  if let e = error as? WorkspaceError {
    switch e {
    case .corruptFile: return .data(String(describing: e))
    default: return .failure(String(describing: e))
    }
  }
  if let e = error as? EditConflict { return .failure(e.description) }
  if let e = error as? SharedModeError { return e.isUsage ? .usage(e.description) : .failure(e.description) }
  if let e = error as? InputError { return .usage(String(describing: e)) }
  if let e = error as? CommandError { return e.isUsage ? .usage(e.description) : .data(e.description) }
  return .failure(String(describing: error))
}

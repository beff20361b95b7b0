import CNCurses
import Foundation
import SalesFloorUI

/// Why the event loop ended, and the process exit status that goes with it.
public enum TerminalExit: Hashable, Sendable {
  /// The program returned `.quit`.
  case quit
  /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP, …; the terminal going away counts as SIGHUP).
  case signal(Int32)

  /// 0 for quit, 128 + signal otherwise (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
  public var exitCode: Int32 {
    switch self {
    case .quit: return 0
    case .signal(let number): return 128 + number
    }
  }
}

/// The only code that talks to the terminal: runs a `TerminalProgram` under ncurses, turning keys,
/// resizes and signals into events and writing only the cells that changed between frames.
public struct TerminalDriver: Sendable {
  public var theme: Theme
  public var environment: [String: String]

  /// `environment` decides colour (`NO_COLOR`, `COLORTERM`); pass the real process environment.
  public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.theme = theme
    self.environment = environment
  }

  /// Whether the locale (after `setlocale(LC_ALL, "")`) uses UTF-8; ASCII glyphs are used otherwise.
  public static func localeIsUTF8() -> Bool {
    _ = setlocale(LC_ALL, "")
    guard let codeset = sf_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// Takes over the terminal, runs `program` until it quits, a terminating signal arrives or the
  /// terminal goes away (a hang-up: SIGHUP), restores the terminal, calls `onExit` (save state
  /// there) and returns why it ended; the caller exits with `exit.exitCode`. Crash signals restore
  /// the terminal and go on to the runtime's crash report. `mailbox` brings background work's
  /// events in (between keys) and takes the effects only the host performs.
  public func run<Program: TerminalProgram>(
    _ program: inout Program, mailbox: ProgramMailbox? = nil, onExit: (TerminalExit) -> Void = { _ in }
  ) -> TerminalExit {
    let unicode = TerminalDriver.localeIsUTF8()
    Signals.install()
    _ = initscr()
    var backend = CursesBackend(theme: theme, environment: environment, unicode: unicode)
    backend.mailbox = mailbox
    var loop = ProgramLoop(program: program, backend: backend)
    let end = loop.run()
    program = loop.program
    _ = endwin()
    let reason: TerminalExit
    switch end {
    case .quit, .inputEnded: reason = .quit
    case .signal(let number): reason = .signal(number)
    }
    // Still under our handlers: a second signal (the hang-up that follows a closed terminal) must
    // not kill the process while the store is being closed.
    onExit(reason)
    Signals.uninstall()
    return reason
  }
}

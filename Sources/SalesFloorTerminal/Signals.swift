import CNCurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal the handlers recorded, and whether the terminal sent it (a key such as Ctrl-C goes to
/// the whole foreground process group, so while `$EDITOR` runs it is the editor's, not ours).
struct PendingSignal: Hashable {
  var number: Int32
  var fromTerminal: Bool
}

/// Signal set-up for the cockpit. Handlers only record the signal (async-signal-safe); the event loop
/// polls `takePending()` every 100 ms and does the real work (restore the terminal, save, exit).
enum Signals {
  /// Signals that end the program with exit status 128 + signal (SIGINT 130, SIGTERM 143, SIGHUP 129,
  /// SIGQUIT 131, …): every one whose default would kill the process with the terminal still taken.
  /// SIGQUIT is ours too, so Ctrl-\ never hands the terminal to the runtime's backtracer.
  static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM]
  /// Signals that mean a crash: the terminal is restored, then the signal goes on to the runtime's
  /// backtracer (crash log on stderr) or the default action.
  static let crashing: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP]

  /// Installs all handlers; must run before `initscr`, or ncurses installs its own that exit
  /// without running app code.
  static func install() {
    // A parent may have started us with these signals blocked (a spawn from a Dispatch thread, some
    // IDE and CI runners): then Ctrl-C and SIGTERM would never arrive. Unblock what we handle.
    var handled = sigset_t()
    sigemptyset(&handled)
    for signal in terminating + [SIGTSTP] + crashing { sigaddset(&handled, signal) }
    _ = sigprocmask(SIG_UNBLOCK, &handled, nil)
    for signal in terminating + [SIGTSTP] { _ = sf_install_flag_handler(signal) }
    for signal in crashing { _ = sf_install_crash_handler(signal) }
  }

  /// Puts the previous dispositions back (after the terminal is restored).
  static func uninstall() {
    for signal in terminating + [SIGTSTP] + crashing { _ = sf_restore_handler(signal) }
  }

  /// The signal received since the last call, if any.
  static func takePending() -> PendingSignal? {
    var fromTerminal: Int32 = 0
    let signal = sf_take_pending_signal(&fromTerminal)
    return signal == 0 ? nil : PendingSignal(number: signal, fromTerminal: fromTerminal != 0)
  }

  /// Stops the process like a default Ctrl-Z would, returning when it is continued (SIGCONT).
  static func stopSelf() {
    _ = sf_default_handler(SIGTSTP)
    raise(SIGTSTP)
    _ = sf_install_flag_handler(SIGTSTP)
  }
}

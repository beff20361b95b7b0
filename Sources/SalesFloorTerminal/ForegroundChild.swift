import CNCurses
import Foundation
import Glibc

/// How a child handed the terminal ended.
enum ChildEnding: Hashable {
  case exited(Int32)
  case killedBy(Int32)
  /// It could not be started (the reason in words).
  case notStarted(String)
  /// A terminating signal arrived for us while it ran: the child was ended and so must we be.
  case interrupted(by: Int32)

  /// The status a `runExternal` reports: the exit status, else -1.
  var status: Int32 {
    if case .exited(let code) = self { return code }
    return -1
  }
}

/// Runs a program in the cockpit's own, foreground process group with the terminal (after the
/// caller's `endwin`), so an editor such as vi may read and configure the terminal instead of being
/// stopped by SIGTTIN/SIGTTOU. While it runs, keyboard signals (Ctrl-C, Ctrl-\) are the editor's;
/// SIGTERM, SIGHUP and the other terminating signals sent to us end the child (SIGTERM, then SIGKILL
/// after two seconds) and are reported as `.interrupted`; a child that stops (Ctrl-Z in vim) stops
/// us too, and both go on together.
enum ForegroundChild {
  static func run(_ arguments: [String], environment: [String: String]) -> ChildEnding {
    guard let path = arguments.first else { return .notStarted("no command") }
    takeForeground()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // An empty mask and default dispositions, as from a shell (our handlers must not leak in).
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in Signals.terminating + Signals.crashing + [SIGTSTP, SIGCHLD, SIGTTIN, SIGTTOU, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv + [nil], envp + [nil])
    guard spawned == 0 else {
      return .notStarted("cannot start \(path): \(String(cString: strerror(spawned)))")
    }
    return wait(for: pid)
  }

  /// Makes our process group the terminal's foreground group if it is not (started from a script in
  /// the background of a shell without job control), so the child may use the terminal.
  private static func takeForeground() {
    guard isatty(STDIN_FILENO) != 0, tcgetpgrp(STDIN_FILENO) != getpgrp() else { return }
    // tcsetpgrp from a background group raises SIGTTOU: ignore it for the call.
    var ignore = sigaction()
    var previous = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigaction(SIGTTOU, &ignore, &previous)
    _ = tcsetpgrp(STDIN_FILENO, getpgrp())
    sigaction(SIGTTOU, &previous, nil)
  }

  /// Reaps the child, acting on our signals every 20 ms meanwhile.
  private static func wait(for pid: pid_t) -> ChildEnding {
    while true {
      var status: Int32 = 0
      let reaped = waitpid(pid, &status, WNOHANG | WUNTRACED)
      if reaped == pid {
        if sf_wifstopped(status) != 0 {
          // Ctrl-Z in the editor stopped its group: stop with it, and continue it when we are.
          _ = Signals.takePending()
          Signals.stopSelf()
          kill(pid, SIGCONT)
          continue
        }
        if sf_wifexited(status) != 0 { return .exited(sf_wexitstatus(status)) }
        return .killedBy(sf_wtermsig(status))
      }
      if reaped < 0 && errno != EINTR {
        return .notStarted("lost the editor: \(String(cString: strerror(errno)))")
      }
      if let signal = Signals.takePending() {
        // Ctrl-C and Ctrl-\ typed in the editor reach its whole group, us included: they are its.
        let typed = signal.fromTerminal && (signal.number == SIGINT || signal.number == SIGQUIT)
        if Signals.terminating.contains(signal.number) && !typed {
          end(pid)
          return .interrupted(by: signal.number)
        }
      }
      usleep(20_000)
    }
  }

  /// SIGTERM, then SIGKILL if it is still there after two seconds; reaped either way.
  private static func end(_ pid: pid_t) {
    kill(pid, SIGTERM)
    kill(pid, SIGCONT)
    var status: Int32 = 0
    for _ in 0..<100 {
      if waitpid(pid, &status, WNOHANG) == pid { return }
      usleep(20_000)
    }
    kill(pid, SIGKILL)
    _ = waitpid(pid, &status, 0)
  }
}

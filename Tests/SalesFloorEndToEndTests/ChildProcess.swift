import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`, for the end-to-end tests.
///
/// Not `Foundation.Process`, for two reasons seen on Linux: (1) a child inherits the spawning
/// thread's signal mask, and test code runs on Dispatch threads that block most signals, so a cockpit
/// started from there never sees SIGTERM (here the child gets an empty mask and default handlers,
/// as from a shell); (2) a child that exits within microseconds (a `tmux` client) can be missed by
/// `Process`'s SIGCHLD monitoring, and `waitUntilExit` then never returns.
final class ChildProcess: @unchecked Sendable {
  enum Ending: Equatable {
    case exited(Int32)
    case signaled(Int32)
  }

  let pid: pid_t
  private let lock = NSLock()
  private var ending: Ending?

  /// Starts `path ARGS` with exactly `environment`, stdin from /dev/null and stdout/stderr
  /// appended to the given files.
  init(
    path: String, arguments: [String], environment: [String: String], stdout: String, stderr: String
  )
    throws
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o600)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([path] + arguments).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, path, &actions, &attributes, argv + [nil], envp + [nil])
    guard status == 0 else {
      throw NSError(
        domain: "ChildProcess", code: Int(status),
        userInfo: [NSLocalizedDescriptionKey: "cannot start \(path): \(String(cString: strerror(status)))"])
    }
    self.pid = pid
  }

  /// Reaps the child if it has ended; nil while it runs.
  func poll() -> Ending? {
    lock.withLock {
      if let ending { return ending }
      var status: Int32 = 0
      guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
      // WIFEXITED / WEXITSTATUS / WTERMSIG spelled out (the C macros are not imported).
      let signal = status & 0x7f
      ending = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
      return ending
    }
  }

  var isRunning: Bool { poll() == nil }

  /// Waits for the end, polling every 2 ms; after `timeout` seconds the child is killed.
  @discardableResult
  func wait(timeout: TimeInterval = 60) -> Ending {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let ending = poll() { return ending }
      if Date() > deadline { send(SIGKILL) }
      usleep(2_000)
    }
  }

  /// Sends `signal` unless the child was already reaped (so its pid cannot have been reused).
  func send(_ signal: Int32) {
    lock.withLock {
      if ending == nil { _ = kill(pid, signal) }
    }
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `git daemon` serving one folder on a free port of 127.0.0.1, with pushes allowed: a real
/// network transport for the sync tests. Stopped by `stop()`.
final class GitDaemon {
  let child: ChildProcess
  let port: Int

  /// Whether this machine has `git daemon` (`git --exec-path`/git-daemon).
  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: execPath + "/git-daemon")
  }

  /// `.ci/run` sets `SALESFLOOR_E2E_REQUIRE_TOOLS=1`: there a missing git daemon fails.
  static var required: Bool { EndToEndTools.required }

  private static let execPath: String = {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-git-exec-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    guard
      let child = try? ChildProcess(
        path: SyncSandbox.gitPath, arguments: ["--exec-path"],
        environment: ProcessInfo.processInfo.environment,
        stdout: out.path, stderr: "/dev/null")
    else { return "/usr/lib/git-core" }
    child.wait(timeout: 10)
    return ((try? String(contentsOf: out, encoding: .utf8)) ?? "").trimmingCharacters(
      in: .whitespacesAndNewlines)
  }()

  /// Starts the daemon on `folder` and waits until it accepts connections.
  init(serving folder: String, log: String) throws {
    port = try Self.freePort()
    child = try ChildProcess(
      path: SyncSandbox.gitPath,
      arguments: [
        "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--base-path=\(folder)",
        "--listen=127.0.0.1", "--port=\(port)", folder,
      ], environment: ProcessInfo.processInfo.environment, stdout: log, stderr: log)
    let deadline = Date().addingTimeInterval(15)
    while !Self.accepts(port) {
      guard child.isRunning, Date() < deadline else {
        stop()
        throw DaemonError(
          message:
            "git daemon did not listen on 127.0.0.1:\(port): \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")"
        )
      }
      usleep(20_000)
    }
  }

  func stop() {
    child.send(SIGTERM)
    if case nil = child.poll() { _ = child.wait(timeout: 5) }
  }

  struct DaemonError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  private static func loopback(_ port: Int) -> sockaddr_in {
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = in_port_t(UInt16(port).bigEndian)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    return addr
  }

  /// A port the kernel just handed out (bound to port 0, then released).
  private static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw DaemonError(message: "socket: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var addr = loopback(0)
    let bound = withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0 else { throw DaemonError(message: "bind: \(String(cString: strerror(errno)))") }
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
    }
    return Int(UInt16(bigEndian: addr.sin_port))
  }

  private static func accepts(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var addr = loopback(port)
    return withUnsafePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    } == 0
  }
}

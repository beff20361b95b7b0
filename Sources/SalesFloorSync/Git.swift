import Foundation

/// Runs the `git` command on this copy's bare repository.
///
/// Why the command and not a library: the user's ssh keys, credential helpers, proxies and
/// `insteadOf` rules are git's configuration; running git honours all of them.
struct Git: Sendable {
  /// The bare repository (`GIT_DIR`).
  var repository: String
  /// Extra environment (tests pin `GIT_*` variables); the process's own is inherited.
  var environment: [String: String] = [:]

  struct Output {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
    var lines: [String] { text.split(separator: "\n").map(String.init) }
  }

  /// Runs `git ARGS`, feeding `input`; never throws for a non-zero exit (callers decide).
  func run(_ args: [String], input: [UInt8] = [], gitDir: Bool = true) throws(SyncRunError) -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable)
    process.arguments = args
    var env = ProcessInfo.processInfo.environment
    if gitDir { env["GIT_DIR"] = repository }
    // Never wait for a password prompt in a background round; fail and report offline instead.
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_SSH_COMMAND"] = env["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes -o ConnectTimeout=10"
    env["LC_ALL"] = "C"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    do {
      try process.run()
    } catch {
      throw SyncRunError("cannot run git (\(Self.executable)): \(error.localizedDescription); install git")
    }
    // Read both pipes while writing, so a big output cannot fill a pipe and stall git.
    let group = DispatchGroup()
    let outBox = DataBox()
    let errBox = DataBox()
    DispatchQueue.global().async(group: group) {
      outBox.data = stdout.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
    }
    if !input.isEmpty { try? stdin.fileHandleForWriting.write(contentsOf: input) }
    try? stdin.fileHandleForWriting.close()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: [UInt8](outBox.data),
      stderr: String(decoding: errBox.data, as: UTF8.self))
  }

  /// Runs git and returns its output; a non-zero exit throws with git's own words.
  func check(_ args: [String], input: [UInt8] = [], gitDir: Bool = true) throws(SyncRunError) -> Output {
    let out = try run(args, input: input, gitDir: gitDir)
    guard out.status == 0 else {
      let said = out.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
      throw SyncRunError("git \(args.first ?? "") failed: \(said.isEmpty ? "exit \(out.status)" : said)")
    }
    return out
  }

  /// `git` from `$SALESFLOOR_GIT`, else the first on `PATH`.
  static let executable: String = {
    let env = ProcessInfo.processInfo.environment
    if let pinned = env["SALESFLOOR_GIT"], !pinned.isEmpty { return pinned }
    for dir in (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(dir)/git"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return "/usr/bin/git"
  }()
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}

/// A failure of a sync step, in words a person can act on.
public struct SyncRunError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

import Foundation
import Logging
import Testing

@testable import SalesFloorKit

/// The file log: what a user reading `salesfloor.log` sees, and where it is.
@Suite struct LogHandlerTests {
  typealias F = StoreFixtures
  static let noon = Timestamp(day: Day(year: 2026, month: 12, day: 1) ?? Day(ordinal: 0), hour: 12)

  private func lines(_ url: URL) -> [String] {
    let text = String(decoding: F.bytes(url) ?? [], as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func oneLinePerEntryWithUTCTimeLevelLabelAndMessage() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    // The folder does not exist yet: the file creates it (and its parent).
    let url = dir.appendingPathComponent("state/salesfloor/salesfloor.log")
    let file = try LogFile(path: url.path)
    let logger = Logger(label: "salesfloor.store") {
      FileLogHandler(label: $0, file: file, level: .info, clock: { Self.noon })
    }
    logger.info("opened /w: 3 deals")
    logger.error("compaction failed", metadata: ["folder": "/w", "code": "28"])
    logger.warning("two\nlines")
    #expect(
      lines(url) == [
        "2026-12-01T12:00:00Z info salesfloor.store: opened /w: 3 deals",
        "2026-12-01T12:00:00Z error salesfloor.store: compaction failed code=28 folder=/w",
        "2026-12-01T12:00:00Z warning salesfloor.store: two\\nlines",
        "",
      ])
  }

  @Test func entriesBelowTheLevelAreDropped() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let url = dir.appendingPathComponent("salesfloor.log")
    let file = try LogFile(path: url.path)
    let atWarning = Logger(label: "t") { FileLogHandler(label: $0, file: file, level: .warning) }
    atWarning.trace("t")
    atWarning.debug("d")
    atWarning.info("i")
    atWarning.notice("n")
    atWarning.warning("w")
    atWarning.critical("c")
    var atTrace = atWarning
    atTrace.logLevel = .trace
    atTrace.trace("t2")
    let levels = lines(url).filter { !$0.isEmpty }.map { $0.split(separator: " ")[1] }
    #expect(levels == ["warning", "critical", "trace"])
  }

  @Test func theFileIsPrivateAndAppendedTo() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let folder = dir.appendingPathComponent("salesfloor")
    let url = folder.appendingPathComponent("salesfloor.log")
    do {
      let first = try LogFile(path: url.path)
      Logger(label: "a") { FileLogHandler(label: $0, file: first) }.info("first run")
    }
    let second = try LogFile(path: url.path)
    Logger(label: "b") { FileLogHandler(label: $0, file: second) }.info("second run")
    let texts = lines(url).filter { !$0.isEmpty }
    #expect(texts.count == 2)
    #expect(texts.first?.hasSuffix("info a: first run") == true)
    #expect(texts.last?.hasSuffix("info b: second run") == true)
    let fileMode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
    #expect(fileMode == 0o600)
    #expect(folderMode == 0o700)
  }

  @Test func concurrentWritersNeverInterleaveWithinALine() async throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let url = dir.appendingPathComponent("salesfloor.log")
    let file = try LogFile(path: url.path)
    await withTaskGroup(of: Void.self) { group in
      for t in 0..<8 {
        group.addTask {
          let logger = Logger(label: "w\(t)") { FileLogHandler(label: $0, file: file) }
          for n in 0..<200 { logger.info("entry \(n) \(String(repeating: "x", count: 100))") }
        }
      }
    }
    let texts = lines(url).filter { !$0.isEmpty }
    #expect(texts.count == 1600)
    #expect(texts.allSatisfy { $0.hasSuffix(String(repeating: "x", count: 100)) && $0.contains(" info w") })
  }

  @Test func theLogLivesInXDGStateHome() {
    let explicit = WorkspaceLocation.logFile(environment: ["HOME": "/home/a", "XDG_STATE_HOME": "/var/st"])
    #expect(explicit.path == "/var/st/salesfloor/salesfloor.log")
    let fallback = WorkspaceLocation.logFile(environment: ["HOME": "/home/a", "XDG_STATE_HOME": "rel"])
    #expect(fallback.path == "/home/a/.local/state/salesfloor/salesfloor.log")
    #expect(WorkspaceLocation.logFile(environment: ["HOME": "/home/a"]) == fallback)
  }
}

import Foundation
import Testing

/// Runs the built `salesfloor` binary against a fresh demo workspace.
@Suite("Guidance CLI")
struct GuidanceCLITests {
  /// The binary sits next to the test bundle.
  static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("salesfloor") }

  static func run(_ args: [String]) throws -> (status: Int32, out: String) {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.environment = ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func demoWorkspaceCoachingPlaysAndMethods() throws {
    try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-guidance-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try Self.run(["demo", "--data", dir.path]).status == 0)

    let coaching = try Self.run(["report", "coaching", "--data", dir.path, "--format", "json"])
    #expect(coaching.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(coaching.out.utf8)) as? [String: Any])
    let signals = try #require(json["signals"] as? [[String: Any]])
    #expect(Set(signals.compactMap { $0["kind"] as? String }).count >= 3)
    let evidence = try #require(signals.first?["evidence"] as? [String: Any])
    #expect(evidence["metric"] is String && evidence["threshold"] is Double && evidence["dealIds"] is [Any])
    #expect((json["items"] as? [Any])?.isEmpty == false)

    let list = try Self.run(["play", "list", "--data", dir.path])
    #expect(list.status == 0 && list.out.contains("play-meddpicc-qualification"))
    let show = try Self.run(["play", "show", "play-spin-discovery", "--data", dir.path])
    #expect(show.status == 0 && show.out.contains("Steps:"))
    let methods = try Self.run(["report", "methods", "--data", dir.path, "--format", "json"])
    #expect(methods.status == 0 && methods.out.contains("\"notUsed\""))
    #expect(try Self.run(["check", "--data", dir.path]).status == 0)
  }
}

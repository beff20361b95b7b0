import Foundation
import SalesFloorKit
import Testing

/// Users script against the workspace files with jq (issue: "every deal JSON object carries at least
/// these keys"); this runs the real jq over files the real binary wrote.
@Suite struct CLIScriptingTests {
  static let jqPath: String? = ["/usr/bin/jq", "/usr/local/bin/jq", "/opt/homebrew/bin/jq"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  private func jq(_ box: Sandbox, _ filter: String, _ file: String) throws -> String {
    let bin = try #require(Self.jqPath, "jq is not installed")
    let out = box.file(".jq-out").path
    try? FileManager.default.removeItem(atPath: out)
    let child = try ChildProcess(
      path: bin, arguments: ["-e", filter, box.data.appendingPathComponent(file).path],
      environment: box.environment, stdout: out, stderr: out)
    let ending = child.wait(timeout: 20)
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    #expect(ending == .exited(0), "jq \(filter): \(text)")
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test(.enabled(if: jqPath != nil || EndToEndTools.required, "jq is not installed"))
  func dealFilesCarryTheDocumentedKeysForJq() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let keys = [
      "id", "name", "accountId", "ownerId", "amount", "currency", "stage", "closeDate", "createdAt",
      "updatedAt", "history",
    ]
    let all = keys.map { "has(\"\($0)\")" }.joined(separator: " and ")
    #expect(
      try jq(box, ".schemaVersion == 1 and (.items | length > 0) and (.items | all(\(all)))", "deals.json")
        == "true")
    // Won amount summed by jq equals the same sum over the store's deals (minor units).
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let won = ws.deals.filter { $0.stage == "won" }.map(\.amount).reduce(0, +)
    #expect(
      try jq(box, "[.items[] | select(.stage == \"won\") | .amount] | add", "deals.json") == String(won))
  }
}

import Foundation
import SalesFloorKit
import Testing

/// A lock-protected list the worker threads of these tests append to.
private final class Collected<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [T] = []
  func append(_ item: T) { lock.withLock { items.append(item) } }
  var all: [T] { lock.withLock { items } }
}

/// Durability against the real process: SIGKILL at random moments loses no acknowledged edit and
/// breaks no file; two writers at once lose nothing.
@Suite struct CLICrashTests {
  private func addArgs(_ box: Sandbox, _ name: String) -> [String] {
    [
      "deal", "add", "--quiet", "--name", name, "--owner", "Bo", "--amount", "1000", "--close", "eom",
      "--data", box.data.path,
    ]
  }

  private func workspaceWithBo() throws -> Sandbox {
    let box = Sandbox()
    try box.initWorkspace()
    let r = try box.run(["person", "add", "--name", "Bo Seller", "--data", box.data.path])
    try #require(r.status == 0, "\(r.stderr)")
    return box
  }

  /// Every file named `*.json` in the folder parses as JSON.
  private func everyFileParses(_ box: Sandbox) throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: box.data.path)
    where name.hasSuffix(".json") {
      let data = try Data(contentsOf: box.data.appendingPathComponent(name))
      #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) does not parse")
    }
  }

  @Test func sigkillAtRandomMomentsNeverLosesAnAcknowledgedDeal() throws {
    let box = try workspaceWithBo()
    defer { box.cleanUp() }
    // How long one undisturbed add takes here, so the kills land before, during and after the write.
    let started = Date()
    let warmUp = try box.run(addArgs(box, "warm-up"))
    try #require(warmUp.status == 0, "\(warmUp.stderr)")
    // Other tests run alongside (the concurrent-writers test starts eight processes), so a run may
    // take longer than the warm-up did: each kill widens the window a little, so some runs survive
    // even on a loaded machine and the kills still land before, during and after the write.
    var typical = max(0.02, Date().timeIntervalSince(started))

    var acknowledged = [warmUp.stdoutLines.last ?? ""]
    var killed = 0
    let killer = DispatchQueue(label: "killer")
    for n in 0..<50 {
      let running = try box.start(addArgs(box, "crash \(n)"))
      let child = running.child
      let delay = Double.random(in: 0...(typical * 1.3))
      killer.asyncAfter(deadline: .now() + delay) { child.send(SIGKILL) }
      let result = running.finish()
      if result.signaled {
        killed += 1
        typical = min(typical * 1.15, 10)
      } else {
        #expect(result.status == 0, "deal add failed without being killed: \(result.stderr)")
        #expect(!looksLikeStackTrace(result.stderr))
        if result.status == 0, let id = result.stdoutLines.last { acknowledged.append(id) }
      }
    }
    killer.sync {}
    #expect(killed > 0, "no run was killed: the test proved nothing")
    #expect(acknowledged.count > 1, "no run survived: the test proved nothing")

    let check = try box.run(["check", "--data", box.data.path])
    #expect(check.status == 0, "check after the kills: \(check.stdout) \(check.stderr)")
    try everyFileParses(box)
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    for id in acknowledged {
      #expect(ws.deals[id: id] != nil, "acknowledged deal \(id) was lost")
    }
    // The workspace still takes edits after all that.
    let after = try box.run(addArgs(box, "after the storm"))
    #expect(after.status == 0, "\(after.stderr)")
  }

  @Test func twoProcessesAddingAtOnceLoseNothing() throws {
    let box = try workspaceWithBo()
    defer { box.cleanUp() }
    let ids = Collected<String>()
    let failures = Collected<String>()
    let perWriter = 12
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for n in 0..<perWriter {
        do {
          let r = try box.run(addArgs(box, "writer \(writer) deal \(n)"))
          if r.status == 0, let id = r.stdoutLines.last { ids.append(id) } else { failures.append(r.stderr) }
        } catch {
          failures.append("\(error)")
        }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    #expect(ids.all.count == 2 * perWriter)
    #expect(Set(ids.all).count == ids.all.count, "ids are unique")
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(ws.deals.count == 2 * perWriter)
    for id in ids.all { #expect(ws.deals[id: id] != nil, "deal \(id) lost") }
    let check = try box.run(["check", "--data", box.data.path])
    #expect(check.status == 0, "\(check.stdout + check.stderr)")
  }
}

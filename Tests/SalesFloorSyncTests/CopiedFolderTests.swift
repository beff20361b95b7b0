import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorSync

/// A copy of a workspace folder that the folder check cannot tell apart (a cloned machine: same
/// machine id, same inode): the hub itself refuses the second history of one device's log, and
/// nothing is ever forced.
@Suite("Copied folder at the hub")
struct CopiedFolderTests {
  /// Copies folder a to c as a cloned machine would, so c passes the folder check.
  private func clone(_ team: TestTeam) throws -> TestTeam.Copy {
    let folder = team.root.appendingPathComponent("c")
    try FileManager.default.copyItem(at: team.a.folder, to: folder)
    var file = try SyncEngine.readDeviceFile(folder.path)
    file.folder = SyncEngine.folderIdentity(folder.path)
    try TeamSetup.writeDeviceFile(file, folder: folder.path)
    let store = try WorkspaceStore(opening: folder)
    return TestTeam.Copy(store: store, engine: try SyncEngine(store: store), folder: folder)
  }

  private func hubHead(_ team: TestTeam, _ device: String) throws -> String? {
    let hub = SyncRepository(path: String(team.hub.dropFirst("file://".count)))
    return try hub.resolve(SyncRepository.deviceRef(device))
  }

  @Test("the clone's push is rejected, not forced: it stops with the command that fixes it")
  func cloneAfterOriginal() throws {
    let team = try TestTeam()
    let c = try clone(team)
    let id = try #require(team.a.store.workspace.deals.first?.id)
    let device = team.a.engine.deviceFile.device
    try team.edit(team.a, id) { $0.nextStep = "From the original" }
    try team.a.engine.round()
    let head = try hubHead(team, device)

    try team.edit(c, id) { $0.nextStep = "From the clone" }
    let status = try #require(try c.engine.round())
    #expect(status.state == .stopped)
    #expect(status.message?.contains("salesfloor team reenrol") == true, "\(status.message ?? "")")
    #expect(try hubHead(team, device) == head, "the hub's log of \(device) moved")
    try team.b.engine.round()
    #expect(team.b.store.workspace.deals[id: id]?.nextStep == "From the original")

    _ = try TeamSetup.reenrol(store: c.store)
    let reopened = try SyncEngine(store: c.store)
    #expect(reopened.deviceFile.device != device)
    try reopened.round()
    try team.b.engine.round()
    #expect(team.b.store.workspace.deals[id: id]?.nextStep == "From the clone")
  }

  @Test("a clone that fetches the original's newer log without pushing stops too")
  func cloneOnlyFetching() throws {
    let team = try TestTeam()
    let c = try clone(team)
    let id = try #require(team.a.store.workspace.deals.first?.id)
    try team.edit(team.a, id) { $0.nextStep = "From the original" }
    try team.a.engine.round()
    let status = try #require(try c.engine.round())
    #expect(status.state == .stopped, "\(status)")
    #expect(status.message?.contains("salesfloor team reenrol") == true)
  }
}

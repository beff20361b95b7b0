import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The top bar says who is at the keyboard on a bound device, and edits are theirs whoever is viewed.
@Suite("Cockpit identity")
struct CockpitIdentityTests {
  let ws = CockpitFixture.demo

  func device(_ person: Person) -> KeyboardIdentity {
    KeyboardIdentity(
      personId: person.id, person: person, source: .device(id: "laptop-1", hub: "file:///srv/hub.git"))
  }

  var rep: Person { CockpitFixture.person("Grace Osei") }
  var manager: Person { ws.people[id: rep.managerId ?? ""] ?? CockpitFixture.person("Elena Tanaka") }

  @Test("a rep's device opens as the rep: name and role, never the default-view note")
  func ownCockpit() throws {
    let run = try CockpitRun(viewer: Viewer(person: rep, identity: device(rep)))
    #expect(run.topBar.hasPrefix(" SalesFloor · Grace Osei · rep · 2026-Q4 (day"))
    #expect(!run.topBar.contains("default view"))
    let narrow = try CockpitRun(
      size: Size(width: 80, height: 24), viewer: Viewer(person: rep, identity: device(rep)))
    #expect(narrow.topBar.hasPrefix(" Grace Osei · rep · 2026-Q4"))
  }

  @Test("a manager viewing a report's day: the bar names both, and an edit is the manager's")
  func viewingSomeoneElse() throws {
    let me = device(manager)
    let store = MemoryStore(ws)
    let run = try CockpitRun(">", store: store, viewer: Viewer(person: rep, identity: me))
    #expect(run.topBar.contains("viewing Grace Osei's day as \(manager.name) · 2026-Q4"))
    let tx = try #require(run.store.committed.first)
    #expect(tx.actor == manager.id)
    guard case .put(.deal(let moved)) = try #require(tx.mutations.first) else {
      Issue.record("expected a deal put, got \(tx.mutations)")
      return
    }
    #expect(moved.history.last?.by == manager.id)
    #expect(moved.ownerId == rep.id)
  }

  @Test("viewing a manager's cockpit says team; without a binding the bar is as before")
  func team() throws {
    let ops = try #require(ws.people.first { $0.role == .ops })
    let run = try CockpitRun(viewer: Viewer(person: manager, identity: device(ops)))
    #expect(run.topBar.contains("viewing \(manager.name)'s team as \(ops.name)"))
    let config = KeyboardIdentity(personId: ops.id, person: ops, source: .config(path: "/c/config.json"))
    let unbound = try CockpitRun(viewer: Viewer(person: manager, identity: config))
    #expect(unbound.topBar.contains("\(manager.name) (manager"))
  }
}

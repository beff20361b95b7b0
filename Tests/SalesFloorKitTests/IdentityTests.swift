import SalesFloorKit
import Testing

/// Who is at the keyboard (device, shared host, config, nobody) and whom they may view as.
@Suite("Identity and the view rule")
struct IdentityTests {
  /// Ana manages Bo and Mia; Mia manages Cy; Dee reports to nobody; Olga is ops.
  static let ws: Workspace = {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-ana", name: "Ana Manager", role: .manager),
      Person(id: "p-bo", name: "Bo Seller", role: .rep, managerId: "p-ana"),
      Person(id: "p-mia", name: "Mia Lead", role: .manager, managerId: "p-ana"),
      Person(id: "p-cy", name: "Cy Rep", role: .rep, managerId: "p-mia"),
      Person(id: "p-dee", name: "Dee Solo", role: .rep),
      Person(id: "p-olga", name: "Olga Ops", role: .ops),
    ])
    return ws
  }()

  func p(_ id: String) throws -> Person { try #require(Self.ws.people[id: id]) }

  func device(person: String) -> SyncDeviceFile {
    SyncDeviceFile(
      device: "laptop-bo", person: person, hub: "file:///srv/hub.git", folder: "m:1", host: "laptop",
      enrolled: Timestamp(seconds: 0), local: [])
  }

  @Test("a rep may view only as themself")
  func rep() throws {
    #expect(ViewRule.may(try p("p-bo"), viewAs: try p("p-bo"), in: Self.ws))
    #expect(!ViewRule.may(try p("p-bo"), viewAs: try p("p-ana"), in: Self.ws))
    #expect(!ViewRule.may(try p("p-bo"), viewAs: try p("p-dee"), in: Self.ws))
    #expect(ViewRule.describe(for: try p("p-bo"), in: Self.ws) == "own view only")
  }

  @Test("a manager may view as their reports, transitively, and nobody else")
  func manager() throws {
    let ana = try p("p-ana")
    #expect(ViewRule.may(ana, viewAs: try p("p-cy"), in: Self.ws))
    #expect(ViewRule.may(ana, viewAs: try p("p-mia"), in: Self.ws))
    #expect(!ViewRule.may(ana, viewAs: try p("p-dee"), in: Self.ws))
    #expect(!ViewRule.may(ana, viewAs: try p("p-olga"), in: Self.ws))
    #expect(!ViewRule.may(try p("p-mia"), viewAs: ana, in: Self.ws))
    #expect(ViewRule.viewable(by: ana, in: Self.ws).map(\.id) == ["p-ana", "p-bo", "p-cy", "p-mia"])
    #expect(ViewRule.describe(for: ana, in: Self.ws) == "own view and 3 reports: Bo Seller, Cy Rep, Mia Lead")
  }

  @Test("a cycle of manager links neither loops nor widens the view")
  func cycle() throws {
    var ws = Self.ws
    _ = ws.people.upsert(Person(id: "p-ana", name: "Ana Manager", role: .manager, managerId: "p-cy"))
    #expect(ViewRule.may(try p("p-mia"), viewAs: try p("p-cy"), in: ws))
    #expect(ViewRule.may(try p("p-mia"), viewAs: try p("p-ana"), in: ws))
    #expect(!ViewRule.may(try p("p-mia"), viewAs: try p("p-dee"), in: ws))
  }

  @Test("ops may view as everyone")
  func ops() throws {
    for person in Self.ws.people { #expect(ViewRule.may(try p("p-olga"), viewAs: person, in: Self.ws)) }
    #expect(ViewRule.describe(for: try p("p-olga"), in: Self.ws) == "everyone")
  }

  @Test("the device's person wins over the shared host and the config, and binds the view")
  func deviceFirst() throws {
    let me = try #require(
      Identity.atKeyboard(
        device: device(person: "p-bo"), sharedHost: (login: "ana", person: "p-ana"), configPerson: "Olga Ops",
        configPath: "/c/config.json", in: Self.ws))
    #expect(me.personId == "p-bo" && me.name == "Bo Seller" && me.isBound)
    #expect(me.source == .device(id: "laptop-bo", hub: "file:///srv/hub.git"))
    #expect(ViewRule.may(me, viewAs: try p("p-bo"), in: Self.ws))
    #expect(!ViewRule.may(me, viewAs: try p("p-ana"), in: Self.ws))
  }

  @Test("a device's person this copy does not hold keeps the id and views only as it")
  func unknownDevicePerson() throws {
    let me = try #require(
      Identity.atKeyboard(
        device: device(person: "p-new"), sharedHost: nil, configPerson: nil, configPath: "c", in: Self.ws))
    #expect(me.person == nil && me.name == "p-new" && me.isBound)
    #expect(!ViewRule.may(me, viewAs: try p("p-bo"), in: Self.ws))
  }

  @Test("the shared host's person comes next, then the config's, which binds nothing")
  func fallbacks() throws {
    let host = try #require(
      Identity.atKeyboard(
        device: nil, sharedHost: (login: "ana", person: "Ana"), configPerson: "Olga Ops", configPath: "c",
        in: Self.ws))
    #expect(host.personId == "p-ana" && host.source == .sharedHost(login: "ana") && host.isBound)
    let config = try #require(
      Identity.atKeyboard(
        device: nil, sharedHost: nil, configPerson: "bo seller", configPath: "/c/config.json", in: Self.ws))
    #expect(config.personId == "p-bo" && config.source == .config(path: "/c/config.json") && !config.isBound)
    #expect(ViewRule.may(config, viewAs: try p("p-olga"), in: Self.ws))
  }

  @Test("nobody known: a config naming nobody, or no config; anyone may be viewed")
  func nobody() throws {
    #expect(
      Identity.atKeyboard(device: nil, sharedHost: nil, configPerson: "Zed", configPath: "c", in: Self.ws)
        == nil)
    #expect(
      Identity.atKeyboard(device: nil, sharedHost: nil, configPerson: nil, configPath: "c", in: Self.ws)
        == nil)
    #expect(ViewRule.may(nil, viewAs: try p("p-olga"), in: Self.ws))
  }
}

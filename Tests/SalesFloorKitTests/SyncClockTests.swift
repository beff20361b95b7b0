import SalesFloorKit
import Testing

@Suite("Sync hybrid clock")
struct SyncClockTests {
  @Test func aLocalTickNeverGoesBelowAnythingSeenWhateverTheWallClockDoes() {
    var rng = SplitMix64(seed: 7)
    var clocks = ["a", "b", "c"].map { HybridClock(device: $0) }
    // Device clocks skewed by up to ±10 minutes, each jumping back now and then.
    let skew: [Int64] = [-600_000, 0, 420_000]
    var issued: [[Stamp]] = [[], [], []]
    var maxSeen: [Stamp?] = [nil, nil, nil]
    for step in 0..<3000 {
      let i = rng.index(3)
      let wall = 1_764_580_000_000 + Int64(step) * 7 + skew[i] - (rng.chance(0.1) ? 90_000 : 0)
      if rng.chance(0.4) {
        let from = rng.index(3)
        if let s = issued[from].last {
          clocks[i].observe(s)
          if maxSeen[i].map({ $0 < s }) ?? true { maxSeen[i] = s }
        }
      }
      let s = clocks[i].tick(now: wall)
      if let last = issued[i].last { #expect(last < s) }
      if let seen = maxSeen[i] { #expect(seen < s) }
      #expect(s.wall >= wall)
      issued[i].append(s)
    }
  }

  @Test func stampsStayCloseToWallTimeWhenClocksAgree() {
    var clock = HybridClock(device: "a")
    let s1 = clock.tick(now: 1000)
    let s2 = clock.tick(now: 1000)
    let s3 = clock.tick(now: 2000)
    #expect(s1 == Stamp(wall: 1000, counter: 0, device: "a"))
    #expect(s2 == Stamp(wall: 1000, counter: 1, device: "a"))
    #expect(s3 == Stamp(wall: 2000, counter: 0, device: "a"))
  }

  @Test func theOrderIsTotalWithDeviceIdsBreakingTies() {
    let a = Stamp(wall: 5, counter: 1, device: "a")
    let b = Stamp(wall: 5, counter: 1, device: "b")
    #expect(a < b)
    #expect(!(b < a))
    #expect(Stamp(wall: 5, counter: 2, device: "a") > b)
    #expect(Stamp(wall: 6, counter: 0, device: "a") > Stamp(wall: 5, counter: 9, device: "z"))
    // Observing an equal (wall, counter) from a higher device id still moves the next tick above it.
    var clock = HybridClock(device: "a")
    clock.observe(b)
    #expect(clock.tick(now: 1) > b)
  }

  @Test func aStampEncodesAsCompactTextAndBack() throws {
    let s = Stamp(wall: 1_764_580_000_000, counter: 3, device: "laptop-ann")
    #expect(s.description == "1764580000000-3-laptop-ann")
    #expect(Stamp(s.description) == s)
    for bad in ["", "12-3", "x-1-a", "1-2-", "1-2-has:colon", "-1-2-a"] {
      #expect(Stamp(bad) == nil, "\(bad)")
    }
  }
}

@Suite("Sync op coding")
struct SyncOpCodingTests {
  @Test func everyKindRoundTripsThroughItsLine() throws {
    let s = Stamp(wall: 1, counter: 0, device: "d1")
    let payloads: [SyncPayload] = [
      .create(["id": .string("d-1"), "amount": .int(5)]),
      .put([SyncFieldWrite(fields: ["amount": .int(5), "currency": .string("EUR")], base: s)]),
      .elements(field: "tags", [SyncElementWrite(element: .string("vip"), present: false, base: nil)]),
      .append(field: "history", entries: [.object(["field": .string("stage")])]),
      .delete(seen: [s]),
      .restore(seen: [s]),
      .resolve(
        SyncResolution(
          conflict: "x-1", register: SyncRegister(name: "tags", element: .string("vip")), value: .bool(true),
          seen: [s])),
    ]
    for (i, p) in payloads.enumerated() {
      let op = SyncOp(
        device: "d1", seq: i + 1, author: i == 0 ? nil : "p-ann", stamp: s, collection: "deals",
        recordId: "d-1",
        payload: p)
      #expect(try SyncOp(jsonLine: op.jsonLine) == op)
    }
  }

  @Test func unknownKindsAndKeysArePreservedNotDropped() throws {
    let line =
      #"{"c":"deals","d":"d9","future":{"x":1},"k":"reorder","n":4,"order":["a","b"],"r":"d-1","s":"9-0-d9"}"#
    let op = try SyncOp(jsonLine: line)
    #expect(
      op.payload
        == .unknown(
          kind: "reorder",
          body: ["order": .array([.string("a"), .string("b")]), "future": .object(["x": .int(1)])]))
    #expect(op.jsonLine == line)
    let put = #"{"c":"deals","d":"d9","k":"put","n":5,"r":"d-1","s":"9-1-d9","w":[],"why":"import"}"#
    let op2 = try SyncOp(jsonLine: put)
    #expect(op2.extra == ["why": .string("import")])
    #expect(op2.jsonLine == put)
    // The merge ignores the unknown kind, keeps the op, and still re-exports it.
    let state = SyncState([op, op2])
    #expect(state.sortedOps.map(\.jsonLine) == [line, put])
  }

  @Test func badLinesGetAClearMessage() {
    let cases: [(String, String)] = [
      ("not json", "not valid JSON"),
      (#"{"c":"deals","d":"d1","k":"put","r":"d-1","s":"1-0-d1","w":[]}"#, "sequence number"),
      (#"{"c":"deals","d":"d1","k":"put","n":1,"r":"d-1","s":"soon","w":[]}"#, "not a stamp"),
      (#"{"c":"deals","d":"d:1","k":"put","n":1,"r":"d-1","s":"1-0-d1","w":[]}"#, "invalid device id"),
      (#"{"c":"deals","d":"d1","k":"put","n":1,"r":"d-1","s":"1-0-d1"}"#, "sync op d1:1: put lacks \"w\""),
    ]
    for (line, expected) in cases {
      do {
        _ = try SyncOp(jsonLine: line)
        Issue.record("accepted \(line)")
      } catch {
        #expect(error.message.contains(expected), "\(error.message)")
      }
    }
  }

  @Test func jsonParsesWithEscapesAndCanonicalTextRoundTrips() throws {
    let text = #"{"b":[1,-2.5e3,true,null,{}],"a":"x\u00e9\n\ud83d\ude00\"q"}"#
    let v = try SyncValue(json: Array(text.utf8))
    #expect(
      v
        == .object([
          "a": .string("x\u{e9}\n\u{1F600}\"q"),
          "b": .array([.int(1), .double(-2500), .bool(true), .null, .object([:])]),
        ]))
    #expect(v.canonical == #"{"a":"xé\n😀\"q","b":[1,-2500.0,true,null,{}]}"#)
    #expect(try SyncValue(json: Array(v.canonical.utf8)) == v)
    for bad in ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"open", "1 2", "{\"a\":1,}"] {
      #expect(throws: SyncError.self, "\(bad)") { try SyncValue(json: Array(bad.utf8)) }
    }
  }

  @Test func aPartialGroupWriteIsAnIssueNotAHalfChangedDeal() throws {
    var ann = SyncReplica("ann")
    try ann.create(SyncSample.deal("d-1"), now: SyncSample.t0)
    var state = ann.state
    let bad = SyncOp(
      device: "other", seq: 1, author: nil, stamp: Stamp(wall: SyncSample.t0 + 5, device: "other"),
      collection: "deals", recordId: "d-1",
      payload: .put([SyncFieldWrite(fields: ["amount": .int(1)], base: nil)]))
    state.apply(bad)
    #expect(try state.record(.deals, id: "d-1") == ann.state.record(.deals, id: "d-1"))
    #expect(state.issues.map(\.opId) == ["other:1"])
    #expect(state.issues.first?.message.contains("lacks currency") == true)
  }

  @Test func aDeviceIdThatWouldBreakOpIdsIsRefused() {
    #expect(throws: SyncError.self) { try SyncDevice(id: "ann:laptop") }
    #expect(throws: SyncError.self) { try SyncDevice(id: "") }
    #expect(throws: SyncError.self) { try SyncDevice(id: "ok", nextSeq: 0) }
  }
}

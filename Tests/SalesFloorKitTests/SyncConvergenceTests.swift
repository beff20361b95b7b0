import SalesFloorKit
import Testing

/// Five simulated devices edit one team's deals and coaching items offline and sync in random
/// partial batches; at the end every replica, fed all ops in its own random order with duplicates,
/// must hold byte-identical collections and conflict lists, and no edit may vanish unseen.
@Suite("Sync convergence")
struct SyncConvergenceTests {
  struct Simulation {
    var rng: SplitMix64
    var replicas: [SyncReplica]
    /// Global index of every op, and per device the indexes it holds.
    var index: [String: Int] = [:]
    var holds: [Set<Int>]
    /// Per op: the indexes its device held when writing it (the ground truth of "had seen").
    var knew: [String: Set<Int>] = [:]
    var resolutions = 0
    let skew: [Int64] = [0, 45_000, -30_000, 3_600_000, -7_200_000]

    init(seed: UInt64, devices: Int) {
      rng = SplitMix64(seed: seed)
      replicas = (0..<devices).map { SyncReplica("dev\($0)") }
      holds = Array(repeating: [], count: devices)
    }

    mutating func record(_ ops: [SyncOp], by i: Int) {
      for op in ops {
        let n = index.count
        index[op.id] = n
        knew[op.id] = holds[i]
        holds[i].insert(n)
      }
    }

    mutating func deliver(from j: Int, to i: Int) {
      let log = replicas[j].written
      guard !log.isEmpty else { return }
      var batch: [SyncOp] = []
      for _ in 0..<(1 + rng.index(25)) { batch.append(log[rng.index(log.count)]) }
      replicas[i].receive(batch)
      for op in batch { if let n = index[op.id] { holds[i].insert(n) } }
    }

    mutating func step(_ i: Int, now: Int64) throws {
      var r = replicas[i]
      defer { replicas[i] = r }
      let author = "p-\(i)"
      let deals = r.state.liveIds(.deals)
      let roll = rng.index(100)
      var ops: [SyncOp] = []
      if deals.count < 4 || roll < 6 {
        ops = try r.create(
          SyncSample.deal("d-\(i)-\(r.written.count)", name: "New \(i)"), author: author, now: now)
      } else if roll < 9 {
        ops = try r.delete(deal: deals[rng.index(deals.count)], author: author, now: now)
      } else if roll < 11 {
        let gone = r.state.recordRefs.filter { $0.collection == "deals" && r.state.view($0)?.exists == false }
        // Only what this device has seen created (a delete may arrive before its create).
        if let ref = gone.first, let fields = r.state.view(ref)?.fields,
          let back = try? Record(.deals, syncFields: fields)
        {
          ops = try r.change(.deals, ref.id, author: author, now: now) { _ in back }
        }
      } else if roll < 14 {
        // Coaching items accepted from one of a few signals: derived ids, so devices collide.
        let id = DerivedId.make(prefix: "c-", from: ["signal", "stalled", "p-\(rng.index(4))"])
        if try r.state.record(.coaching, id: id) == nil {
          let item = CoachingItem(
            id: id, personId: "p-1", title: "Stalled deals", reason: "idle", createdAt: Timestamp(seconds: 1))
          ops = try r.change(.coaching, id, author: author, now: now) { _ in .coaching(item) }
        }
      } else if roll < 22, let id = r.state.liveIds(.coaching).first {
        let text = "note \(rng.index(1000))"
        ops = try r.change(.coaching, id, author: author, now: now) { before in
          guard case .coaching(var c)? = before else { return nil }
          c.notes.append(.init(at: Timestamp(seconds: now / 1000), authorId: author, text: text))
          return .coaching(c)
        }
      } else if roll < 27 {
        let open = r.state.conflicts()
        if !open.isEmpty {
          let c = open[rng.index(open.count)]
          let choice: SyncChoice = rng.chance(0.5) ? .keepApplied : .takeOther
          let op = try r.device.resolve(c, choice, author: author, in: r.state, now: now)
          r.receive([op])
          r.written.append(op)
          ops = [op]
          resolutions += 1
        }
      } else {
        let id = deals[rng.index(deals.count)]
        ops = try r.edit(deal: id, author: author, now: now) { d in
          SyncRandomEdit.mutate(&d, &rng, now: now, by: author)
        }
      }
      record(ops, by: i)
    }

    mutating func run(opsPerDevice: Int) throws {
      var tick: Int64 = 0
      while replicas.contains(where: { $0.written.count < opsPerDevice }) {
        tick += 1
        let i = rng.index(replicas.count)
        guard replicas[i].written.count < opsPerDevice else { continue }
        // Device 4 is mostly offline; the others sync often.
        if rng.chance(i == 4 ? 0.03 : 0.4) {
          let j = rng.index(replicas.count)
          if j != i { deliver(from: j, to: i) }
        }
        try step(i, now: SyncSample.t0 + tick * 20 + skew[i])
      }
    }
  }

  @Test func fiveDevicesConvergeByteForByteAndLoseNoEdit() throws {
    var sim = Simulation(seed: 2026, devices: 5)
    try sim.run(opsPerDevice: 200)
    let all = sim.replicas.flatMap(\.written)
    #expect(all.count >= 1000)
    #expect(Set(all.map(\.id)).count == all.count)

    var outputs: [[[UInt8]]] = []
    var rng = SplitMix64(seed: 99)
    var final = SyncState()
    for _ in 0..<5 {
      var delivery = all + all.filter { _ in rng.chance(0.2) }
      SyncRandomEdit.shuffle(&delivery, &rng)
      final = SyncState(delivery)
      let s = final.snapshot()
      outputs.append([try s.encoded(.deals), try s.encoded(.coaching), s.encodedConflicts])
      #expect(s.issues.isEmpty, "\(s.issues.prefix(3))")
    }
    // The devices themselves, once they have everything, agree too.
    for var r in sim.replicas {
      r.receive(all)
      let s = r.state.snapshot()
      outputs.append([try s.encoded(.deals), try s.encoded(.coaching), s.encodedConflicts])
    }
    for o in outputs.dropFirst() { #expect(o == outputs[0]) }

    let snapshot = final.snapshot()
    #expect(snapshot.workspace.deals.count > 5)
    #expect(sim.resolutions > 0)
    #expect(snapshot.conflicts.contains { $0.kind == .concurrentEdit })

    // No acknowledged edit silently lost: every write is in effect, or was seen by a later write of
    // the same field (or by the delete), or is listed as a conflict.
    let byRegister = Dictionary(grouping: all.flatMap { op in registers(of: op).map { (op, $0) } }) { pair in
      RegisterRef(record: SyncRecordRef(pair.0.collection, pair.0.recordId), register: pair.1.register)
    }
    let listed = Set(
      snapshot.conflicts.map {
        "\($0.other.opId) \($0.register.name) \($0.register.element?.canonical ?? "")"
      })
    let deleters = Dictionary(grouping: all.filter(\.isExistenceWrite)) {
      SyncRecordRef($0.collection, $0.recordId)
    }
    var inEffect = 0
    var inConflict = 0
    for (ref, writes) in byRegister {
      // Bookkeeping fields (updatedAt) take the later stamp silently, by design.
      if SyncSchema.of(ref.record.collection).quiet.contains(ref.register.name) { continue }
      let view = final.view(ref.record)
      for (op, w) in writes {
        guard let n = sim.index[op.id] else { continue }
        if let view, view.exists, w.holds(in: view.fields, schema: SyncSchema.of(ref.record.collection)) {
          inEffect += 1
          continue
        }
        let seenLater = writes.contains { other in
          other.0.id != op.id && sim.knew[other.0.id]?.contains(n) == true
        }
        let seenByDelete =
          view?.exists == false
          && (deleters[ref.record] ?? []).contains { sim.knew[$0.id]?.contains(n) == true }
        if seenLater || seenByDelete { continue }
        let key = "\(op.id) \(ref.register.name) \(ref.register.element?.canonical ?? "")"
        let isListed = listed.contains(key)
        #expect(isListed, "lost without a conflict: \(op.jsonLine)")
        inConflict += 1
      }
    }
    #expect(inEffect > 100)
    #expect(inConflict > 0)
  }

  struct RegisterRef: Hashable {
    var record: SyncRecordRef
    var register: SyncRegister
  }

  struct Write {
    var register: SyncRegister
    var value: SyncValue

    /// Whether the merged record shows this write's value.
    func holds(in fields: [String: SyncValue], schema: SyncSchema) -> Bool {
      if let e = register.element {
        let present: Bool
        switch schema.sets[register.name] {
        case .list?: present = fields[register.name]?.arrayValue?.contains(e) == true
        default:
          guard let pair = e.arrayValue, let key = pair.first?.stringValue, pair.count == 2 else {
            return false
          }
          present = fields[register.name]?.objectValue?[key]?.arrayValue?.contains(pair[1]) == true
        }
        return value == .bool(present)
      }
      guard let values = value.objectValue else { return false }
      return values.allSatisfy { k, v in (fields[k] ?? .null) == v }
    }
  }

  /// The field and element writes of an op (creates are the base every edit starts from).
  func registers(of op: SyncOp) -> [Write] {
    let schema = SyncSchema.of(op.collection)
    switch op.payload {
    case .put(let writes):
      return writes.compactMap { w in
        w.fields.keys.first.map {
          Write(register: SyncRegister(name: schema.registerName(of: $0)), value: .object(w.fields))
        }
      }
    case .elements(let field, let writes):
      return writes.map {
        Write(register: SyncRegister(name: field, element: $0.element), value: .bool($0.present))
      }
    case .resolve(let r) where r.register != .existence: return [Write(register: r.register, value: r.value)]
    default: return []
    }
  }
}

extension SyncOp {
  /// Deletes, restores and resolutions of a record's existence.
  fileprivate var isExistenceWrite: Bool {
    switch payload {
    case .delete, .restore: return true
    case .resolve(let r): return r.register == .existence
    default: return false
    }
  }
}

import Foundation
import SalesFloorKit
import Testing

/// N real `salesfloor` processes at once, each running M edits of 10 shared deals (name, amount,
/// close date, stage) and adds with 5 account names. Every acknowledged edit (exit 0) must be in the
/// final state and its deal's history; every refusal must be a conflict naming the deal and field
/// whose value never landed; exactly 5 accounts exist.
///
/// Default 8 × 25 (quick on 2 cores); `SALESFLOOR_WRITERS=8 SALESFLOOR_EDITS=200` is the full
/// measurement of docs/reliability.md ("Concurrent writers"); `SALESFLOOR_SEED` changes the mix.
@Suite struct CLIConcurrentWritersTests {
  static let accounts = ["Initech", "Globex", "Umbrella", "Hooli", "Vandelay"]
  static let stages = ["prospect", "qualify", "discovery", "demo", "proposal", "negotiation"]

  /// One planned edit and, once run, how it ended.
  struct Op: Sendable {
    enum Kind: String, Sendable { case name, amount, closeDate, stage, add }
    var writer: Int
    var kind: Kind
    var deal: String
    /// The value as the history's `to` will carry it (minor units, ISO day, stage id, name).
    var value: String
    var args: [String]
    var status: Int32 = -1
    var stdout = ""
    var stderr = ""
  }

  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var ops: [Op] = []
    func append(_ op: Op) { lock.withLock { ops.append(op) } }
    var all: [Op] { lock.withLock { ops } }
  }

  static func env(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
  }

  /// The seeded plan of one writer; values are unique per edit so each can be found in history.
  static func plan(writer w: Int, edits: Int, seed: UInt64, data: String) -> [Op] {
    var rng = SplitMix64(seed: seed &+ UInt64(w) &* 0x9E37_79B9)
    let base = Day(year: 2027, month: 1, day: 1) ?? Day(ordinal: 0)
    return (0..<edits).map { n in
      let deal = "d-\(rng.index(10))"
      let tag = w * edits + n
      let common = ["--data", data, "--as", "Bo"]
      switch rng.index(5) {
      case 0:
        let name = "deal \(deal) by w\(w) #\(n)"
        return Op(
          writer: w, kind: .name, deal: deal, value: name,
          args: ["deal", "update", deal, "--name", name] + common)
      case 1:
        let major = 10_000 + tag
        return Op(
          writer: w, kind: .amount, deal: deal, value: String(major * 100),
          args: ["deal", "update", deal, "--amount", String(major)] + common)
      case 2:
        let day = base.adding(days: tag).iso
        return Op(
          writer: w, kind: .closeDate, deal: deal, value: day,
          args: ["deal", "update", deal, "--close", day] + common)
      case 3:
        let stage = rng.pick(stages)
        return Op(
          writer: w, kind: .stage, deal: deal, value: stage, args: ["deal", "move", deal, stage] + common)
      default:
        let account = rng.pick(accounts)
        return Op(
          writer: w, kind: .add, deal: "", value: account,
          args: [
            "deal", "add", "--quiet", "--name", "new by w\(w) #\(n)", "--account", account, "--owner", "Bo",
            "--amount", "1000", "--close", "2027-03-31",
          ] + common)
      }
    }
  }

  /// A workspace with Bo and deals d-0 … d-9 (10k each, qualify, closing 2026-12-31).
  static func seedWorkspace(_ box: Sandbox) throws {
    try box.initWorkspace()
    let store = try WorkspaceStore(opening: box.data)
    let created = Timestamp(day: Day(year: 2026, month: 11, day: 2) ?? Day(ordinal: 0), hour: 9)
    var mutations: [Mutation] = [.put(.person(Person(id: "p-bo", name: "Bo Seller", role: .rep)))]
    for k in 0..<10 {
      mutations.append(
        .put(
          .deal(
            Deal(
              id: "d-\(k)", name: "deal d-\(k)", accountId: nil, ownerId: "p-bo", amount: 1_000_000,
              currency: "USD", stage: "qualify", closeDate: Day(year: 2026, month: 12, day: 31),
              createdAt: created))))
    }
    try store.commit(Transaction(id: "tx-seed", at: created, summary: "seed", mutations: mutations))
    try store.close()
  }

  @Test func concurrentWritersNeverOverwriteAnAcknowledgedEdit() throws {
    let writers = Self.env("SALESFLOOR_WRITERS", 8)
    let edits = Self.env("SALESFLOOR_EDITS", 25)
    let seed = UInt64(Self.env("SALESFLOOR_SEED", 20_261_127))
    let box = Sandbox()
    defer { box.cleanUp() }
    try Self.seedWorkspace(box)
    let results = Results()
    let started = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: writers) { w in
      for var op in Self.plan(writer: w, edits: edits, seed: seed, data: box.data.path) {
        do {
          let r = try box.run(op.args, env: ["SALESFLOOR_COMPACT_LINES": "60"])
          (op.status, op.stdout, op.stderr) = (r.status, r.stdout, r.stderr)
        } catch {
          op.stderr = "\(error)"
        }
        results.append(op)
      }
    }
    let elapsed = ContinuousClock.now - started
    let ops = results.all
    #expect(ops.count == writers * edits)
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace

    let refused = ops.filter { $0.status != 0 }
    for op in refused {
      let field = op.kind == .closeDate ? "closeDate" : op.kind.rawValue
      #expect(op.status == 1, "\(op.args): \(op.stderr)")
      #expect(
        op.stderr.contains("conflict on deal \(op.deal)") && op.stderr.contains("\(field) was changed"),
        "\(op.args): \(op.stderr)")
    }
    let applied = ops.filter { $0.status == 0 && $0.kind != .add && !$0.stdout.contains("nothing to change") }
    let unchanged = ops.filter { $0.status == 0 && $0.stdout.contains("nothing to change") }
    #expect(unchanged.allSatisfy { $0.kind == .stage }, "only a move to the current stage changes nothing")

    // Every acknowledged edit is in its deal's history, and nothing else is (no refused value landed).
    for k in 0..<10 {
      let id = "d-\(k)"
      let deal = try #require(ws.deals[id: id])
      for kind in [Op.Kind.name, .amount, .closeDate, .stage] {
        let field: DealChange.Field =
          switch kind {
          case .name: .name
          case .amount: .amount
          case .closeDate: .closeDate
          default: .stage
          }
        let logged = deal.history.filter { $0.field == field }.compactMap(\.to).sorted()
        let acknowledged = applied.filter { $0.deal == id && $0.kind == kind }.map(\.value).sorted()
        #expect(logged == acknowledged, "\(id) \(kind): history \(logged) vs acknowledged \(acknowledged)")
        // The final value is the last one logged (or the seed's): no write-back of a stale record.
        let last = deal.history.last { $0.field == field }?.to
        let final: String? =
          switch kind {
          case .name: deal.name
          case .amount: String(deal.amount)
          case .closeDate: deal.closeDate?.iso
          default: deal.stage
          }
        let seedValue: String =
          switch kind {
          case .name: "deal \(id)"
          case .amount: "1000000"
          case .closeDate: "2026-12-31"
          default: "qualify"
          }
        #expect(
          final == (last ?? seedValue), "\(id) \(kind): final \(final ?? "nil") vs last logged \(last ?? "-")"
        )
      }
    }

    // Adds: each acknowledged one exists, on the one account of its name; exactly 5 accounts.
    let adds = ops.filter { $0.kind == .add }
    #expect(adds.allSatisfy { $0.status == 0 }, "\(adds.filter { $0.status != 0 }.map(\.stderr))")
    #expect(ws.accounts.count == Self.accounts.count, "\(ws.accounts.items.map(\.name))")
    #expect(Set(ws.accounts.items.map(\.name)) == Set(Self.accounts))
    #expect(ws.deals.count == 10 + adds.count)
    for op in adds where op.status == 0 {
      let newId = op.stdout.split(separator: "\n").last.map(String.init) ?? ""
      let deal = ws.deals[id: newId]
      #expect(deal.flatMap { $0.accountId }.flatMap { ws.accounts[id: $0]?.name } == op.value, "\(newId)")
    }
    let figures =
      "concurrent writers \(writers) × \(edits): \(applied.count) applied, \(refused.count) refused, "
      + "\(unchanged.count) unchanged, \(adds.count) adds, \(ws.accounts.count) accounts, \(elapsed)"
    print(figures)
  }
}

import Foundation
import Testing

@testable import SalesFloorKit

/// Not a timed test: prints throughput for a 100k-deal / 300k-activity synthetic workspace.
/// Run with `SALESFLOOR_CODEC_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter FastCodecBenchmark`.
@Suite(
  "FastCodecBenchmark", .enabled(if: ProcessInfo.processInfo.environment["SALESFLOOR_CODEC_BENCH"] != nil))
struct FastCodecBenchmark {
  static func synthetic(deals: Int) -> Workspace {
    var ws = Workspace()
    let stages = ["prospect", "qualify", "discovery", "demo", "proposal", "negotiation", "won", "lost"]
    let t0 = CodecFixtures.t0
    ws.deals.reserveCapacity(deals)
    ws.activities.reserveCapacity(deals * 3)
    for i in 0..<deals {
      let stage = stages[i % stages.count]
      let created = t0.adding(seconds: -Int64(i % 400) * 86_400)
      let id = "deal-" + String(i + 1_000_000)
      ws.deals.upsert(
        Deal(
          id: id, externalId: i % 3 == 0 ? "006A0000\(i)" : nil, name: "Account \(i % 9000) — expansion \(i)",
          accountId: "account-enterprise-\(i % 9000)", ownerId: "rep-\(i % 250)",
          amount: Int64(1000 + i * 37 % 9_000_000),
          currency: i % 5 == 0 ? "EUR" : "USD", stage: stage, probability: i % 7 == 0 ? 35 : nil,
          closeDate: created.day.adding(days: 60 + i % 90), createdAt: created,
          updatedAt: created.adding(seconds: 7200),
          nextStep: i % 2 == 0 ? "Follow up with the economic buyer on pricing" : nil,
          nextStepDate: i % 2 == 0 ? created.day.adding(days: 7) : nil,
          tags: i % 4 == 0 ? ["renewal", "q4"] : [],
          competitor: i % 6 == 0 ? "Globex" : nil, playProgress: i % 10 == 0 ? ["meddpicc": [0, 1, 2]] : [:],
          history: [
            DealChange(at: created, field: .created, to: "prospect", by: "rep-\(i % 250)"),
            DealChange(at: created.adding(seconds: 86_400 * 5), field: .stage, from: "prospect", to: stage),
          ]))
      for k in 0..<3 {
        ws.activities.upsert(
          Activity(
            id: "act-\(i * 3 + k + 10_000_000)", kind: k == 0 ? .call : k == 1 ? .email : .meeting,
            subject: "Touch base \(k) on \(id)", ownerId: "rep-\(i % 250)", dealId: id,
            accountId: "account-enterprise-\(i % 9000)", dueDate: created.day.adding(days: k * 5),
            doneAt: k < 2 ? created.adding(seconds: Int64(k) * 3600) : nil, durationMinutes: 30,
            createdAt: created))
      }
    }
    return ws
  }

  private func time(_ label: String, bytes: Int, count: Int, _ body: () throws -> Void) rethrows {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    let s = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let mb = Double(bytes) / 1_048_576
    print(
      "\(label): \(String(format: "%.3f", s)) s, \(Int(Double(count) / s)) records/s, \(String(format: "%.0f", mb / s)) MB/s"
    )
  }

  @Test("100k deals, 300k activities: fast codec vs Foundation")
  func run() throws {
    let ws = Self.synthetic(deals: 100_000)
    let codec = FastCodec()
    for c in [CollectionName.deals, .activities] {
      let n = c == .deals ? ws.deals.count : ws.activities.count
      var bytes: [UInt8] = []
      try time("\(c) FastCodec encode", bytes: 0, count: n) {
        bytes = try codec.encodeFile(c, of: ws, schemaVersion: 1)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: "/tmp/salesfloor-bench-\(c).json"))
      print("\(c).json: \(bytes.count) bytes")
      var back = Workspace()
      try time("\(c) FastCodec decode", bytes: bytes.count, count: n) {
        _ = try bytes.withUnsafeBytes { try codec.decodeFile(c, bytes: $0, into: &back) }
      }
      #expect(CodecFixtures.records(c, back) == CodecFixtures.records(c, ws))
      let data = Data(bytes)
      try time("\(c) JSONDecoder decode", bytes: bytes.count, count: n) {
        if c == .deals {
          _ = try JSONDecoder().decode(CodecFixtures.File<Deal>.self, from: data)
        } else {
          _ = try JSONDecoder().decode(CodecFixtures.File<Activity>.self, from: data)
        }
      }
      try time("\(c) JSONEncoder encode", bytes: 0, count: n) { _ = try CodecFixtures.referenceFile(c, ws) }
    }
  }
}

/// Decode-only loop over the files written by `FastCodecBenchmark` (for profiling with perf).
@Suite(
  "FastCodecDecodeProfile",
  .enabled(if: ProcessInfo.processInfo.environment["SALESFLOOR_CODEC_PROFILE"] != nil))
struct FastCodecDecodeProfile {
  @Test("decode /tmp/salesfloor-bench-deals.json three times")
  func run() throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "/tmp/salesfloor-bench-deals.json")))
    for _ in 0..<3 {
      var ws = Workspace()
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try bytes.withUnsafeBytes { try FastCodec().decodeFile(.deals, bytes: $0, into: &ws) }
      print(
        "deals decode: \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) s, \(ws.deals.count)")
    }
  }
}

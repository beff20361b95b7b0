import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorSync

/// Issue #14's convergence proof: five copies of one team on one `file://` hub make random seeded
/// edits through the typed commands, sync in random order with offline stretches, then all sync
/// twice; their collection files and conflict lists must be byte-identical and no acknowledged
/// edit may be missing (the rule is `EditLedger`'s).
///
/// `SALESFLOOR_SYNC_EDITS` sets the edits per copy (default 200), `SALESFLOOR_SYNC_SEED` repeats a
/// run; every failure names the seed.
@Suite("Convergence")
struct ConvergenceTests {
  static let environment = ProcessInfo.processInfo.environment
  static let editsPerCopy = environment["SALESFLOOR_SYNC_EDITS"].flatMap(Int.init) ?? 200
  static let seed =
    environment["SALESFLOOR_SYNC_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)

  @Test("five copies, random edits, random sync order: identical files, no edit missing")
  func fiveCopiesConverge() throws {
    let seed = Self.seed
    var rng = SeededRandom(seed: seed)
    let team = try TestTeam()
    let people = team.a.store.workspace.people.map(\.id)
    let others = people.filter {
      $0 != team.a.engine.deviceFile.person && $0 != team.b.engine.deviceFile.person
    }
    try #require(others.count >= 3, "the demo team needs five people")
    var copies = [team.a, team.b]
    for (n, name) in ["c", "d", "e"].enumerated() { copies.append(try team.join(name, as: others[n])) }
    let persons = copies.map(\.engine.deviceFile.person)
    let start = team.a.store.workspace
    let hot = Array(
      start.deals.filter { start.settings.stage($0.stage)?.isOpen ?? false }.map(\.id).sorted().prefix(6))
    var editor = RandomEditor(hot: hot)
    var ledger = EditLedger(copies: copies.count)
    var left = Array(repeating: Self.editsPerCopy, count: copies.count)
    var rounds = 0
    let started = Date()

    while left.contains(where: { $0 > 0 }) {
      for i in Array(copies.indices).shuffled(using: &rng) {
        let burst = min(left[i], Int.random(in: 1...8, using: &rng))
        var made = 0
        var tries = 0
        while made < burst && tries < burst * 4 {
          tries += 1
          if try editor.edit(copies[i], index: i, person: persons[i], ledger: &ledger, rng: &rng) {
            made += 1
          }
        }
        left[i] -= max(made, 1)
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.45 {
          try copies[i].engine.round()
          ledger.synced(copy: i)
          rounds += 1
        } else if roll < 0.55 {
          try copies[i].engine.round(network: false)
          rounds += 1
        }  // else: offline for a while, edits queue up
      }
    }
    for _ in 0..<2 {
      for i in copies.indices {
        let status = try #require(try copies[i].engine.round(), "seed \(seed)")
        #expect(status.state == .synced, "seed \(seed): copy \(i) \(status.message ?? "")")
        ledger.synced(copy: i)
      }
    }
    let seconds = Date().timeIntervalSince(started)
    print(
      "convergence: seed \(seed), \(ledger.edits) edits, \(rounds) random rounds, \(String(format: "%.1f", seconds)) s"
    )

    for copy in copies { try copy.store.compact() }
    let files =
      CollectionName.allCases.filter { $0 != .compPlans }.map(\.fileName) + [
        SyncFiles.folder + "/" + SyncFiles.conflicts
      ]
    for file in files {
      let first = FileManager.default.contents(atPath: copies[0].folder.appendingPathComponent(file).path)
      for (i, copy) in copies.enumerated().dropFirst() {
        let other = FileManager.default.contents(atPath: copy.folder.appendingPathComponent(file).path)
        #expect(other == first, "seed \(seed): \(file) of copy \(i) differs from copy 0")
      }
    }

    let ws = copies[0].store.workspace
    let conflicts = copies[0].engine.conflicts
    for (i, copy) in copies.enumerated().dropFirst() {
      #expect(copy.engine.conflicts == conflicts, "seed \(seed): copy \(i) lists other conflicts")
    }
    let missing = ledger.missing(in: ws, conflicts: conflicts)
    #expect(
      missing.isEmpty,
      "seed \(seed): \(missing.count) acknowledged edits missing, e.g. \(missing.prefix(5).map { "edit \($0.edit) of copy \($0.copy): \($0.what)" })"
    )
    // The run must have made the cases the rule is about, or it proved nothing.
    #expect(ledger.edits >= Self.editsPerCopy * copies.count / 2, "seed \(seed): only \(ledger.edits) edits")
    #expect(!conflicts.isEmpty, "seed \(seed): no concurrent edit happened")
    #expect(ledger.supersededCount > 0, "seed \(seed): no informed overwrite happened")
  }
}

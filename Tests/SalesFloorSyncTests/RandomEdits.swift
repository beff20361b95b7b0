import Foundation
import SalesFloorKit

@testable import SalesFloorSync

/// Random edits of one copy through the typed commands the CLI and cockpit use (a checklist tick,
/// which has no command of its own, as the cockpit writes it), each with the facts it sets.
struct RandomEditor {
  static let tags = ["vip", "q4", "risk", "champion", "legal", "pilot"]
  /// A few deals every copy edits often, so concurrent edits of one field really happen.
  let hot: [String]
  var counter = 0

  init(hot: [String]) { self.hot = hot }

  /// Makes one edit on `copy` and records it; false when the picked edit did not apply (a deal
  /// deleted meanwhile, an edit that changes nothing), which is then not acknowledged.
  mutating func edit(
    _ copy: TestTeam.Copy, index: Int, person: String, ledger: inout EditLedger,
    rng: inout SeededRandom
  ) throws -> Bool {
    counter += 1
    let ws = copy.store.workspace
    let ctx = CommandContext(workspace: ws, actor: person, now: .now)
    let live = ws.deals.map(\.id)
    let hotLive = hot.filter { ws.deals.contains(id: $0) }
    guard !live.isEmpty else { return try add(copy, ctx, ledger: &ledger, rng: &rng, index: index) }
    let dealId =
      (!hotLive.isEmpty && rng.chance(0.6))
      ? hotLive[Int.random(in: 0..<hotLive.count, using: &rng)]
      : live[Int.random(in: 0..<live.count, using: &rng)]
    let ref = SyncRecordRef(CollectionName.deals.rawValue, dealId)
    let tag = "c\(index)-\(counter)"
    let roll = Int.random(in: 0..<100, using: &rng)
    switch roll {
    case 0..<18:
      var u = UpdateDeal(dealId: dealId)
      let text = "step \(tag)"
      u.nextStep = .some(text)
      return try commit(
        u, ctx, copy, index, &ledger,
        [.field(ref, "nextStep", .string(text)) { $0.deals[id: dealId]?.nextStep.map(SyncValue.string) }])
    case 18..<26:
      var u = UpdateDeal(dealId: dealId)
      let text = "deal \(tag)"
      u.name = text
      return try commit(
        u, ctx, copy, index, &ledger,
        [.field(ref, "name", .string(text)) { $0.deals[id: dealId].map { .string($0.name) } }])
    case 26..<38:
      var u = UpdateDeal(dealId: dealId)
      let minor = Int64(index) * 1_000_000_000 + Int64(counter) * 100
      u.amount = Money(minor: minor, currency: ws.deals[id: dealId]?.currency ?? ws.settings.currency)
      return try commit(
        u, ctx, copy, index, &ledger,
        [.field(ref, "amount", .int(minor)) { $0.deals[id: dealId].map { .int($0.amount) } }])
    case 38..<50:
      let open = ws.settings.stages.filter(\.isOpen)
      guard !open.isEmpty else { return false }
      let stage = open[Int.random(in: 0..<open.count, using: &rng)].id
      return try commit(
        MoveDealStage(dealId: dealId, stage: stage), ctx, copy, index, &ledger,
        [.field(ref, "stage", .string(stage)) { $0.deals[id: dealId].map { .string($0.stage) } }])
    case 50..<54:
      let won = rng.chance(0.5)
      let command = CloseDeal(dealId: dealId, won: won, reason: won ? nil : "price")
      let stage = (won ? ws.settings.wonStage : ws.settings.lostStage)?.id ?? ""
      return try commit(
        command, ctx, copy, index, &ledger,
        [.field(ref, "stage", .string(stage)) { $0.deals[id: dealId].map { .string($0.stage) } }])
    case 54..<56:
      guard !hot.contains(dealId) else { return false }
      return try commit(
        DeleteDeal(dealId: dealId), ctx, copy, index, &ledger,
        [.existence(ref, false) { $0.deals[id: dealId] != nil }], deletes: ref)
    case 56..<62:
      return try add(copy, ctx, ledger: &ledger, rng: &rng, index: index)
    case 62..<80:
      guard let deal = ws.deals[id: dealId] else { return false }
      let missing = Self.tags.filter { !deal.tags.contains($0) }
      let present = deal.tags.filter { Self.tags.contains($0) }
      var u = UpdateDeal(dealId: dealId)
      let adding = !missing.isEmpty && (present.isEmpty || rng.chance(0.65))
      let t =
        adding
        ? missing[Int.random(in: 0..<missing.count, using: &rng)]
        : present[Int.random(in: 0..<present.count, using: &rng)]
      u.tags = adding ? deal.tags + [t] : deal.tags.filter { $0 != t }
      return try commit(
        u, ctx, copy, index, &ledger,
        [.element(ref, "tags", .string(t), present: adding) { $0.deals[id: dealId]?.tags.contains(t) }])
    case 80..<92:
      return try tick(dealId, copy, ctx, index, &ledger, &rng)
    default:
      return try note(copy, ctx, index, tag, &ledger, &rng)
    }
  }

  private func add(
    _ copy: TestTeam.Copy, _ ctx: CommandContext, ledger: inout EditLedger, rng: inout SeededRandom,
    index: Int
  ) throws -> Bool {
    let command = AddDeal(name: "new \(index)-\(counter)", nextStep: "first \(index)-\(counter)")
    guard let edit = try copy.store.commit(command, seen: ctx), let id = edit.recordId else { return false }
    let ref = SyncRecordRef(CollectionName.deals.rawValue, id)
    ledger.acknowledge(copy: index, [.existence(ref, true) { $0.deals[id: id] != nil }])
    return true
  }

  private func tick(
    _ dealId: String, _ copy: TestTeam.Copy, _ ctx: CommandContext, _ index: Int, _ ledger: inout EditLedger,
    _ rng: inout SeededRandom
  ) throws -> Bool {
    let plays = ctx.workspace.playbooks.filter { !$0.steps.isEmpty }
    guard !plays.isEmpty, let deal = ctx.workspace.deals[id: dealId] else { return false }
    let play = plays[Int.random(in: 0..<min(plays.count, 3), using: &rng)]
    let step = Int.random(in: 0..<play.steps.count, using: &rng)
    guard !(deal.playProgress[play.id] ?? []).contains(step) else { return false }
    try copy.store.commit(planning: { ws in
      guard var d = ws.deals[id: dealId] else { throw SyncRunError("deal \(dealId) went away") }
      d.playProgress[play.id] = ((d.playProgress[play.id] ?? []) + [step]).sorted()
      return Transaction(
        id: WorkspaceStore.newId(prefix: "tx-"), at: ctx.now, actor: ctx.actor,
        summary: "ticked \(play.name)",
        mutations: [.put(.deal(d))])
    })
    let element = SyncValue.array([.string(play.id), .int(Int64(step))])
    let ref = SyncRecordRef(CollectionName.deals.rawValue, dealId)
    ledger.acknowledge(
      copy: index,
      [
        .element(ref, "playProgress", element, present: true) {
          $0.deals[id: dealId]?.playProgress[play.id]?.contains(step)
        }
      ])
    return true
  }

  private func note(
    _ copy: TestTeam.Copy, _ ctx: CommandContext, _ index: Int, _ tag: String, _ ledger: inout EditLedger,
    _ rng: inout SeededRandom
  ) throws -> Bool {
    let items = ctx.workspace.coaching.map(\.id)
    guard !items.isEmpty else { return false }
    let id = items[Int.random(in: 0..<min(items.count, 4), using: &rng)]
    let text = "note \(tag)"
    guard try copy.store.commit(AddSessionNote(itemId: id, text: text), seen: ctx) != nil else {
      return false
    }
    let ref = SyncRecordRef(CollectionName.coaching.rawValue, id)
    ledger.acknowledge(
      copy: index,
      [
        .logEntry(ref, "note \(text) on \(id)") {
          $0.coaching[id: id]?.notes.contains { $0.text == text } == true
        }
      ])
    return true
  }

  private func commit(
    _ command: some WorkspaceCommand, _ ctx: CommandContext, _ copy: TestTeam.Copy, _ index: Int,
    _ ledger: inout EditLedger, _ facts: [EditLedger.Fact], deletes: SyncRecordRef? = nil
  ) throws -> Bool {
    do {
      guard try copy.store.commit(command, seen: ctx) != nil else { return false }
    } catch is CommandError {
      return false
    }
    // A fact that already held where the edit was made (closing won a deal this copy already
    // saw won) is not a write of that field: the edit changed other fields, and a concurrent
    // change of this one by someone else is not a conflict with it.
    ledger.acknowledge(copy: index, facts.filter { !$0.holds(ctx.workspace) }, deletes: deletes)
    return true
  }
}

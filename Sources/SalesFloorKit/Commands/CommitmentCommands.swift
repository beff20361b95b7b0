/// Records a commitment from a signal or an item in one edit (`c` in the cockpit's signals view):
/// a signal no active item covers becomes an item first (as `AcceptSignal`), so a manager never
/// has to accept, find the new item and come back.
public struct CommitOnSignal: WorkspaceCommand {
  /// A signal id (`kind:personId`) or a coaching item id.
  public var id: String
  public var commitment: AddCommitment
  public var coachId: String?

  public init(
    id: String, text: String, check: CoachingItem.Commitment.Check = .manual, dealId: String? = nil,
    by: Day? = nil, coachId: String? = nil
  ) {
    self.id = id
    self.commitment = AddCommitment(itemId: id, text: text, check: check, dealId: dealId, by: by)
    self.coachId = coachId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let base: CoachingItem
    switch try CoachingTarget.find(id, in: ws, asOf: ctx.today) {
    case .item(let item): base = item
    case .signal(let s):
      if s.handling == .covered, let itemId = s.itemId, let item = ws.coaching[id: itemId] {
        base = item
      } else {
        base = try AcceptSignal(signalId: s.id, coachId: coachId).item(in: ctx)
      }
    }
    let item = try commitment.adding(to: base, ws)
    return Edit(summary: "commitment on \(item.title)", mutations: [.put(.coaching(item))], recordId: item.id)
  }
}

/// Ticks or unticks a hand-checked commitment of an item (`t` in the coaching item's detail).
/// Data-checked ones follow the records, so ticking them is refused with the reason.
public struct SetCommitmentDone: WorkspaceCommand {
  public var itemId: String
  /// Position in `CoachingItem.commitments`, from 0.
  public var index: Int
  public var done: Bool

  public init(itemId: String, index: Int, done: Bool) {
    self.itemId = itemId
    self.index = index
    self.done = done
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var item = try CoachingTarget.item(itemId, in: ctx.workspace)
    let c = try CommitmentIndex.commitment(index, of: item)
    guard c.check == .manual else {
      throw .invalid(
        field: "commitment",
        reason: "\"\(c.text)\" is checked from the data (\(c.check.rawValue)), not by hand")
    }
    item.commitments[index].done = done
    return Edit(
      summary: "\(done ? "done" : "not done"): \(c.text)", mutations: [.put(.coaching(item))],
      recordId: item.id)
  }
}

/// Removes a commitment from an item (`x` in the coaching item's detail).
public struct RemoveCommitment: WorkspaceCommand {
  public var itemId: String
  public var index: Int

  public init(itemId: String, index: Int) {
    self.itemId = itemId
    self.index = index
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var item = try CoachingTarget.item(itemId, in: ctx.workspace)
    let c = try CommitmentIndex.commitment(index, of: item)
    item.commitments.remove(at: index)
    return Edit(
      summary: "removed commitment \(c.text)", mutations: [.put(.coaching(item))], recordId: item.id)
  }
}

/// The one check that a commitment position exists.
enum CommitmentIndex {
  static func commitment(_ i: Int, of item: CoachingItem) throws(CommandError) -> CoachingItem.Commitment {
    guard item.commitments.indices.contains(i) else {
      throw .invalid(
        field: "commitment",
        reason: "\(i + 1): \(item.title) has \(item.commitments.count) commitment(s)")
    }
    return item.commitments[i]
  }
}

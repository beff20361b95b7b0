/// When handoffs start and end, in one place for every path that writes deals: a command in the
/// cockpit (`CockpitProgram.commitEdit`), the CLI and imports (`RebasedEdit.plan`) all pass their
/// mutations through `follow`, so a win made anywhere starts a handoff in the same transaction,
/// and undoing that transaction removes it again.
///
/// The rules:
/// - an existing deal becoming won (open or lost → won) starts a handoff from
///   `HandoffTemplate.choose`, on the deal's close day (the win day);
/// - a deal created already won (`deal add --stage won`, an import of historical wins) does not:
///   its delivery happened outside SalesFloor;
/// - a won deal leaving the won stage (re-opened, or moved to lost) removes its handoff, done steps
///   and all (undo brings it back);
/// - deleting a deal removes its handoff (`DeleteDeal` lists it in its plan).
/// Mutations that already write the deal's handoff (an undo's before images) are left alone.
public enum HandoffLifecycle {
  /// The handoff id of a deal: one handoff per deal, found without a scan.
  public static func id(forDeal dealId: String) -> String { "ho-" + dealId }

  /// `mutations` plus the handoff starts and removals they imply over `ws` (the workspace before).
  public static func follow(_ mutations: [Mutation], in ws: Workspace, today: Day) -> [Mutation] {
    guard mutations.contains(where: { $0.collection == .deals }) else { return mutations }
    let touched = Set(mutations.lazy.filter { $0.collection == .handoffs }.map(\.recordId))
    var extra: [Mutation] = []
    for m in mutations {
      switch m {
      case .put(.deal(let after)):
        let id = id(forDeal: after.id)
        guard !touched.contains(id), let before = ws.deals[id: after.id] else { continue }
        let wasWon = isWon(before, ws.settings)
        let won = isWon(after, ws.settings)
        if won && !wasWon && ws.handoffs[id: id] == nil {
          let template = HandoffTemplate.choose(for: after, in: ws)
          extra.append(.put(.handoff(template.start(id: id, dealId: after.id, on: after.closeDate ?? today))))
        } else if wasWon && !won && ws.handoffs[id: id] != nil {
          extra.append(.delete(.handoffs, id: id))
        }
      case .delete(.deals, let dealId):
        let id = id(forDeal: dealId)
        if !touched.contains(id) && ws.handoffs[id: id] != nil { extra.append(.delete(.handoffs, id: id)) }
      default:
        continue
      }
    }
    return extra.isEmpty ? mutations : mutations + extra
  }

  static func isWon(_ deal: Deal, _ settings: Settings) -> Bool {
    settings.stage(deal.stage)?.kind == .won
  }
}

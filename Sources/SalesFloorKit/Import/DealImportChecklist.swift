/// The checklist columns of a deal import and export: `exitCriteriaMet` (criteria texts of the
/// deal's stage, `;`-separated) and `playStepsDone` (`PLAY:N` with the play id and 1-based step
/// number, `;`-separated). Export writes what import reads, so the columns round-trip.
///
/// A column present in the file is the whole truth for what it covers: the stage's criteria, and
/// every play's steps. An empty cell is "not given" (like every import column) and changes nothing.
enum DealImportChecklist {
  static let separator: Character = ";"

  /// Ticks the file's items on a deal just built from the row (it has no ticks yet).
  static func tick(
    exitCriteria: String?, steps: String?, on d: inout Deal, ws: Workspace, at: Timestamp, by: String?
  ) throws(CommandError) {
    for text in parts(exitCriteria) {
      let item = try ChecklistRules.criterion(text, deal: d, settings: ws.settings)
      d.setTicked(true, key: item.key, index: item.index, at: at, by: by)
    }
    for text in parts(steps) {
      let item = try ChecklistRules.step(text, in: ws)
      d.setTicked(true, key: item.key, index: item.index, at: at, by: by)
    }
  }

  /// Makes an existing deal's ticks what the row says for the columns it has, logging each change.
  static func copy(
    from new: Deal, onto d: inout Deal, criteria: Bool, steps: Bool, at: Timestamp, by: String?
  ) {
    let criteriaKey = Deal.criteriaKey(stage: new.stage)
    let keys = Set(new.playProgress.keys).union(d.playProgress.keys).filter { key in
      key == criteriaKey ? criteria : (!key.hasPrefix("stage:") && steps)
    }
    for key in keys.sorted() {
      let want = Set(new.playProgress[key] ?? [])
      let have = Set(d.playProgress[key] ?? [])
      for i in want.subtracting(have).sorted() { d.setTicked(true, key: key, index: i, at: at, by: by) }
      for i in have.subtracting(want).sorted() { d.setTicked(false, key: key, index: i, at: at, by: by) }
    }
  }

  /// The `exitCriteriaMet` cell: the met criteria of the deal's current stage, in stage order.
  static func exitCriteriaText(_ d: Deal, settings: Settings) -> String {
    guard let st = settings.stage(d.stage) else { return "" }
    let key = Deal.criteriaKey(stage: st.id)
    return st.exitCriteria.indices.filter { d.isTicked(key: key, index: $0) }.map { st.exitCriteria[$0] }
      .joined(separator: String(separator))
  }

  /// The `playStepsDone` cell: `PLAY:N` per ticked step of a play that still has it, by play id.
  static func stepsText(_ d: Deal, ws: Workspace) -> String {
    d.playProgress.keys.filter { !$0.hasPrefix("stage:") }.sorted().flatMap { key -> [String] in
      let count = ws.playbooks[id: key]?.steps.count ?? 0
      return (d.playProgress[key] ?? []).filter { $0 < count }.map { "\(key):\($0 + 1)" }
    }.joined(separator: String(separator))
  }

  private static func parts(_ cell: String?) -> [String] {
    (cell ?? "").split(separator: separator).compactMap { CommandRules.text(String($0)) }
  }
}

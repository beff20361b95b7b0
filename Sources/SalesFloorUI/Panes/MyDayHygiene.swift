import SalesFloorKit

/// My Day's hygiene lines: "Hygiene 82 · 3 things to fix" and the fixes worth most, from the
/// score the cockpit keeps patched (`CockpitData.myHygiene`), so drawing costs no metric work.
/// (My Day has no cursor, so `Enter` cannot pick a fix here; the Hygiene view `Y` opens them.)
enum MyDayHygiene {
  static func lines(_ s: CockpitState) -> [ListItem] {
    guard let mine = s.data.myHygiene else { return [] }
    let n = mine.fixes.count
    let head =
      n == 0
      ? "Hygiene \(mine.score.score) · nothing to fix"
      : "Hygiene \(mine.score.score) · \(n) thing\(n == 1 ? "" : "s") to fix (Y shows all):"
    var out = [ListItem(head, role: .header)]
    for f in mine.fixes { out.append(ListItem(" " + f.shortText, role: .warning)) }
    return out
  }
}

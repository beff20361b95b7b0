import SalesFloorKit

/// How an activity goal's progress is drawn: a bar of done ÷ target with the pace marker at
/// e ÷ E (like a quota bar), and the colour its status reads as. My Day and the Activity view share
/// it, so a bar means the same on both.
enum GoalBars {
  /// The bar as text `width` cells wide.
  static func bar(_ p: ActivityGoalProgress, width: Int, glyphs: Glyphs) -> String {
    guard width > 0 else { return "" }
    var g = Grid(size: Size(width: width, height: 1))
    BarGauge(ratio: p.ratio, marker: p.paceRatio, scaleMax: 1, glyphs: glyphs)
      .render(into: &g, area: Rect(x: 0, y: 0, width: width, height: 1))
    return g.plainText().first ?? ""
  }

  /// Draws the bar into a grid at `area` (one row).
  static func render(_ p: ActivityGoalProgress, into grid: inout Grid, area: Rect, glyphs: Glyphs) {
    BarGauge(ratio: p.ratio, marker: p.paceRatio, scaleMax: 1, glyphs: glyphs).render(into: &grid, area: area)
  }

  static func role(_ p: ActivityGoalProgress) -> StyleRole {
    switch p.status {
    case .ahead: return .positive
    case .onPace: return .text
    case .behind: return .negative
    }
  }
}

extension GoalBars {
  /// My Day's goal rows from `y`: one bar per goal of the person with its caption ("Calls 23/40
  /// this week · behind pace (29 expected)"), leaving at least two rows for the lists below.
  /// Returns the next free row.
  static func renderMyDay(
    _ s: CockpitState, personId: String, into grid: inout Grid, inner: Rect, y start: Int
  ) -> Int {
    var y = start
    let barWidth = max(4, min(12, inner.width / 4))
    for p in s.data.goalProgress where p.goal.personId == personId {
      guard y < inner.maxY - 2 else { break }
      render(p, into: &grid, area: Rect(x: inner.x, y: y, width: barWidth, height: 1), glyphs: s.glyphs)
      grid.write(
        " " + p.summary, at: Point(x: inner.x + barWidth, y: y), style: Style(role(p)), clip: inner)
      y += 1
    }
    return y
  }
}

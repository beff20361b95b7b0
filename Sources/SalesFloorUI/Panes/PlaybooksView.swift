import SalesFloorKit

/// The playbooks pane: the play library; with a deal selected in Pipeline, the plays that fit it first.
public enum PlaybooksView {
  public struct Row: Sendable {
    public var play: Playbook
    public var fit: PlayFit?
  }

  /// The deal plays are ranked for: the pipeline's selection.
  static func contextDeal(_ s: CockpitState) -> Deal? { PipelineView.selectedDeal(s) }

  public static func ranked(_ s: CockpitState) -> [Row] {
    let f = s.filter(for: .playbooks).lowercased()
    let plays = s.data.plays.filter {
      f.isEmpty || $0.name.lowercased().contains(f) || ($0.framework?.lowercased().contains(f) ?? false)
        || $0.summary.lowercased().contains(f)
    }
    guard let deal = contextDeal(s) else { return plays.map { Row(play: $0, fit: nil) } }
    let fits = PlayFitRanker.rank(
      deal: deal, plays: plays, workspace: s.workspace, stalled: s.data.stalled[deal.id] != nil)
    let byId = Dictionary(plays.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    return fits.compactMap { fit in byId[fit.playId].map { Row(play: $0, fit: fit) } }
  }

  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let rows = ranked(s)
    let deal = contextDeal(s)
    var title = "4 Playbooks"
    if let deal { title += " · for \(deal.name)" }
    let inner = Box(title: title, focused: focused, glyphs: s.glyphs).render(into: &grid, area: area)
    guard !inner.isEmpty else { return }
    if rows.isEmpty {
      grid.write(
        "No plays. `salesfloor init` installs the starter library.", at: Point(x: inner.x, y: inner.y),
        style: Style(.muted), clip: inner)
      return
    }
    let showDetail = s.zoomed && inner.width >= 100
    let listArea = showDetail ? inner.split(.horizontal, [.percent(45), .fill(1)], spacing: 1)[0] : inner
    let tableRows: [[TableCell]] = rows.map { r in
      let fitText: String
      let role: StyleRole
      if let fit = r.fit, fit.fits {
        fitText = "fits: " + (fit.reasons.isEmpty ? "any deal" : fit.reasons.joined(separator: ", "))
        role = .positive
      } else {
        fitText = r.play.framework ?? ""
        role = .muted
      }
      let progress =
        r.fit.map { $0.progress.done > 0 ? "\($0.progress.done)/\($0.progress.total)" : "" } ?? ""
      return [TableCell(r.play.name), TableCell(fitText, role: role), TableCell(progress, role: .accent)]
    }
    Table(
      columns: [
        TableColumn("Play", width: ColumnWidth(min: 14, max: 34, flex: 2)),
        TableColumn("Why", width: ColumnWidth(min: 8, max: 60, flex: 3)),
        TableColumn("Done", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      ], rows: tableRows, selected: focused ? s.playbooksCursor.index : nil, glyphs: s.glyphs
    ).render(into: &grid, area: listArea)
    if showDetail, rows.indices.contains(s.playbooksCursor.index) {
      let detailArea = inner.split(.horizontal, [.percent(45), .fill(1)], spacing: 1)[1]
      let lines = DetailViews.playLines(rows[s.playbooksCursor.index].play, deal: deal, s)
      ListView(items: lines, glyphs: s.glyphs, showPointer: false).render(into: &grid, area: detailArea)
    }
  }
}

extension CockpitState {
  /// The filter of a given pane.
  public func filter(for pane: PaneID) -> String { filters[pane] ?? "" }
}

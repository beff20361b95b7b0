/// A one-row bar filled to `ratio`, with an optional pace marker at `marker` (e.g. where attainment
/// should be today). Ratios above 1 are allowed: the scale stretches to the largest value so 130 %
/// still shows as more than the quota.
public struct BarGauge: Sendable {
  public var ratio: Double
  public var marker: Double?
  public var glyphs: Glyphs
  /// The value at the right end of the bar; `max(1, ratio, marker)` when `nil`.
  public var scaleMax: Double?

  public init(ratio: Double, marker: Double? = nil, scaleMax: Double? = nil, glyphs: Glyphs = .unicode) {
    self.ratio = ratio
    self.marker = marker
    self.scaleMax = scaleMax
    self.glyphs = glyphs
  }

  /// Filled cells in a bar `width` wide (rounded to nearest; never more than the width).
  public func filledCells(width: Int) -> Int {
    let scale = effectiveScale
    guard ratio.isFinite, ratio > 0, scale > 0 else { return 0 }
    return min(width, Int((ratio / scale * Double(width)).rounded()))
  }

  /// The column of the marker in a bar `width` wide, if any.
  public func markerColumn(width: Int) -> Int? {
    guard let marker, marker.isFinite, width > 0 else { return nil }
    let column = Int((max(0, marker) / effectiveScale * Double(width)).rounded(.down))
    return min(width - 1, column)
  }

  private var effectiveScale: Double {
    if let scaleMax, scaleMax > 0 { return scaleMax }
    return max(1, ratio.isFinite ? ratio : 0, marker.flatMap { $0.isFinite ? $0 : nil } ?? 0)
  }

  /// Draws the bar on the first row of `area`.
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty else { return }
    let filled = filledCells(width: area.width)
    let markerAt = markerColumn(width: area.width)
    for column in 0..<area.width {
      let point = Point(x: area.x + column, y: area.y)
      if column == markerAt {
        grid.write(glyphs.marker, at: point, style: Style(.marker, [.bold]), clip: area)
      } else if column < filled {
        grid.write(glyphs.barFill, at: point, style: Style(.barFill), clip: area)
      } else {
        grid.write(glyphs.barEmpty, at: point, style: Style(.barEmpty), clip: area)
      }
    }
  }
}

/// A one-row chart of a series (e.g. weekly bookings) using eight block heights.
public struct Sparkline: Sendable {
  public var values: [Double]
  public var glyphs: Glyphs
  public var role: StyleRole

  public init(values: [Double], glyphs: Glyphs = .unicode, role: StyleRole = .accent) {
    self.values = values
    self.glyphs = glyphs
    self.role = role
  }

  /// The glyphs for the last `width` values, scaled from 0 to the largest (negatives count as 0).
  public func text(width: Int) -> String {
    let shown = values.suffix(max(0, width)).map { $0.isFinite ? max(0, $0) : 0 }
    let top = shown.max() ?? 0
    let levels = glyphs.sparkLevels
    return shown.map { value in
      guard top > 0, !levels.isEmpty else { return levels.first ?? " " }
      let level = Int((value / top * Double(levels.count - 1)).rounded())
      return levels[min(levels.count - 1, max(0, level))]
    }.joined()
  }

  /// Draws on the first row of `area`, right-aligned so the latest value is at the right edge.
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty else { return }
    let line = text(width: area.width)
    let x = area.maxX - DisplayWidth.of(line)
    grid.write(line, at: Point(x: x, y: area.y), style: Style(role), clip: area)
  }
}

/// One stage in a funnel: label, the value that sizes its bar, how the value is shown, its colour.
public struct FunnelStage: Hashable, Sendable {
  public var label: String
  public var value: Double
  public var valueText: String
  public var role: StyleRole

  public init(label: String, value: Double, valueText: String, role: StyleRole) {
    self.label = label
    self.value = value
    self.valueText = valueText
    self.role = role
  }
}

/// Horizontal bars per stage, one row each: `label bar value`, bars scaled to the largest value.
public struct Funnel: Sendable {
  public var stages: [FunnelStage]
  public var glyphs: Glyphs

  public init(stages: [FunnelStage], glyphs: Glyphs = .unicode) {
    self.stages = stages
    self.glyphs = glyphs
  }

  /// Draws one stage per row of `area` (stages beyond the height are not drawn).
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty, !stages.isEmpty else { return }
    let labelWidth = min(stages.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
    let valueWidth = min(stages.map { DisplayWidth.of($0.valueText) }.max() ?? 0, area.width / 4)
    let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
    let top = stages.map { $0.value.isFinite ? max(0, $0.value) : 0 }.max() ?? 0
    for (row, stage) in stages.prefix(area.height).enumerated() {
      let y = area.y + row
      var x = grid.write(
        TextFit.pad(stage.label, to: labelWidth, ellipsis: glyphs.ellipsis) + " ", at: Point(x: area.x, y: y),
        style: Style(.text), clip: area)
      let value = stage.value.isFinite ? max(0, stage.value) : 0
      var cells = top > 0 ? Int((value / top * Double(barWidth)).rounded()) : 0
      if value > 0 && cells == 0 && barWidth > 0 { cells = 1 }  // a non-empty stage never looks empty
      x = grid.write(
        String(repeating: glyphs.barFill, count: cells), at: Point(x: x, y: y), style: Style(stage.role),
        clip: area)
      grid.write(
        TextFit.pad(stage.valueText, to: valueWidth, alignment: .right, ellipsis: glyphs.ellipsis),
        at: Point(x: area.maxX - valueWidth, y: y), style: Style(.muted), clip: area)
    }
  }
}

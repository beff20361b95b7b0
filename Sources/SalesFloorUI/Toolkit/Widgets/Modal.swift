/// A centred framed box over the current screen: the screen behind is dimmed and the box casts a
/// one-cell shadow, so it reads as "in front" even without colour.
public struct Modal: Sendable {
  public var title: String?
  public var size: Size
  public var glyphs: Glyphs

  public init(title: String?, size: Size, glyphs: Glyphs = .unicode) {
    self.title = title
    self.size = size
    self.glyphs = glyphs
  }

  /// Where the box lands in `bounds` (centred, shrunk to leave room for the shadow).
  public func frame(in bounds: Rect) -> Rect {
    let fit = Size(width: min(size.width, bounds.width - 1), height: min(size.height, bounds.height - 1))
    return bounds.inset(right: 1).inset(bottom: 1).centered(fit)
  }

  /// Dims the grid, draws shadow and frame, clears the inside; returns the inside for content.
  @discardableResult
  public func render(into grid: inout Grid) -> Rect {
    grid.addAttributes(grid.bounds, [.dim])
    let box = frame(in: grid.bounds)
    guard box.width >= 2, box.height >= 2 else { return Rect(x: box.x, y: box.y, width: 0, height: 0) }
    grid.fill(Rect(x: box.x + 1, y: box.maxY, width: box.width, height: 1), with: .blank(Style(.shadow)))
    grid.fill(Rect(x: box.maxX, y: box.y + 1, width: 1, height: box.height), with: .blank(Style(.shadow)))
    grid.fill(box, with: .blank(Style(.overlay)))
    return Box(title: title, focused: true, glyphs: glyphs).render(into: &grid, area: box)
  }
}

/// Where the top bar, panes and footer go for a screen size.
public struct CockpitLayout: Sendable {
  /// Below this the cockpit shows "terminal too small" instead of panes.
  public static let minimum = Size(width: 80, height: 24)

  public var topBar: Rect
  public var footer: Rect
  public var body: Rect
  public var panes: [PaneID: Rect]

  public init(size: Size, zoomed: Bool, focus: PaneID) {
    let full = Rect(size: size)
    topBar = full.row(0)
    footer = full.row(max(0, size.height - 1))
    body = full.inset(top: 1, bottom: 1)
    if zoomed {
      panes = [focus: body]
      return
    }
    let rows = body.split(.vertical, [.percent(56), .fill(1)])
    let top = rows[0].split(.horizontal, [.percent(60), .fill(1)])
    let bottom = rows[1].split(.horizontal, [.percent(50), .fill(1)])
    panes = [.pipeline: top[0], .quota: top[1], .coaching: bottom[0], .playbooks: bottom[1]]
  }

  public static func isTooSmall(_ size: Size) -> Bool {
    size.width < minimum.width || size.height < minimum.height
  }
}

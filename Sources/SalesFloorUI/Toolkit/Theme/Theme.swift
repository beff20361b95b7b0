/// Foreground and background for one depth.
public struct ColorPair: Hashable, Sendable {
  /// `nil` = not given at this level (the next level down, or the terminal default, applies).
  public var fg: TermColor?
  public var bg: TermColor?

  public init(fg: TermColor? = nil, bg: TermColor? = nil) {
    self.fg = fg
    self.bg = bg
  }
}

/// How a theme draws one role: colours (with optional hand-picked fallbacks for 256 and 8
/// colours) and attributes, plus the attributes to use when there is no colour at all.
public struct RoleStyle: Hashable, Sendable {
  public var colors: ColorPair
  public var fallback256: ColorPair?
  public var fallback8: ColorPair?
  /// Applied at every depth.
  public var attributes: TextAttributes
  /// Replaces the built-in no-colour attributes for this role when given.
  public var noColor: TextAttributes?

  public init(
    colors: ColorPair = ColorPair(), fallback256: ColorPair? = nil, fallback8: ColorPair? = nil,
    attributes: TextAttributes = [], noColor: TextAttributes? = nil
  ) {
    self.colors = colors
    self.fallback256 = fallback256
    self.fallback8 = fallback8
    self.attributes = attributes
    self.noColor = noColor
  }
}

/// What the driver paints for a role at the terminal's depth.
public struct ResolvedStyle: Hashable, Sendable {
  public var fg: TermColor
  public var bg: TermColor
  public var attributes: TextAttributes

  public init(
    fg: TermColor = .terminalDefault, bg: TermColor = .terminalDefault, attributes: TextAttributes = []
  ) {
    self.fg = fg
    self.bg = bg
    self.attributes = attributes
  }
}

/// A named set of role styles, loaded from `Themes/*.json` or the user's theme folder.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var description: String
  /// Roles the theme defines; others inherit along `StyleRole.parent`.
  public var roles: [StyleRole: RoleStyle]

  public init(name: String, description: String = "", roles: [StyleRole: RoleStyle]) {
    self.name = name
    self.description = description
    self.roles = roles
  }

  /// The attributes a role gets when there is no colour, so selection, focus and headers stay visible.
  public static func defaultNoColorAttributes(_ role: StyleRole) -> TextAttributes {
    switch role {
    case .selection, .statusBar, .cursor, .shadow: return [.reverse]
    case .borderFocused, .title, .accent, .keyHint, .negative, .marker: return [.bold]
    case .header, .overdue: return [.bold, .underline]
    case .warning, .match: return [.underline]
    case .muted, .barEmpty: return [.dim]
    default: return []
    }
  }

  /// The role's own style, or the nearest ancestor's that the theme defines.
  public func style(for role: StyleRole) -> RoleStyle? {
    var current: StyleRole? = role
    while let candidate = current {
      if let style = roles[candidate] { return style }
      current = candidate.parent
    }
    return nil
  }

  /// The theme for a colour depth: every role gets concrete colours (fallbacks chosen by depth,
  /// or computed nearest colours) and attributes.
  public func resolved(for depth: ColorDepth) -> ResolvedTheme {
    var styles: [StyleRole: ResolvedStyle] = [:]
    for role in StyleRole.allCases {
      let style = self.style(for: role) ?? RoleStyle()
      if depth == .none {
        let own = roles[role]?.noColor ?? Theme.defaultNoColorAttributes(role)
        styles[role] = ResolvedStyle(attributes: style.attributes.union(own))
        continue
      }
      var pair = style.colors
      if depth <= .indexed256, let fallback = style.fallback256 { pair = merge(fallback, over: pair) }
      if depth == .basic8, let fallback = style.fallback8 { pair = merge(fallback, over: pair) }
      styles[role] = ResolvedStyle(
        fg: (pair.fg ?? .terminalDefault).downgraded(to: depth),
        bg: (pair.bg ?? .terminalDefault).downgraded(to: depth),
        attributes: style.attributes)
    }
    return ResolvedTheme(depth: depth, styles: styles)
  }

  private func merge(_ top: ColorPair, over bottom: ColorPair) -> ColorPair {
    ColorPair(fg: top.fg ?? bottom.fg, bg: top.bg ?? bottom.bg)
  }
}

/// A theme resolved for one depth: the lookup the driver does per cell.
public struct ResolvedTheme: Hashable, Sendable {
  public var depth: ColorDepth
  public var styles: [StyleRole: ResolvedStyle]

  /// The paint for a cell: its role's colours, role attributes plus the cell's own.
  public func style(for cell: Cell) -> ResolvedStyle {
    var style = styles[cell.role] ?? ResolvedStyle()
    style.attributes.formUnion(cell.attributes)
    return style
  }

  public subscript(role: StyleRole) -> ResolvedStyle { styles[role] ?? ResolvedStyle() }
}

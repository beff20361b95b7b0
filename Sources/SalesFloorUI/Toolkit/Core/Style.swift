/// What a cell *means* (not its colour): themes map roles to colours, so panes never name a colour.
public enum StyleRole: String, CaseIterable, Hashable, Sendable, Codable {
  case text, muted, accent, border, borderFocused, selection
  case positive, negative, warning, title, header
  case stage1, stage2, stage3, stage4, stage5, stage6, stage7, stage8
  case barFill, barEmpty, marker, statusBar, overlay, shadow, cursor, keyHint, match
  /// A next step or activity whose date has passed: looks different from today's everywhere.
  case overdue

  /// The role a theme falls back to when it does not define this one, so small user themes still work.
  public var parent: StyleRole? {
    switch self {
    case .text: return nil
    case .borderFocused, .title, .barFill, .keyHint, .match: return .accent
    case .header: return .title
    case .stage1, .stage2, .stage3, .stage4, .stage5, .stage6, .stage7, .stage8: return .accent
    case .barEmpty, .shadow: return .muted
    case .marker: return .warning
    case .overdue: return .negative
    case .statusBar, .cursor: return .selection
    default: return .text
    }
  }

  /// The colour of pipeline stage `index` (0-based), cycling through the eight stage roles.
  public static func stage(_ index: Int) -> StyleRole {
    let stages: [StyleRole] = [.stage1, .stage2, .stage3, .stage4, .stage5, .stage6, .stage7, .stage8]
    return stages[((index % 8) + 8) % 8]
  }
}

/// Text attributes a cell may carry on top of its role; they survive `NO_COLOR`.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let underline = TextAttributes(rawValue: 1 << 1)
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// A role plus attributes: what a widget asks for when writing text.
public struct Style: Hashable, Sendable {
  public var role: StyleRole
  public var attributes: TextAttributes

  public init(_ role: StyleRole = .text, _ attributes: TextAttributes = []) {
    self.role = role
    self.attributes = attributes
  }

  public static let text = Style(.text)
}

/// An action a context offers: its id (what the reducer switches on), what it does, and an optional
/// short label that earns it a place in the footer.
public struct KeyAction: Hashable, Sendable {
  public var id: String
  public var description: String
  /// Short footer label ("quit", "help"); `nil` keeps the action out of the footer.
  public var hint: String?

  public init(id: String, description: String, hint: String? = nil) {
    self.id = id
    self.description = description
    self.hint = hint
  }
}

/// One key bound to an action in a context.
public struct KeyBinding: Hashable, Sendable {
  public var key: Key
  public var action: String

  public init(key: Key, action: String) {
    self.key = key
    self.action = action
  }
}

/// A footer entry: the key as shown (`q`, `Esc`, `C-r`) and its short label.
public struct KeyHint: Hashable, Sendable {
  public var key: String
  public var label: String

  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }

  /// Columns the hint takes when shown as `key label`.
  public var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(label) }
}

/// A line of the help overlay: a context heading or one action with all its keys.
public enum HelpLine: Hashable, Sendable {
  case heading(String)
  case binding(keys: String, description: String)
  /// A binding with nothing to act on here: shown greyed with the reason.
  case disabled(keys: String, description: String, reason: String)
}

/// Keys are data: per context (`"global"`, `"pipeline"`, `"form"` …) the actions it offers and the keys
/// bound to them. Lookup, user overrides, footer hints and the help overlay all come from this one table.
public struct Keymap: Hashable, Sendable {
  /// Context ids in the order they were first declared (help lists them in this order).
  public private(set) var contextIDs: [String] = []
  /// Display titles for contexts in help; the id is used when absent.
  public var titles: [String: String] = [:]
  private var actionsByContext: [String: [KeyAction]] = [:]
  private var bindingsByContext: [String: [KeyBinding]] = [:]

  public init() {}

  /// Declares an action in a context (an action may exist without a key, e.g. palette-only).
  public mutating func declare(_ action: KeyAction, in context: String) {
    addContext(context)
    if let index = actionsByContext[context, default: []].firstIndex(where: { $0.id == action.id }) {
      actionsByContext[context, default: []][index] = action
    } else {
      actionsByContext[context, default: []].append(action)
    }
  }

  /// Declares `action` (if new) and binds each of `keys` to it, replacing older uses of those keys.
  public mutating func bind(
    _ keys: [Key], to action: String, in context: String, description: String, hint: String? = nil
  ) {
    if self.action(named: action, in: context) == nil || !description.isEmpty {
      declare(KeyAction(id: action, description: description, hint: hint), in: context)
    }
    for key in keys { setBinding(key, action: action, in: context) }
  }

  /// The actions declared in a context, in declaration order.
  public func actions(in context: String) -> [KeyAction] { actionsByContext[context] ?? [] }

  /// The key bindings of a context, in binding order.
  public func bindings(in context: String) -> [KeyBinding] { bindingsByContext[context] ?? [] }

  /// The declared action with this id in a context.
  public func action(named id: String, in context: String) -> KeyAction? {
    actionsByContext[context]?.first { $0.id == id }
  }

  /// The action a key triggers, searching `contexts` in order (most specific first, e.g.
  /// `["pipeline", "global"]`), so a pane can shadow a global key.
  public func action(for key: Key, in contexts: [String]) -> String? {
    for context in contexts {
      if let binding = bindingsByContext[context]?.first(where: { $0.key == key }) {
        return binding.action
      }
    }
    return nil
  }

  /// The keys bound to an action in one context, in binding order.
  public func keys(for action: String, in context: String) -> [Key] {
    bindings(in: context).filter { $0.action == action }.map(\.key)
  }

  /// Footer hints for `contexts` (most specific first) that fit in `width` columns when joined by
  /// two spaces; a key shadowed by an earlier context is shown only once.
  public func footerHints(contexts: [String], width: Int) -> [KeyHint] {
    var hints: [KeyHint] = []
    var seenKeys: Set<Key> = []
    var used = 0
    for context in contexts {
      for action in actions(in: context) {
        guard let label = action.hint,
          let key = keys(for: action.id, in: context).first(where: { !seenKeys.contains($0) })
        else { continue }
        seenKeys.insert(key)
        let hint = KeyHint(key: KeyNotation.label(key), label: label)
        let needed = hint.width + (hints.isEmpty ? 0 : 2)
        if used + needed > width { return hints }
        hints.append(hint)
        used += needed
      }
    }
    return hints
  }

  /// Help overlay lines: per context a heading, then each action that has keys, all its keys listed;
  /// an action `disabledReason` explains is listed as disabled with that reason.
  public func helpLines(contexts: [String], disabledReason: (String) -> String? = { _ in nil }) -> [HelpLine]
  {
    var lines: [HelpLine] = []
    for context in contexts {
      let rows = actions(in: context).compactMap { action -> HelpLine? in
        let keys = keys(for: action.id, in: context)
        guard !keys.isEmpty else { return nil }
        let label = keys.map { KeyNotation.label($0) }.joined(separator: " ")
        if let reason = disabledReason(action.id) {
          return .disabled(keys: label, description: action.description, reason: reason)
        }
        return .binding(keys: label, description: action.description)
      }
      guard !rows.isEmpty else { continue }
      lines.append(.heading(titles[context] ?? context))
      lines += rows
    }
    return lines
  }

  mutating func setBinding(_ key: Key, action: String?, in context: String) {
    addContext(context)
    bindingsByContext[context, default: []].removeAll { $0.key == key }
    if let action { bindingsByContext[context, default: []].append(KeyBinding(key: key, action: action)) }
  }

  private mutating func addContext(_ context: String) {
    if !contextIDs.contains(context) { contextIDs.append(context) }
  }
}

extension KeyNotation {
  /// A key as shown in the footer and help: notation without angle brackets (`Esc`, `C-r`, `<`).
  public static func label(_ key: Key) -> String {
    switch key {
    case .char("<"): return "<"
    case .char(">"): return ">"
    default:
      let text = format(key)
      if text.count > 2, text.hasPrefix("<"), text.hasSuffix(">") {
        return String(text.dropFirst().dropLast())
      }
      return text
    }
  }
}

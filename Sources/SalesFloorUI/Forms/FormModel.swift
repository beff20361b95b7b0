import SalesFloorKit

/// One option of a choice field: the id stored in the record and the label people type.
public struct ChoiceOption: Hashable, Sendable {
  public let id: String
  public let label: String
  public init(id: String, label: String) {
    self.id = id
    self.label = label
  }

  /// Where `typed` (lowercased UTF-8) occurs in the label, ignoring case: at the start, inside,
  /// or not at all. ASCII labels are compared byte by byte, so a deal list of 100k options is
  /// searched without building a lowercased copy of every name.
  func match(_ typed: [UInt8]) -> (prefix: Bool, inside: Bool) {
    var text = label
    let ascii: (prefix: Bool, inside: Bool)? = text.withUTF8 { b in
      guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
      func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
      func at(_ start: Int) -> Bool {
        for k in typed.indices where lower(b[start + k]) != typed[k] { return false }
        return true
      }
      guard typed.count <= b.count else { return (false, false) }
      if at(0) { return (true, false) }
      for start in stride(from: 1, through: b.count - typed.count, by: 1) where at(start) {
        return (false, true)
      }
      return (false, false)
    }
    if let ascii { return ascii }
    let key = label.lowercased()
    let needle = String(decoding: typed, as: UTF8.self)
    if key.hasPrefix(needle) { return (true, false) }
    return (false, key.contains(needle))
  }
}

/// What a field accepts; decides its parser, its validation message and how Tab behaves in it.
public enum FieldKind: Hashable, Sendable {
  case text
  /// Money in the settings currency unless a symbol or code is typed.
  case amount
  /// A calendar day typed the way `DateParser` reads them.
  case date
  /// One of `options`, completed with Tab; `allowsNew` lets a new label through (created on save).
  case choice([ChoiceOption], allowsNew: Bool)
  /// Several lines: typed inline while one line, `Ctrl-E` opens `$EDITOR` for more.
  case note
  /// A one-line activity log (`ActivityLine`).
  case activityLine
}

/// The parsed value of a valid field, read by the form's save code.
public enum FieldValue: Hashable, Sendable {
  case empty
  case text(String)
  case money(Money)
  case day(Day)
  case option(ChoiceOption)
  /// A choice typed that matches no option (only where `allowsNew`).
  case new(String)
}

/// A labelled input of a form.
public struct FormField: Hashable, Sendable {
  public var key: String
  public var label: String
  public var kind: FieldKind
  public var required: Bool
  public var input: TextInput
  /// Full text of a note field (may hold newlines; `input` mirrors it while it is one line).
  public var note: String
  /// Set once the user typed in the field: its message shows from then on (all show after a save try).
  public var touched = false

  public init(_ key: String, _ label: String, _ kind: FieldKind, required: Bool = false, value: String = "") {
    self.key = key
    self.label = label
    self.kind = kind
    self.required = required
    self.input = TextInput(value.contains("\n") ? "" : value)
    self.note = value
  }

  /// The text as the user sees it (the full note for note fields).
  public var text: String { kind == .note ? note : input.text }

  /// Options that match what is typed: prefix matches first, then substring matches, at most
  /// `limit` of them (the form shows six and Tab takes the first; the scan stops early).
  public func candidates(limit: Int = .max) -> [ChoiceOption] {
    guard case .choice(let options, _) = kind else { return [] }
    let typed = Array(input.text.trimmingCharacters(in: .whitespaces).lowercased().utf8)
    guard !typed.isEmpty else { return Array(options.prefix(limit)) }
    var out: [ChoiceOption] = []
    var inside: [ChoiceOption] = []
    for o in options {
      let m = o.match(typed)
      if m.prefix {
        out.append(o)
        if out.count >= limit { return out }
      } else if m.inside && inside.count < limit {
        inside.append(o)
      }
    }
    return Array((out + inside).prefix(limit))
  }
}

/// Numbers and days are read relative to these.
public struct FormContext: Hashable, Sendable {
  public var currency: String
  public var today: Day
  public var fiscalStartMonth: Int
  public init(currency: String, today: Day, fiscalStartMonth: Int) {
    self.currency = currency
    self.today = today
    self.fiscalStartMonth = fiscalStartMonth
  }
}

extension FormField {
  /// Reads the field: the value, or the message shown beside it (what the field accepts).
  public func parse(_ ctx: FormContext) -> Result<FieldValue, InputError> {
    let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let name = label.lowercased()
    if raw.isEmpty {
      return required ? .failure(InputError(field: name, message: "required")) : .success(.empty)
    }
    switch kind {
    case .text, .note: return .success(.text(raw))
    case .activityLine:
      return ActivityLine.parse(raw, today: ctx.today, fiscalStartMonth: ctx.fiscalStartMonth).map { _ in
        .text(raw)
      }
    case .amount:
      return AmountParser.parse(raw, defaultCurrency: ctx.currency).map { .money($0) }
    case .date:
      return DateParser.parse(raw, today: ctx.today, fiscalStartMonth: ctx.fiscalStartMonth).map { .day($0) }
    case .choice(let options, let allowsNew):
      let key = raw.lowercased()
      let typed = Array(key.utf8)
      if let hit = options.first(where: { $0.match(typed).prefix && $0.label.lowercased() == key }) {
        return .success(.option(hit))
      }
      if allowsNew { return .success(.new(raw)) }
      // A prefix only one option has is that option ("neg" → Negotiation), as Tab would complete it.
      let prefixed = options.filter { $0.match(typed).prefix }
      if prefixed.count == 1, let only = prefixed.first { return .success(.option(only)) }
      let some = options.prefix(4).map(\.label).joined(separator: ", ")
      return .failure(
        InputError(field: name, message: "one of \(some)\(options.count > 4 ? ", …" : "") (Tab completes)"))
    }
  }
}

/// What a key did to a form.
public enum FormOutcome: Hashable, Sendable {
  case editing
  /// Esc with nothing changed, or `y` to "discard changes?".
  case cancelled
  /// Enter with every field valid: the owner saves (and sets `error` if that fails).
  case submit
  /// Ctrl-E in a note field: the owner opens `$EDITOR` on this field.
  case openEditor(field: Int)
}

/// A modal form: fields, focus, inline validation, and the discard question.
public struct Form: Hashable, Sendable {
  public var title: String
  public var fields: [FormField]
  public var focused = 0
  public var context: FormContext
  /// Set after a save try: every field's message shows, not only touched ones.
  public var submitted = false
  /// "discard changes? y/n" is showing.
  public var confirmingDiscard = false
  /// The save failed (store error): shown at the bottom, the form stays open.
  public var error: String?
  /// What the form edits and how saving turns it into records (the cockpit reads it).
  public var purpose: FormPurpose
  /// Revisions of the records the form edits, as seen when it opened (a conflict check on save).
  public var expecting: [RecordKey: UInt64] = [:]
  let initialTexts: [String]

  public init(title: String, fields: [FormField], context: FormContext, purpose: FormPurpose) {
    self.title = title
    self.fields = fields
    self.context = context
    self.purpose = purpose
    self.initialTexts = fields.map(\.text)
  }

  /// True once any field differs from how the form opened.
  public var isChanged: Bool { fields.map(\.text) != initialTexts }

  /// The message beside field `i`, when it should show.
  public func message(for i: Int) -> String? {
    guard fields.indices.contains(i), submitted || fields[i].touched else { return nil }
    if case .failure(let e) = fields[i].parse(context) { return e.description }
    return nil
  }

  /// Every field's value by key, or nil while any field is invalid.
  public func values() -> [String: FieldValue]? {
    var out: [String: FieldValue] = [:]
    for f in fields {
      guard case .success(let v) = f.parse(context) else { return nil }
      out[f.key] = v
    }
    return out
  }

  public subscript(key: String) -> FieldValue {
    guard let f = fields.first(where: { $0.key == key }), case .success(let v) = f.parse(context) else {
      return .empty
    }
    return v
  }

  /// A field's value as text, day, chosen option id or money (nil when it is empty or another
  /// kind): what every save reads, so each form's save code does not repeat the matching.
  public func text(_ key: String) -> String? {
    if case .text(let t) = self[key] { return t }
    return nil
  }
  public func day(_ key: String) -> Day? {
    if case .day(let d) = self[key] { return d }
    return nil
  }
  public func optionId(_ key: String) -> String? {
    if case .option(let o) = self[key] { return o.id }
    return nil
  }
  public func money(_ key: String) -> Money? {
    if case .money(let m) = self[key] { return m }
    return nil
  }

  /// Sets a field's text (e.g. from `$EDITOR`), marking it touched.
  public mutating func setText(_ text: String, field i: Int) {
    guard fields.indices.contains(i) else { return }
    fields[i].note = text
    fields[i].input = TextInput(text.contains("\n") ? "" : text)
    fields[i].touched = true
  }

  public mutating func handle(_ key: Key) -> FormOutcome {
    if confirmingDiscard {
      switch key {
      case .char("y"), .char("Y"): return .cancelled
      case .char("n"), .char("N"), .esc: confirmingDiscard = false
      default: break
      }
      return .editing
    }
    error = nil
    switch key {
    case .esc:
      if isChanged {
        confirmingDiscard = true
        return .editing
      }
      return .cancelled
    case .enter:
      submitted = true
      return values() == nil ? .editing : .submit
    case .tab:
      if completeFocused() { return .editing }
      focused = (focused + 1) % max(1, fields.count)
    case .backTab, .up: focused = (focused + fields.count - 1) % max(1, fields.count)
    case .down: focused = (focused + 1) % max(1, fields.count)
    case .ctrl("e"):
      if fields.indices.contains(focused), fields[focused].kind == .note {
        return .openEditor(field: focused)
      }
      _ = editFocused(key)
    default:
      _ = editFocused(key)
    }
    return .editing
  }

  /// Tab in a choice field whose text is not yet an option: completes to the best candidate.
  mutating func completeFocused() -> Bool {
    guard fields.indices.contains(focused), case .choice = fields[focused].kind else { return false }
    let f = fields[focused]
    let typed = f.input.text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty, let best = f.candidates(limit: 1).first, best.label != typed else { return false }
    fields[focused].input = TextInput(best.label)
    fields[focused].note = best.label
    fields[focused].touched = true
    return true
  }

  mutating func editFocused(_ key: Key) -> Bool {
    guard fields.indices.contains(focused) else { return false }
    if fields[focused].kind == .note, fields[focused].note.contains("\n") { return false }
    // Typing into a choice field still showing its default replaces it ("neg", not "Prospectneg").
    if case .choice = fields[focused].kind, !fields[focused].touched, case .char = key {
      fields[focused].input = TextInput("")
    }
    guard fields[focused].input.handle(key) else { return false }
    fields[focused].note = fields[focused].input.text
    fields[focused].touched = true
    return true
  }
}

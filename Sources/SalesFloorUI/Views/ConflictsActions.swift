import SalesFloorKit

extension CockpitProgram {
  /// Reducer cases of the Conflicts view; nil when `id` is not one of its actions.
  mutating func performConflicts(id: String) -> [ProgramEffect]? {
    guard let action = ConflictsKeymap.Action(rawValue: id) else { return nil }
    let count = state.sync.conflicts.count
    switch action {
    case .open:
      state.filterInput = nil
      state.sync.cursor.clamp(count: count)
      state.overlay = .conflicts
      if state.sync.report == nil {
        state.status = StatusMessage("this workspace does not sync: see docs/team.md (salesfloor team init)")
      }
    case .close: state.overlay = .none
    case .down: state.sync.cursor.move(1, count: count)
    case .up: state.sync.cursor.move(-1, count: count)
    case .top: state.sync.cursor.move(-1_000_000, count: count)
    case .bottom: state.sync.cursor.move(1_000_000, count: count)
    case .keepMine: return answer(.keepMine)
    case .takeTheirs: return answer(.takeTheirs)
    case .edit: openConflictForm()
    }
    return []
  }

  /// `m` / `t`: asks the launcher to answer the selected conflict; the list updates from the next
  /// sync report (every copy's does, once the answer syncs).
  mutating func answer(_ reply: ConflictReply) -> [ProgramEffect] {
    guard let c = state.sync.selected else {
      state.status = StatusMessage("no conflict selected", kind: .warning)
      return []
    }
    let record = SyncConflictText.record(c, in: state.workspace)
    let what = reply == .keepMine ? "keeping yours" : reply == .takeTheirs ? "taking theirs" : "new value"
    state.status = StatusMessage(
      "\(record) · \(SyncConflictText.field(c)): \(what), syncing…", kind: .success)
    return [.resolveConflict(id: c.id, answer: reply)]
  }

  /// `e`: a form with the register's fields, prefilled with the value in effect.
  mutating func openConflictForm() {
    guard let c = state.sync.selected else {
      state.status = StatusMessage("no conflict selected", kind: .warning)
      return
    }
    guard c.kind == .concurrentEdit, c.register.element == nil, c.register != .existence else {
      state.status = StatusMessage(
        "\(SyncConflictText.field(c)) is yes or no: keep mine (m) or take theirs (t)", kind: .warning)
      return
    }
    openForm(.conflict(id: c.id))
  }

  /// A saved conflict form: the typed values as the register's fields, answered as `.edit`.
  mutating func submitConflictForm(_ current: Form, id: String) -> [ProgramEffect] {
    var form = current
    guard let c = state.sync.conflicts.first(where: { $0.id == id }) else {
      state.overlay = .conflicts
      state.status = StatusMessage("that conflict is no longer open", kind: .warning)
      return []
    }
    let applied = c.applied.value.objectValue ?? [:]
    var fields: [String: SyncValue] = [:]
    for field in form.fields {
      do throws(SyncError) {
        fields[field.key] = try ConflictForm.value(field.text, like: applied[field.key])
      } catch {
        form.error = "\(field.label): \(error.message)"
        state.overlay = .form(form)
        return []
      }
    }
    state.overlay = .conflicts
    return answer(.edit(fields))
  }
}

/// The Conflicts view's edit form: one text field per member of the register, typed back like the
/// value in effect (a number stays a number).
enum ConflictForm {
  static func make(_ id: String, state s: CockpitState, context: FormContext) -> Form? {
    guard let c = s.sync.conflicts.first(where: { $0.id == id }) else { return nil }
    let applied = c.applied.value.objectValue ?? [:]
    let members = SyncSchema.of(c.record.collection).members(of: c.register.name)
    let fields = members.map { m in FormField(m, m, .text, value: text(applied[m])) }
    let title = "Answer: \(SyncConflictText.record(c, in: s.workspace)) · \(SyncConflictText.field(c))"
    return Form(title: title, fields: fields, context: context, purpose: .conflict(id: id))
  }

  /// The text a field starts with: the value as a person reads it, empty for none.
  static func text(_ v: SyncValue?) -> String {
    guard let v, v != .null else { return "" }
    return v.display
  }

  /// A typed text as a value of the same kind as `like` (empty: null); says why when it is not.
  static func value(_ text: String, like: SyncValue?) throws(SyncError) -> SyncValue {
    let t = text.trimmingSpaces
    if t.isEmpty { return .null }
    switch like {
    case .int?:
      guard let n = Int64(t) else { throw SyncError("expected a whole number, got \"\(t)\"") }
      return .int(n)
    case .double?:
      guard let d = Double(t), d.isFinite else { throw SyncError("expected a number, got \"\(t)\"") }
      return .double(d)
    case .bool?:
      guard t == "true" || t == "false" else { throw SyncError("expected true or false, got \"\(t)\"") }
      return .bool(t == "true")
    case .array?, .object?:
      return try SyncValue(json: Array(t.utf8))
    case .string?, .null?, nil:
      return .string(text)
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}

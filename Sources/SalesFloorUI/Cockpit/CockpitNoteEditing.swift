import SalesFloorKit

/// A note field handed to the user's editor: the effect's id and which field the text fills.
public struct PendingEditor: Hashable, Sendable {
  public var id: String
  public var field: Int
}

/// Long notes (`Ctrl-E` in a note field) go to `$EDITOR` as an `editText` effect: the runner owns
/// the temp file and the terminal hand-over, the cockpit only says what to edit and takes the text back.
extension CockpitProgram {
  /// Keeps the form open and asks the runner to edit the field's note.
  mutating func openNoteEditor(_ form: Form, field: Int) -> [ProgramEffect] {
    let pending = PendingEditor(id: "note-\(field)-\(now().description)", field: field)
    pendingEditor = pending
    state.overlay = .form(form)
    return [.editText(id: pending.id, text: form.fields[field].note)]
  }

  /// The editor came back: the text fills its field, a failure is shown on the form (note unchanged).
  mutating func noteEdited(id: String, result: Result<String, EffectFailure>) {
    guard let pending = pendingEditor, pending.id == id else { return }
    pendingEditor = nil
    guard case .form(var form) = state.overlay else { return }
    switch result {
    case .success(let text):
      form.setText(text, field: pending.field)
    case .failure(let failure):
      form.error = "\(failure.message): note unchanged"
    }
    state.overlay = .form(form)
  }
}

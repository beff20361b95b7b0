import SalesFloorKit

/// The cockpit's quick keys run the same typed commands as the CLI and the forms, as the viewer.
extension CockpitProgram {
  /// The edit `command` makes over the cockpit's workspace, or nil with the refusal in the footer.
  func prepare(_ command: some WorkspaceCommand) -> Result<Edit, CommandError> {
    Result { () throws(CommandError) in
      try command.edit(in: FormSave.context(state, now: now(), newId: newId))
    }
  }

  /// The plan of a delete (what else it changes), for the delete confirmation.
  func planDelete(_ command: some DeleteCommand) -> Result<DeletePlan, CommandError> {
    Result { () throws(CommandError) in
      try command.plan(in: FormSave.context(state, now: now(), newId: newId))
    }
  }

  /// Runs `command` and commits its edit; nil (the reason in the footer) when refused or not saved.
  mutating func run(_ command: some WorkspaceCommand) -> Edit? {
    switch prepare(command) {
    case .failure(let error):
      state.status = StatusMessage("not saved: \(error)", kind: .error)
      return nil
    case .success(let edit):
      if let error = commitEdit(edit.summary, edit.mutations) {
        state.status = StatusMessage("not saved: \(error)", kind: .error)
        return nil
      }
      return edit
    }
  }
}

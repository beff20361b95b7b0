import Foundation
import SalesFloorKit

/// Data entry: committing edits durably, undo / redo, and the keys that open forms.
extension CockpitProgram {
  /// Commits one edit and records it for undo. Returns the error text when nothing was saved.
  /// `expecting` defaults to the revisions of the touched records as this cockpit last saw them.
  mutating func commitEdit(
    _ summary: String, _ mutations: [Mutation], expecting: [RecordKey: UInt64]? = nil
  )
    -> String?
  {
    guard !store.isReadOnly else { return "read-only workspace: nothing was saved" }
    let mutations = HandoffLifecycle.follow(mutations, in: state.workspace, today: state.asOf)
    // A no-op (a form saved unchanged, a move to the current stage) writes no journal line.
    if Edit(summary: summary, mutations: mutations).changesNothing(in: state.workspace) { return nil }
    let keys = Self.keys(mutations)
    let expect = expecting ?? revisions(keys)
    let tx = Transaction(
      id: newId("tx-"), at: now(), actor: state.viewer.actorId, summary: summary, mutations: mutations)
    do {
      let result = try store.commit(tx, expecting: expect)
      state.history.undo.append(
        EditStep(summary: summary, reverse: result.own.undo, revisions: revisions(keys)))
      state.history.redo = []
      noteOwnCommit(keys)
      state.apply(result.all)
      return nil
    } catch {
      return failureText(error)
    }
  }

  static func keys(_ mutations: [Mutation]) -> Set<RecordKey> {
    Set(mutations.map { RecordKey($0.collection, $0.recordId) })
  }

  func revisions(_ keys: Set<RecordKey>) -> [RecordKey: UInt64] {
    return Dictionary(uniqueKeysWithValues: keys.map { ($0, store.revision(of: $0.collection, id: $0.id)) })
  }

  /// Our own commit moved these records' revisions: steps still on the stacks are based on them
  /// now (else undoing an older step on the same record would look like someone else's change).
  mutating func noteOwnCommit(_ keys: Set<RecordKey>) {
    let now = revisions(keys)
    for i in state.history.undo.indices {
      for (k, v) in now where state.history.undo[i].revisions[k] != nil {
        state.history.undo[i].revisions[k] = v
      }
    }
    for i in state.history.redo.indices {
      for (k, v) in now where state.history.redo[i].revisions[k] != nil {
        state.history.redo[i].revisions[k] = v
      }
    }
  }

  /// A refused edit in words; a conflict also picks up the other writer's change so the screen shows it.
  mutating func failureText(_ error: Error) -> String {
    if case WorkspaceError.conflict(let collection, let id, _, _) = error {
      pickUpOtherEdits()
      return "\(collection.rawValue)/\(id) was changed elsewhere: not saved (now showing that change)"
    }
    return "\(error)"
  }

  /// `u`: commits the reverse of the last edit (itself durable), refusing if its records changed elsewhere.
  mutating func undoLast() {
    guard let step = state.history.undo.popLast() else {
      state.status = StatusMessage("nothing to undo in this session")
      return
    }
    let text = EditHistory.undoText(step, before: state.workspace)
    guard let reverse = replay(step, summary: "undo: " + step.summary) else { return }
    state.history.redo.append(reverse)
    state.status = StatusMessage(text, kind: .success)
  }

  /// `Ctrl-R`: re-applies the last undone edit.
  mutating func redoLast() {
    guard let step = state.history.redo.popLast() else {
      state.status = StatusMessage("nothing to redo")
      return
    }
    guard let reverse = replay(step, summary: step.summary) else { return }
    state.history.undo.append(reverse)
    state.status = StatusMessage("redid: \(step.summary)", kind: .success)
  }

  /// Commits a step's reverse mutations; returns the step that reverses *that*, or nil (status set).
  mutating func replay(_ step: EditStep, summary: String) -> EditStep? {
    guard !store.isReadOnly else {
      state.status = StatusMessage("read-only workspace: nothing to undo", kind: .error)
      return nil
    }
    let tx = Transaction(
      id: newId("tx-"), at: now(), actor: state.viewer.actorId, summary: summary, mutations: step.reverse)
    do {
      let result = try store.commit(tx, expecting: step.revisions)
      let keys = Self.keys(step.reverse)
      noteOwnCommit(keys)
      state.apply(result.all)
      return EditStep(summary: step.summary, reverse: result.own.undo, revisions: revisions(keys))
    } catch {
      state.status = StatusMessage("cannot undo: \(failureText(error))", kind: .error)
      return nil
    }
  }

  /// Opens a form, remembering the revisions of what it edits (checked on save).
  mutating func openForm(_ purpose: FormPurpose) {
    guard !store.isReadOnly else {
      state.status = StatusMessage("read-only workspace: edits are off", kind: .error)
      return
    }
    if case .activity = purpose, state.dealChoices?.generation != state.dataGeneration {
      state.dealChoices = (state.dataGeneration, FormFactory.dealOptions(state))
    }
    guard var form = FormFactory.make(purpose, state: state) else {
      state.status = StatusMessage("that record is gone", kind: .warning)
      return
    }
    form.expecting = revisions(Self.editedKeys(purpose))
    state.overlay = .form(form)
  }

  static func editedKeys(_ purpose: FormPurpose) -> Set<RecordKey> {
    switch purpose {
    case .deal(let id): return Set(id.map { [RecordKey(.deals, $0)] } ?? [])
    case .activity(let id, _): return Set(id.map { [RecordKey(.activities, $0)] } ?? [])
    case .coaching(let id): return Set(id.map { [RecordKey(.coaching, $0)] } ?? [])
    case .quota(let id): return Set(id.map { [RecordKey(.quotas, $0)] } ?? [])
    case .person(let id): return Set(id.map { [RecordKey(.people, $0)] } ?? [])
    case .account(let id): return Set(id.map { [RecordKey(.accounts, $0)] } ?? [])
    case .play(let id): return Set(id.map { [RecordKey(.playbooks, $0)] } ?? [])
    case .nextStep(let id), .closeLost(let id), .quickLog(let id), .qualification(let id):
      return [RecordKey(.deals, id)]
    case .conflict, .logWhichDeal: return []
    case .contact(let id, _): return Set(id.map { [RecordKey(.contacts, $0)] } ?? [])
    case .linkContact(let id): return [RecordKey(.deals, id)]
    case .action(let a):
      return Set(a.itemId.map { [RecordKey(.coaching, $0)] } ?? [])
        .union(a.dealCardId.map { [RecordKey(.deals, $0)] } ?? [])
    }
  }

  mutating func handleFormKey(_ key: Key, _ current: Form) -> [ProgramEffect] {
    var form = current
    switch form.handle(key) {
    case .editing:
      state.overlay = .form(form)
    case .cancelled:
      state.overlay = .none
      if case .conflict = form.purpose { state.overlay = .conflicts }
      state.status = StatusMessage("cancelled: nothing saved")
    case .openEditor(let field):
      return openNoteEditor(form, field: field)
    case .submit:
      if case .conflict(let id) = form.purpose { return submitConflictForm(form, id: id) }
      if case .action(let a) = form.purpose, a.confirms { return confirmActionForm(form) }
      if case .action(.products(.pickLine(let id))) = form.purpose,
        let next = ProductForms.picked(form, dealId: id)
      {
        openForm(next)
        return []
      }
      saveForm(form)
    }
    return []
  }

  /// Saves a valid form: durable first, then closed; a failed save keeps it open with the error.
  mutating func saveForm(_ current: Form) {
    var form = current
    let edit: FormEdit
    switch FormSave.result(form, state: state, now: now(), newId: newId) {
    case .success(let e)?: edit = e
    case .failure(let error)?:
      form.error = error.description
      state.overlay = .form(form)
      return
    case nil:
      form.error = "that record is gone"
      state.overlay = .form(form)
      return
    }
    if let error = commitEdit(edit.summary, edit.mutations, expecting: form.expecting) {
      form.error = error
      state.overlay = .form(form)
      return
    }
    state.overlay = .none
    if case .action(let a) = form.purpose, let item = a.itemId {
      state.overlay = .coachingDetail(itemId: item, offset: 0)
    }
    adoptFirstPerson()
    // The scorecard is edited from the deal card: saving goes back to it.
    if case .qualification(let id) = form.purpose { state.overlay = .dealDetail(dealId: id, offset: 0) }
    if case .linkContact(let id) = form.purpose { state.overlay = .dealDetail(dealId: id, offset: 0) }
    if case .action(let a) = form.purpose, let id = a.dealCardId {
      state.overlay = .dealDetail(dealId: id, offset: 0)
    }
    if let id = edit.dealId { PipelineView.select(&state, dealId: id) }
    if let next = edit.followUp {
      openForm(next)
      state.status = StatusMessage("saved: \(edit.summary) · now the next step (Esc skips)", kind: .success)
    } else {
      state.status = StatusMessage("saved: \(edit.summary)", kind: .success)
    }
  }

  /// First run: the first person added on the welcome page is "you" (the viewer and the owner
  /// of the first deal), when nobody was chosen.
  mutating func adoptFirstPerson() {
    guard state.viewer.person == nil, state.workspace.people.count == 1,
      let me = state.workspace.people.items.first
    else { return }
    var viewer = state.viewer
    viewer.person = me
    viewer.note = nil
    state.viewer = viewer
    state.homeViewer = viewer
    state.refreshData(.everything)
  }

  mutating func confirmKey(_ key: Key, _ c: Confirmation) {
    switch key {
    case .char("y"), .char("Y"), .enter:
      state.overlay = .none
      if let error = commitEdit(c.summary, c.mutations) {
        state.status = StatusMessage("not saved: \(error)", kind: .error)
      } else {
        state.status = StatusMessage("saved: \(c.summary) (u undoes)", kind: .success)
      }
    case .char("n"), .char("N"), .esc, .char("q"):
      state.overlay = .none
      state.status = StatusMessage(c.details.isEmpty ? "kept: nothing deleted" : "cancelled: nothing written")
    default: break
    }
  }
}

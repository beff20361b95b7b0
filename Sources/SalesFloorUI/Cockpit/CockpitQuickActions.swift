import Foundation
import SalesFloorKit

/// The data-entry keys (`a A n e d w L u Ctrl-R` …) and palette commands with arguments.
extension CockpitProgram {
  mutating func performEntry(_ action: CockpitKeymap.Action) {
    switch action {
    case .add:
      switch state.focus {
      case .pipeline: openForm(.deal(id: nil))
      case .quota: openForm(state.viewer.isRep ? .deal(id: nil) : .quota(id: nil))
      case .coaching: openForm(.coaching(id: nil))
      case .playbooks: openForm(.play(id: nil))
      }
    case .edit: editSelection()
    case .delete: deleteSelection()
    case .logActivity: withDeal { .quickLog(dealId: $0.id) }
    case .nextStep: withDeal { .nextStep(dealId: $0.id) }
    case .closeLost: withDeal { .closeLost(dealId: $0.id) }
    case .closeWon: closeWon()
    case .undo: undoLast()
    case .redo: redoLast()
    case .addActivity: openForm(.activity(id: nil, dealId: dealOnScreen()?.id))
    case .addPerson: openForm(.person(id: nil))
    case .addAccount: openForm(.account(id: nil))
    case .addQuota: openForm(.quota(id: nil))
    case .addCoaching: openForm(.coaching(id: nil))
    case .addPlay: openForm(.play(id: nil))
    default: break
    }
  }

  /// The deal the screen shows (deal keys act on what is visible; see `KeyTargets.dealOnScreen`).
  func dealOnScreen() -> Deal? {
    KeyTargets.dealOnScreen(state).id(of: .deals).flatMap { state.workspace.deals[id: $0] }
  }

  mutating func withDeal(_ purpose: (Deal) -> FormPurpose) {
    guard let deal = dealOnScreen() else {
      state.status = StatusMessage(
        KeyTargets.dealOnScreen(state).disabledReason ?? "no deal selected", kind: .warning)
      return
    }
    openForm(purpose(deal))
  }

  /// `w`: shows what closing won changes and writes it only after `y` or Enter.
  mutating func closeWon() {
    guard let deal = dealOnScreen() else {
      state.status = StatusMessage(
        KeyTargets.dealOnScreen(state).disabledReason ?? "no deal selected", kind: .warning)
      return
    }
    switch prepare(CloseDeal(dealId: deal.id, won: true, on: state.asOf)) {
    case .failure(let error):
      state.status = StatusMessage("cannot close: \(error)", kind: .error)
    case .success(let edit):
      state.overlay = .confirm(
        Confirmation(
          question: "close \(deal.name) won? y/Enter confirms, Esc cancels", summary: edit.summary,
          mutations: edit.mutations, details: ClosePreview.lines(deal, edit: edit, in: state.workspace),
          title: "Close won: nothing is written until you confirm"))
    }
  }

  mutating func editSelection() {
    let target = KeyTargets.editable(state)
    switch target {
    case .record(.deals, let id, _): openForm(.deal(id: id))
    case .record(.coaching, let id, _): openForm(.coaching(id: id))
    case .record(.playbooks, let id, _): openForm(.play(id: id))
    case .record(.people, let person, _):
      let q = state.workspace.quotas.items.first {
        $0.personId == person && $0.period == state.period.description
      }
      openForm(.quota(id: q?.id))
    default:
      state.status = StatusMessage(target.disabledReason ?? "nothing to edit here", kind: .warning)
    }
  }

  mutating func deleteSelection() {
    let target = KeyTargets.deletable(state)
    let result: Result<DeletePlan, CommandError>
    let what: String
    switch target {
    case .record(.deals, let id, let name):
      (what, result) = ("deal \(name)", planDelete(DeleteDeal(dealId: id)))
    case .record(.coaching, let id, let name):
      (what, result) = ("coaching item \(name)", planDelete(DeleteCoachingItem(itemId: id)))
    case .record(.playbooks, let id, let name):
      (what, result) = ("play \(name)", planDelete(DeletePlay(playId: id)))
    default:
      state.status = StatusMessage(target.disabledReason ?? "nothing selected to delete", kind: .warning)
      return
    }
    switch result {
    case .failure(let error):
      state.status = StatusMessage("cannot delete: \(error)", kind: .error)
    case .success(let plan):
      // The same list `salesfloor … delete` prints: what else the delete changes.
      state.overlay = .confirm(
        Confirmation(
          question: "delete \(what)? y/n", summary: plan.edit.summary, mutations: plan.edit.mutations,
          details: plan.effects.map { "also " + $0 }))
    }
  }

  /// Enter on `deal …`, `log …` or `coach …` in the palette: parse and commit in one step.
  /// A line that does not parse keeps the palette open with the reason in the footer.
  mutating func runPaletteCommand(_ text: String, palette: CommandPalette) {
    let parsed = PaletteGrammar.parse(text, workspace: state.workspace, today: state.asOf)
    switch parsed {
    case .failure(let e):
      state.overlay = .palette(palette)
      state.status = StatusMessage(e.description, kind: .error)
    case .success(.importDeals(let path, let preset)):
      state.overlay = .none
      previewImport(path: path, preset: preset)
    case .success(.logWhichDeal(let line, let accountId)):
      state.overlay = .none
      openForm(.logWhichDeal(line: line, accountId: accountId))
    case .success(.contact(.edit(let id))):
      state.overlay = .none
      openForm(.contact(id: id, accountId: nil))
    case .success(.handoff(let id, nil, _)):
      state.overlay = .none
      showHandoff(id)
    case .success(.product(.edit(let id))):
      state.overlay = .none
      openForm(.action(.products(.edit(productId: id))))
    case .success(let command):
      state.overlay = .none
      // Planned in a function of its own: the workspace it reads is released before the commit
      // (a copy still held then would make the store's edit copy every record).
      let edit: FormEdit
      switch planPaletteCommand(command) {
      case .success(let e): edit = e
      case .failure(let error):
        state.overlay = .palette(palette)
        state.status = StatusMessage("not saved: \(error)", kind: .error)
        return
      }
      if let error = commitEdit(edit.summary, edit.mutations) {
        state.status = StatusMessage("not saved: \(error)", kind: .error)
        return
      }
      if let id = edit.dealId { PipelineView.select(&state, dealId: id) }
      state.status = StatusMessage("saved: \(edit.summary)", kind: .success)
      if let next = edit.followUp { openForm(next) }
    }
  }

  /// The edit a parsed palette command makes, run as the viewer (`:import` is not planned here).
  private func planPaletteCommand(_ command: PaletteCommand) -> Result<FormEdit, CommandError> {
    let ctx = FormSave.context(state, now: now(), newId: newId)
    return Result { () throws(CommandError) in
      switch command {
      case .deal(let name, let amount, let close, let accountId):
        let add = AddDeal(
          name: name, account: accountId.map { .id($0) }, ownerId: FormFactory.defaultOwner(state),
          amount: amount, closeDate: close)
        let e = try add.edit(in: ctx)
        return FormEdit(e, dealId: e.recordId)
      case .log(let line, let dealId, let accountId):
        return try FormSave.logEdit(line, dealId: dealId, accountId: accountId, state: state, ctx: ctx)
      case .coach(let personId, let title, let due):
        return FormEdit(try AddCoachingItem(personId: personId, title: title, dueDate: due).edit(in: ctx))
      case .goal(let scope, let kind, let cadence, let target, let minutes, let from):
        return FormEdit(
          try AddActivityGoal(
            scope: scope, kind: kind, cadence: cadence, targetCount: target, targetMinutes: minutes,
            fromDay: from
          ).edit(in: ctx))
      case .post(let text):
        return FormEdit(try AddPost(text: text).edit(in: ctx))
      case .importDeals:
        throw .invalid(field: "import", reason: "an import is previewed, not planned here")
      case .candidate(let name, let source):
        return FormEdit(try HiringPalette.add(name, source, state: state).edit(in: ctx))
      case .logWhichDeal:
        throw .invalid(field: "deal", reason: "which deal is asked in a form, not planned here")
      case .contact(let c):
        return try c.plan(state: state, ctx: ctx)
      case .handoff(let id, let mark, let note):
        guard let mark else { throw .invalid(field: "handoff", reason: "showing a handoff is not an edit") }
        return FormEdit(try HandoffPalette.plan(id, mark: mark, note: note, ctx: ctx))
      case .product(let p):
        return try p.plan(ctx: ctx)
      }
    }
  }

  /// `:import FILE [preset]`: asks the runner for the file (a `readFile` effect); `planImport` goes on
  /// when it arrives.
  mutating func previewImport(path: String, preset: ImportPreset?) {
    requestImportFile(path: path, preset: preset)
  }

  /// Plans the import of a file's bytes like `salesfloor import deals --dry-run`, then shows the
  /// preview; the rows are written as one undoable step only after `y`.
  mutating func planImport(_ data: Data, path: String, preset: ImportPreset?) {
    let plan: DealImportPlan
    do {
      let table = try CSVTable.parse(data)
      let importer =
        preset.map { DealImporter(preset: $0, header: table.header, now: now()) }
        ?? DealImporter(mapping: DealImporter.identityMapping(for: table.header), now: now())
      plan = try importer.plan(table, workspace: state.workspace)
    } catch {
      state.status = StatusMessage("import \(path): \(error)", kind: .error)
      return
    }
    let summary = DealImportSummary(plan)
    let name = URL(fileURLWithPath: path).lastPathComponent
    if plan.isNoOp {
      state.status = StatusMessage(
        "import \(name): nothing to write (\(summary.unchanged) unchanged, \(summary.rejected.count) rejected)",
        kind: .warning)
      return
    }
    state.overlay = .confirm(
      Confirmation(
        question: "import \(summary.toCreate) new and \(summary.toUpdate) updated deals from \(name)? y/n",
        summary: "imported \(name)", mutations: plan.mutations, details: summary.previewLines()))
  }
}

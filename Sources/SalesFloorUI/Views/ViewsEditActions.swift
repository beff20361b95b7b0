import SalesFloorKit

/// The keys that act on what a view shows: the selected signal (9), the viewer's call (5), the
/// training view, a coaching item's notes and commitments, the team quota sheet. Each runs a Kit
/// command as the viewer (an ordinary journal edit, undone with `u`) or opens a small form.
extension CockpitProgram {
  mutating func performViewEdit(_ action: ViewsKeymap.Action) {
    switch action {
    case .signalDown: moveSignal(1)
    case .signalUp: moveSignal(-1)
    case .signalTop: moveSignal(-1_000_000)
    case .signalBottom: moveSignal(1_000_000)
    case .accept: acceptSignal()
    case .dismiss: withSignal { .action(.dismissSignal(id: $0.id)) }
    case .snooze: withSignal { .action(.snoozeSignal(id: $0.id)) }
    case .commit: withSignal { .action(.commitment(id: $0.id, personId: $0.personId)) }
    case .agenda: openAgenda()
    case .submitCall: openCallForm(.call)
    case .adjustCall: openCallForm(.adjustment)
    case .assignTraining: openForm(.action(.assignTraining))
    case .completeTraining: openForm(.action(.completeTraining))
    case .itemNote: withItem { .action(.sessionNote(itemId: $0.id)) }
    case .itemCommit: withItem { .action(.itemCommitment(itemId: $0.id, personId: $0.personId)) }
    case .itemTick: withItem(commitments: true) { .action(.tickCommitment(itemId: $0.id)) }
    case .itemRemove: withItem(commitments: true) { .action(.removeCommitment(itemId: $0.id)) }
    case .quotaSheet: openQuotaSheet()
    default: break
    }
  }

  /// The signal under the cursor in view 9, in the order the view lists them.
  var selectedSignal: CoachingSignal? {
    guard state.views.current == .signals, case .signals(let r) = state.views.content else { return nil }
    let list = SignalsViewText.ordered(r, state)
    return list.indices.contains(state.views.signalCursor.index) ? list[state.views.signalCursor.index] : nil
  }

  /// Moves the cursor and scrolls so the selected signal's block is on screen.
  mutating func moveSignal(_ delta: Int) {
    guard case .signals(let r) = state.views.content else { return }
    state.views.signalCursor.move(delta, count: r.signals.count)
    let width = ViewsRenderer.bodyWidth(size, view: .signals)
    let layout = SignalsViewText.layout(r, state, width: width)
    let i = state.views.signalCursor.index
    guard layout.blocks.indices.contains(i) else { return }
    let block = layout.blocks[i]
    let visible = ViewsRenderer.bodyHeight(size)
    var offset = state.views.offsets[.signals] ?? 0
    if block.upperBound > offset + visible { offset = block.upperBound - visible }
    if block.lowerBound < offset { offset = block.lowerBound }
    // The first signal brings the summary line back into view.
    state.views.offsets[.signals] = i == 0 ? 0 : max(0, offset)
  }

  mutating func withSignal(_ purpose: (CoachingSignal) -> FormPurpose) {
    guard let s = selectedSignal else {
      state.status = StatusMessage("no coaching signal selected", kind: .warning)
      return
    }
    openForm(purpose(s))
  }

  /// `a`: the selected signal becomes a coaching item, due in a week (Kit's `AcceptSignal`).
  mutating func acceptSignal() {
    guard let s = selectedSignal else {
      state.status = StatusMessage("no coaching signal selected", kind: .warning)
      return
    }
    guard let edit = run(AcceptSignal(signalId: s.id)) else { return }
    state.status = StatusMessage("saved: \(edit.summary) (u undoes)", kind: .success)
  }

  /// `o`: the selected signal's rep's 1:1 agenda.
  mutating func openAgenda() {
    guard let s = selectedSignal else {
      state.status = StatusMessage("no coaching signal selected", kind: .warning)
      return
    }
    state.views.agendaPersonId = s.personId
    state.views.offsets[.agenda] = 0
    show(.agenda)
  }

  /// `s` / `m` in view 5: the viewer's own call, or a manager's adjustment of their roll-up.
  mutating func openCallForm(_ kind: ForecastSubmission.Kind) {
    guard state.viewer.person != nil else {
      state.status = StatusMessage(
        "a forecast call is a person's: open the cockpit --as NAME", kind: .warning)
      return
    }
    openForm(.action(.forecastCall(kind: kind)))
  }

  /// The coaching item whose detail is open.
  mutating func withItem(commitments: Bool = false, _ purpose: (CoachingItem) -> FormPurpose) {
    guard case .coachingDetail(let id, _) = state.overlay, let item = state.workspace.coaching[id: id] else {
      state.status = StatusMessage("open a coaching item first (Enter in the Coaching pane)", kind: .warning)
      return
    }
    if commitments && item.commitments.isEmpty {
      state.status = StatusMessage("\(item.title) has no commitments yet: c adds one", kind: .warning)
      return
    }
    openForm(purpose(item))
  }

  /// `Q` in the Quota pane: the team's quota sheet for the quarter after the cockpit's period.
  mutating func openQuotaSheet() {
    guard !state.viewer.isRep else {
      state.status = StatusMessage("the team quota sheet is for managers and ops", kind: .warning)
      return
    }
    let next = Period.containing(
      state.period.end, kind: .quarter, fiscalStartMonth: state.workspace.settings.fiscalYearStartMonth
    ).shifted(by: 1)
    openForm(.action(.teamQuotas(period: next.description)))
  }
}

extension CockpitProgram {
  /// A form whose save changes many records (the team quota sheet): the edit is prepared, then
  /// shown as before → after lines behind a y/n question; `y` commits it as one transaction.
  mutating func confirmActionForm(_ current: Form) -> [ProgramEffect] {
    var form = current
    switch FormSave.result(form, state: state, now: now(), newId: newId) {
    case .success(let edit)?:
      let changes = ActionForms.quotaChanges(edit, state: state)
      state.overlay = .confirm(
        Confirmation(
          question: "save \(changes.count) quota(s)? y/n", summary: edit.summary, mutations: edit.mutations,
          details: changes))
    case .failure(let error)?:
      form.error = error.description
      state.overlay = .form(form)
    case nil:
      state.overlay = .form(form)
    }
    return []
  }
}

/// One tickable line on a deal: a step of a play, or an exit criterion of a stage.
public enum ChecklistItem: Hashable, Sendable {
  /// Step `index` (0-based) of play `playId`.
  case step(playId: String, index: Int)
  /// Exit criterion `index` (0-based) of stage `stageId`.
  case criterion(stageId: String, index: Int)

  /// The `playProgress` key and index the tick is stored under.
  public var key: String {
    switch self {
    case .step(let playId, _): return playId
    case .criterion(let stageId, _): return Deal.criteriaKey(stage: stageId)
    }
  }
  public var index: Int {
    switch self {
    case .step(_, let i), .criterion(_, let i): return i
    }
  }

  /// The item's text in the workspace (the step or criterion), nil when it no longer exists.
  public func text(in ws: Workspace) -> String? {
    switch self {
    case .step(let playId, let i):
      guard let steps = ws.playbooks[id: playId]?.steps, steps.indices.contains(i) else { return nil }
      return steps[i]
    case .criterion(let stageId, let i):
      guard let c = ws.settings.stage(stageId)?.exitCriteria, c.indices.contains(i) else { return nil }
      return c[i]
    }
  }
}

/// Ticks or unticks a play step or exit criterion on a deal (`deal check|uncheck`, `x` in the
/// cockpit, the import column). An ordinary deal edit: journaled, undoable, synced.
public struct CheckDealItem: WorkspaceCommand {
  public var dealId: String
  public var item: ChecklistItem
  public var done: Bool

  public init(dealId: String, item: ChecklistItem, done: Bool) {
    self.dealId = dealId
    self.item = item
    self.done = done
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    guard let text = item.text(in: ctx.workspace) else {
      throw .invalid(field: "item", reason: "that step or criterion no longer exists")
    }
    d.setTicked(done, key: item.key, index: item.index, at: ctx.now, by: ctx.actor)
    return Edit(
      summary: "\(done ? "ticked" : "unticked") \"\(text)\" on \(d.name)", mutations: [.put(.deal(d))],
      recordId: d.id)
  }
}

/// Sets one MEDDPICC element of a deal (`deal qualify`, the scorecard form, the import column).
public struct QualifyDeal: WorkspaceCommand {
  public var dealId: String
  public var element: QualificationElement
  /// nil keeps the current status.
  public var status: QualificationStatus?
  /// nil keeps the note; `.some(nil)` clears it.
  public var note: String??
  /// Champion and economic buyer only: the contact who it is. nil keeps it, `.some(nil)` clears
  /// it; a contact at another account is refused, one not on the buying team joins it.
  public var contactId: String??

  public init(
    dealId: String, element: QualificationElement, status: QualificationStatus?, note: String??,
    contactId: String?? = nil
  ) {
    self.dealId = dealId
    self.element = element
    self.status = status
    self.note = note
    self.contactId = contactId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    guard status != nil || note != nil || contactId != nil else {
      throw .invalid(field: "qualify", reason: "give a status, a note or both")
    }
    let who = try contactId.map { id throws(CommandError) in
      try QualificationContact.set(element, contactId: id, on: &d, ctx)
    }
    d.setQualification(element, status: status, note: note, at: ctx.now, by: ctx.actor)
    let now = d.qualification.status(element)
    return Edit(
      summary: "\(element.title) \(now.rawValue) on \(d.name) (\(d.qualification.summary))"
        + (who.map { "; \($0)" } ?? ""),
      mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Sets the whole scorecard at once (the cockpit's scorecard form): one edit, one undo step.
public struct SetQualification: WorkspaceCommand {
  public var dealId: String
  /// Per element, the status and note to have (`by`/`at` are stamped here); elements not named
  /// are left alone. Their `contactId` is not read: the contact an element points at is kept
  /// unless `contacts` names the element.
  public var entries: [QualificationElement: QualificationEntry]
  /// Champion and economic buyer: the contact to point at, `.some(nil)` for nobody; elements not
  /// in the map keep theirs (see `QualifyDeal.contactId`).
  public var contacts: [QualificationElement: String?]

  public init(
    dealId: String, entries: [QualificationElement: QualificationEntry],
    contacts: [QualificationElement: String?] = [:]
  ) {
    self.dealId = dealId
    self.entries = entries
    self.contacts = contacts
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var d = try CommandRules.deal(dealId, ctx.workspace)
    for e in QualificationElement.allCases {
      if let id = contacts[e] { _ = try QualificationContact.set(e, contactId: id, on: &d, ctx) }
      guard let v = entries[e] else { continue }
      d.setQualification(e, status: v.status, note: .some(v.note), at: ctx.now, by: ctx.actor)
    }
    return Edit(
      summary: "scored \(d.name): \(d.qualification.summary)", mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Turning what people type into checklist items and MEDDPICC values, with errors that list the
/// valid choices: shared by the CLI flags and the import columns.
public enum ChecklistRules {
  /// `PLAY:N` (1-based step number) or `PLAY:step text`; PLAY is a play id or name.
  public static func step(_ text: String, in ws: Workspace) throws(CommandError) -> ChecklistItem {
    guard let colon = text.lastIndex(of: ":") else {
      throw .invalid(field: "step", reason: "\"\(text)\" is not PLAY:N (e.g. \(example(ws)))")
    }
    let playText = CommandRules.text(String(text[..<colon])) ?? ""
    let stepText = CommandRules.text(String(text[text.index(after: colon)...])) ?? ""
    let lower = playText.lowercased()
    let plays = ws.playbooks.items
    guard
      let play = plays.first(where: { $0.id == playText })
        ?? plays.first(where: { $0.name.lowercased() == lower })
    else {
      let valid = plays.map(\.id).sorted().joined(separator: ", ")
      throw .invalid(
        field: "step", reason: "no play \"\(playText)\" (plays: \(valid.isEmpty ? "none" : valid))")
    }
    let index = try pick(stepText, in: play.steps, what: "step of \(play.id)")
    return .step(playId: play.id, index: index)
  }

  /// An exit criterion of the deal's current stage, by 1-based number or text.
  public static func criterion(
    _ text: String, deal: Deal, settings: Settings
  ) throws(CommandError)
    -> ChecklistItem
  {
    guard let stage = settings.stage(deal.stage), !stage.exitCriteria.isEmpty else {
      throw .invalid(field: "criterion", reason: "stage \(deal.stage) of \(deal.name) has no exit criteria")
    }
    let index = try pick(text, in: stage.exitCriteria, what: "exit criterion of \(stage.name)")
    return .criterion(stageId: stage.id, index: index)
  }

  public static func element(_ text: String) throws(CommandError) -> QualificationElement {
    guard let e = QualificationElement(parsing: text) else {
      throw .invalid(
        field: "element",
        reason: "\"\(text)\" is not a MEDDPICC element (one of "
          + QualificationElement.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return e
  }

  public static func status(_ text: String) throws(CommandError) -> QualificationStatus {
    let t = (CommandRules.text(text) ?? "").lowercased()
    if let s = QualificationStatus(rawValue: t) { return s }
    if let n = Int(t), let s = QualificationStatus.allCases.first(where: { $0.points == n }) { return s }
    throw .invalid(
      field: "status",
      reason: "\"\(text)\" is not a status (unknown, partial, confirmed; or 0, 1, 2)")
  }

  /// A list entry by 1-based number, exact text, or the one entry containing the text.
  static func pick(_ text: String, in list: [String], what: String) throws(CommandError) -> Int {
    if let n = Int(text), list.indices.contains(n - 1) { return n - 1 }
    let lower = text.lowercased()
    if let i = list.firstIndex(where: { $0.lowercased() == lower }) { return i }
    let partial = list.indices.filter { !lower.isEmpty && list[$0].lowercased().contains(lower) }
    if partial.count == 1 { return partial[0] }
    let valid = list.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "; ")
    throw .invalid(
      field: what.hasPrefix("step") ? "step" : "criterion",
      reason:
        "\"\(text)\" is not a\(partial.count > 1 ? " unique" : "n") \(what) (\(valid.isEmpty ? "none" : valid))"
    )
  }

  private static func example(_ ws: Workspace) -> String {
    (ws.playbooks.items.first?.id ?? "meddpicc") + ":1"
  }
}

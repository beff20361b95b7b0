/// A person's forecast call, or a manager's adjustment, for a period (`forecast submit|adjust`,
/// `s`/`m` in the cockpit's Forecast view); replaces the earlier one of the same kind and keeps
/// its numbers as `was…`, so a changed call shows what it changed from.
public struct SubmitForecast: WorkspaceCommand {
  public var kind: ForecastSubmission.Kind
  public var personId: String
  public var period: Period
  public var commit: Money
  /// nil means the commit.
  public var bestCase: Money?
  public var note: String?
  /// The open pipeline seen when calling, kept beside the call; nil records none.
  public var pipeline: Money?

  public init(
    kind: ForecastSubmission.Kind, personId: String, period: Period, commit: Money, bestCase: Money? = nil,
    note: String? = nil, pipeline: Money? = nil
  ) {
    self.kind = kind
    self.personId = personId
    self.period = period
    self.commit = commit
    self.bestCase = bestCase
    self.note = note
    self.pipeline = pipeline
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let person = try CommandRules.person(personId, field: "person", ws)
    _ = try CommandRules.money(commit, field: "commit")
    let best = try CommandRules.money(bestCase ?? commit, field: "best-case")
    if kind == .adjustment && !ws.people.contains(where: { $0.managerId == person.id }) {
      throw .invalid(
        field: "as", reason: "\(person.name): an adjustment is a manager's; nobody reports to them")
    }
    if best.minor < commit.minor { throw .invalid(field: "best-case", reason: "is below the commit") }
    var s = ForecastSubmission(
      personId: person.id, period: period.description, kind: kind, commit: commit.minor, bestCase: best.minor,
      currency: commit.currency, submittedAt: ctx.now, note: CommandRules.text(note))
    if let pipeline { s.pipeline = try CommandRules.money(pipeline, field: "pipeline").minor }
    s.submittedBy = ctx.actor
    if let earlier = ws.forecastSubmissions[id: s.id] {
      s.wasCommit = earlier.commit
      s.wasBestCase = earlier.bestCase
      s.wasSubmittedAt = earlier.submittedAt
    }
    let what = kind == .call ? "forecast call" : "forecast adjustment"
    return Edit(
      summary: "\(what) of \(person.name) for \(period)", mutations: [.put(.forecastSubmission(s))],
      recordId: s.id)
  }
}

/// Keeps a snapshot of the pipeline for a period (`forecast snapshot`).
public struct TakeForecastSnapshot: WorkspaceCommand {
  public var period: Period
  public init(period: Period) { self.period = period }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let snap = ForecastSnapshots.take(ctx.workspace, period: period, at: ctx.now, id: ctx.newId("snap-"))
    return Edit(
      summary: "forecast snapshot for \(period)", mutations: [.put(.forecastSnapshot(snap))],
      recordId: snap.id)
  }
}

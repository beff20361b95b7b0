/// The rules a candidate keeps, written once for the commands, the cockpit's forms and `check`.
public enum HiringRules {
  /// Competencies scored when settings name none: what a sales interview loop usually probes.
  public static let defaultCompetencies = ["discovery", "resilience", "coachability", "communication"]

  /// The workspace's competencies: `settings.hiringCompetencies`, else the defaults.
  public static func competencies(_ settings: Settings) -> [String] {
    settings.hiringCompetencies.isEmpty ? defaultCompetencies : settings.hiringCompetencies
  }

  /// The stages a candidate at `stage` may move to with `candidate move`: any later open stage
  /// (a skipped stage counts as passed), or out of the funnel as rejected or withdrawn. `hired`
  /// is reached only through `HireCandidate` (it creates the person); closed stages are final.
  public static func moves(from stage: CandidateStage) -> [CandidateStage] {
    guard stage.isOpen, let i = stage.funnelIndex else { return [] }
    let later = CandidateStage.funnel.dropFirst(i + 1).filter(\.isOpen)
    return Array(later) + [.rejected, .withdrew]
  }

  /// Why `from → to` is refused, or nil when it is allowed.
  public static func refusal(from: CandidateStage, to: CandidateStage) -> String? {
    if to == .hired {
      return "hiring creates the new person: use `salesfloor candidate hire` (or `h` in the pipeline view)"
    }
    if !from.isOpen { return "the candidate is already \(from.rawValue); add them again to reopen" }
    if to == from { return "the candidate is already \(from.rawValue)" }
    let allowed = moves(from: from)
    guard allowed.contains(to) else {
      return "cannot go back from \(from.rawValue) to \(to.rawValue) (next: "
        + allowed.map(\.rawValue).joined(separator: ", ") + ")"
    }
    return nil
  }

  /// A source from what a user typed, or a message listing the sources.
  public static func source(_ text: String) throws(CommandError) -> Candidate.Source {
    guard let s = Candidate.Source(parsing: text) else {
      throw .invalid(
        field: "source",
        reason: "\"\(text)\" is not a source (one of "
          + Candidate.Source.allCases.map(\.label).joined(separator: ", ") + ")")
    }
    return s
  }

  /// A stage from what a user typed, or a message listing the stages.
  public static func stage(_ text: String) throws(CommandError) -> CandidateStage {
    guard let s = CandidateStage(parsing: text) else {
      throw .invalid(
        field: "stage",
        reason: "\"\(text)\" is not a stage (one of "
          + CandidateStage.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return s
  }

  /// A recommendation from what a user typed, or a message naming both.
  public static func recommendation(_ text: String) throws(CommandError) -> Scorecard.Recommendation {
    guard let r = Scorecard.Recommendation(parsing: text) else {
      throw .invalid(field: "recommend", reason: "\"\(text)\" is not a recommendation (hire or no-hire)")
    }
    return r
  }

  /// A candidate from what a user typed (id, name or unique prefix).
  public static func resolve(_ text: String, in ws: Workspace) throws(CommandError) -> Candidate {
    try NameResolver.one(
      text, in: ws.candidates.items, kind: "candidate", id: \.id, name: \.name,
      hint: "see `salesfloor candidate list`")
  }

  static func candidate(_ id: String, _ ws: Workspace) throws(CommandError) -> Candidate {
    try CommandRules.record(
      ws.candidates[id: id], kind: "candidate", id: id, hint: "see `salesfloor candidate list`")
  }
}

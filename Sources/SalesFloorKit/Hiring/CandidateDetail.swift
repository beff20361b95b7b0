import Foundation

/// A candidate as lines of text, written once for `candidate show` and the cockpit's detail, so
/// both say the same thing the same way.
public enum CandidateDetail {
  /// An average score as `3.5`, or `-` before the first scorecard.
  public static func score(_ s: Double?) -> String { s.map { String(format: "%.1f", $0) } ?? "-" }

  public static func lines(_ c: Candidate, _ ws: Workspace) -> [String] {
    func name(_ id: String?) -> String? { id.map { ws.people[id: $0]?.name ?? "\($0) (missing)" } }
    var out = ["\(c.name) (\(c.id))"]
    out.append("  applied for: \(c.roleAppliedFor.rawValue), source: \(c.source.label)")
    out.append("  stage: \(c.stage.rawValue)" + (c.stageHistory.last.map { " since \($0.day.iso)" } ?? ""))
    if let m = name(c.managerId) { out.append("  hiring manager: \(m)") }
    if let p = name(c.personId) { out.append("  hired as: \(p)") }
    out.append(
      "  stages: " + c.stageHistory.map { "\($0.stage.rawValue) \($0.day.iso)" }.joined(separator: " → "))
    if c.scorecards.isEmpty {
      out.append("  scorecards: none yet")
    } else {
      out.append("  scorecards (average \(score(c.averageScore))):")
      for s in c.scorecards {
        let scores = s.scores.map { "\($0.competency) \($0.score)" }.joined(separator: ", ")
        out.append(
          "    \(s.day.iso) \(name(s.interviewerId) ?? s.interviewerId): \(scores) — \(s.recommendation.label)"
        )
        if let n = s.note { out.append("      \(n)") }
      }
    }
    return out
  }
}

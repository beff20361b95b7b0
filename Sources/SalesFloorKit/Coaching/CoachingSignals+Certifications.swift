/// The expired-certification detector (docs/salesops.md "Training").
extension CoachingSignals {
  /// `certificationExpired`: a person's latest certification of a module is past its expiry and
  /// no renewal is under way (an assignment of the same module, not completed, given after that
  /// completion). High priority when the module is required for the person's role.
  static func expiredCertifications(_ ws: Workspace, people: Set<String>, asOf: Day) -> [CoachingSignal] {
    var byPerson: [String: [Certification]] = [:]
    for c in TrainingStatus.certifications(ws, asOf: asOf)
    where c.state == .expired && people.contains(c.personId) && !renewing(c, ws) {
      byPerson[c.personId, default: []].append(c)
    }
    var out: [CoachingSignal] = []
    for (person, list) in byPerson {
      let role = ws.people[id: person]?.role
      let required = list.filter { c in
        role.map { ws.training[id: c.moduleId]?.requiredFor.contains($0) } == true
      }
      let titles = list.map { c in
        "\(ws.training[id: c.moduleId]?.title ?? c.moduleId) (expired \(c.expiresOn.iso))"
      }
      out.append(
        CoachingSignal(
          personId: person, kind: .certificationExpired,
          evidence: .init(
            metric: "certifications past expiry, no renewal assigned", value: Double(list.count),
            threshold: 1,
            detail: list.map(\.moduleId).joined(separator: ", ")),
          reason: "\(list.count) expired: \(titles.joined(separator: ", "))",
          priority: required.isEmpty ? .medium : .high,
          trainingModuleId: (required.first ?? list[0]).moduleId))
    }
    return out
  }

  /// A renewal under way: an open assignment of the same module to the same person, given on or
  /// after the certifying completion.
  static func renewing(_ c: Certification, _ ws: Workspace) -> Bool {
    ws.assignments.contains {
      $0.personId == c.personId && $0.moduleId == c.moduleId && $0.completedOn == nil
        && $0.assignedOn >= c.completedOn
    }
  }
}

import Testing

@testable import SalesFloorKit

@Suite("Training status")
struct TrainingStatusTests {
  let asOf = day("2026-05-14")
  let cert = TrainingModule(
    id: "cert", title: "Demo certification", kind: .product, certificationValidDays: 365)

  func ws(_ assignments: [TrainingAssignment]) -> Workspace {
    var w = Workspace()
    w.training = RecordTable([cert])
    w.assignments = RecordTable(assignments)
    return w
  }

  @Test func completionSetsExpiryFromTheModule() {
    let a = TrainingStatus.assign(
      module: cert, to: "a", id: "t1", on: day("2026-05-01"), due: day("2026-05-31"))
    #expect(a.dueDate == day("2026-05-31") && a.completedOn == nil)
    let done = TrainingStatus.complete(a, module: cert, on: day("2026-05-10"), score: 90)
    // 2026-05-10 + 365 days = 2027-05-10.
    #expect(done.completedOn == day("2026-05-10") && done.expiresOn == day("2027-05-10") && done.score == 90)
    let plain = TrainingModule(id: "p", title: "Plain", kind: .market)
    #expect(TrainingStatus.complete(a, module: plain, on: day("2026-05-10")).expiresOn == nil)
  }

  @Test func overdueIsPastDueAndNotDone() {
    let w = ws([
      TrainingAssignment(
        id: "late", personId: "a", moduleId: "cert", assignedOn: day("2026-04-01"), dueDate: day("2026-05-13")
      ),
      TrainingAssignment(
        id: "today", personId: "a", moduleId: "cert", assignedOn: day("2026-04-01"),
        dueDate: day("2026-05-14")),
      TrainingAssignment(
        id: "done", personId: "b", moduleId: "cert", assignedOn: day("2026-04-01"),
        dueDate: day("2026-04-10"),
        completedOn: day("2026-04-20")),
    ])
    #expect(TrainingStatus.overdue(w, asOf: asOf).map(\.id) == ["late"])
  }

  @Test func certificationsExpiredExpiringAndRenewed() {
    func done(_ id: String, _ person: String, _ completed: String, _ expires: String) -> TrainingAssignment {
      TrainingAssignment(
        id: id, personId: person, moduleId: "cert", assignedOn: day(completed), completedOn: day(completed),
        expiresOn: day(expires))
    }
    let w = ws([
      done("a-old", "a", "2025-05-01", "2026-05-01"),  // expired 13 days ago…
      done("a-new", "a", "2026-05-02", "2027-05-02"),  // …but renewed: valid
      done("b", "b", "2025-06-10", "2026-06-10"),  // 27 days left: expiring
      done("c", "c", "2025-06-14", "2026-06-14"),  // 31 days left: valid
      done("d", "d", "2025-05-10", "2026-05-10"),  // expired
    ])
    let certs = TrainingStatus.certifications(w, asOf: asOf)
    let byPerson = Dictionary(uniqueKeysWithValues: certs.map { ($0.personId, $0) })
    #expect(certs.count == 4)
    #expect(byPerson["a"]?.assignmentId == "a-new" && byPerson["a"]?.state == .valid)
    #expect(byPerson["b"]?.state == .expiring && byPerson["b"]?.daysLeft == 27)
    #expect(byPerson["c"]?.state == .valid && byPerson["c"]?.daysLeft == 31)
    #expect(byPerson["d"]?.state == .expired && byPerson["d"]?.daysLeft == -4)
  }

  @Test func coachingItemAssignsAModule() {
    let item = CoachingItem(
      id: "ci-9", personId: "a", title: "t", reason: "r", createdAt: Timestamp(day: asOf))
    let (updated, a) = CoachingSignals.assignTraining(
      item, module: cert, assignmentId: "ta-9", on: asOf, due: day("2026-06-01"))
    #expect(
      a.coachingItemId == "ci-9" && a.personId == "a" && a.moduleId == "cert"
        && a.dueDate == day("2026-06-01"))
    #expect(updated.trainingModuleId == "cert")
    #expect(
      updated.commitments.last?.check == .trainingCompleted
        && updated.commitments.last?.trainingModuleId == "cert")
    // Completing the assignment meets the commitment.
    var w = ws([TrainingStatus.complete(a, module: cert, on: day("2026-05-20"))])
    w.coaching = RecordTable([updated])
    #expect(CommitmentCheck.summary(updated, workspace: w, asOf: day("2026-05-21")) == "1/1 done")
  }
}

import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The Recruiting view (`R`, #18 item 3): candidates by stage, the candidate's card, moving a
/// stage, hiring through the form (a new rep who then shows in Onboarding, view 8), adding one.
@Suite("Cockpit recruiting")
struct CockpitRecruitingTests {
  static let today = CockpitFixture.today

  /// The demo with three candidates of its own: Ben sourced, Ada at offer, Cy hired long ago.
  static var workspace: Workspace {
    var ws = CockpitFixture.demo
    let manager = ws.people.sortedById.first { $0.role == .manager }?.id
    let t = Timestamp(day: today.adding(days: -40), hour: 9)
    let card = Scorecard(
      interviewerId: manager ?? "", day: today.adding(days: -20),
      scores: [.init(competency: "discovery", score: 4), .init(competency: "resilience", score: 3)],
      recommendation: .hire, note: "strong discovery")
    ws.candidates = RecordTable([
      Candidate(
        id: "cand-ada", name: "Ada Offer", source: .referral, stage: .offer,
        stageHistory: [
          .init(stage: .sourced, day: today.adding(days: -40)),
          .init(stage: .interviewed, day: today.adding(days: -20)),
          .init(stage: .offer, day: today.adding(days: -5)),
        ], managerId: manager, scorecards: [card], createdAt: t),
      Candidate(
        id: "cand-ben", name: "Ben Sourced", source: .jobBoard,
        stageHistory: [.init(stage: .sourced, day: today.adding(days: -3))], managerId: manager, createdAt: t),
      Candidate(
        id: "cand-cy", name: "Cy Hired", source: .agency, stage: .hired,
        stageHistory: [
          .init(stage: .sourced, day: today.adding(days: -400)),
          .init(stage: .hired, day: today.adding(days: -370)),
        ],
        createdAt: t),
    ])
    return ws
  }

  static var ops: Viewer {
    Viewer(person: workspace.people.sortedById.first { $0.role == .ops })
  }

  func run(_ keys: String) throws -> CockpitRun {
    try CockpitRun(keys, workspace: Self.workspace, viewer: Self.ops)
  }

  @Test("R lists candidates by stage with source, days in stage, score and the keys")
  func list() throws {
    let r = try run("R")
    #expect(r.state.views.current == .recruiting)
    #expect(r.screen.contains("3 candidates · 2 open · 1 at offer"))
    let ben = try #require(r.lines.first { $0.contains("Ben Sourced") })
    let ada = try #require(r.lines.first { $0.contains("Ada Offer") })
    #expect(ada.contains("›"))  // the cursor starts on the first row: offers on top
    #expect(ben.contains("sourced") && ben.contains("job board") && ben.contains("3d"))
    #expect(ada.contains("offer") && ada.contains("referral") && ada.contains("5d") && ada.contains("3.5"))
    // Open stages closest to a decision first, then the closed ones.
    let rows = r.lines.filter {
      $0.contains("Ben Sourced") || $0.contains("Ada Offer") || $0.contains("Cy Hired")
    }
    #expect(rows.map { $0.contains("Ada") } == [true, false, false])
    #expect(rows.last?.contains("Cy Hired") == true)
  }

  @Test("Enter shows the candidate's stages and scorecards; Esc goes back to the list")
  func card() throws {
    var r = try run("R <Enter>")
    #expect(r.screen.contains("Ada Offer (cand-ada)"))
    #expect(r.screen.contains("scorecards (average 3.5):"))
    #expect(r.screen.contains("discovery 4, resilience 3 — hire"))
    #expect(r.screen.contains("strong discovery"))
    try r.press("<Esc>")
    #expect(r.state.views.current == .recruiting)
    #expect(r.screen.contains("3 candidates"))
    try r.press("<Esc>")
    #expect(r.state.views.current == .home)
  }

  @Test("m moves the candidate through a form (the first legal stage offered); u undoes")
  func move() throws {
    var r = try run("R j m")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("m opened no form: \(r.screen)")
      return
    }
    #expect(f.title.hasPrefix("Move · Ben Sourced (sourced)"))
    try r.press("<Enter>")
    #expect(r.store.workspace.candidates[id: "cand-ben"]?.stage == .screened)
    try r.press("u")
    #expect(r.store.workspace.candidates[id: "cand-ben"]?.stage == .sourced)
  }

  @Test("h on a candidate not at offer says why; on Ada it hires her into Onboarding with the ramp plan")
  func hire() throws {
    let refused = try run("R j h")
    #expect(refused.state.overlay.isNone)
    #expect(
      refused.footer.contains("only a candidate at offer can be hired")
        || refused.screen.contains("only a candidate at offer can be hired"))

    var r = try run("R h")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("h opened no form: \(r.screen)")
      return
    }
    #expect(f.title.hasPrefix("Hire Ada Offer → new rep under"))
    try r.press("<Enter>")
    let ws = r.store.workspace
    let c = try #require(ws.candidates[id: "cand-ada"])
    #expect(c.stage == .hired)
    let p = try #require(ws.people[id: c.personId ?? ""])
    #expect(p.name == "Ada Offer")
    #expect(p.hireDate == Self.today.adding(days: HiringForms.defaultStartDays))
    #expect(p.rampPlanId == ws.rampPlans.sortedById.first?.id)
    #expect(p.role == .rep)
  }

  @Test("a hire starting today shows in Onboarding (view 8) with its ramp plan")
  func hireShowsInOnboarding() throws {
    var r = try run("R h <C-u> \(typed(Self.today.iso)) <Enter>")
    let ws = r.store.workspace
    let p = try #require(ws.people.items.first { $0.name == "Ada Offer" })
    #expect(p.hireDate == Self.today)
    try r.press("8")
    let row = try #require(r.lines.first { $0.contains("Ada Offer") }, "\(r.screen)")
    let plan = try #require(ws.rampPlans[id: p.rampPlanId ?? ""])
    #expect(r.screen.contains(plan.name) || row.contains(String(plan.name.prefix(8))))
  }

  @Test("a adds a candidate through the form at sourced today")
  func add() throws {
    let r = try run("R a \(typed("Dee New")) <Enter>")
    let dee = try #require(r.store.workspace.candidates.items.first { $0.name == "Dee New" })
    #expect(dee.stage == .sourced)
    #expect(dee.source == .referral)
    #expect(dee.stageHistory == [.init(stage: .sourced, day: Self.today)])
  }

  @Test(":candidate NAME SOURCE adds a candidate hired for by the viewer; no source says how")
  func palette() throws {
    let r = try run(": \(typed("candidate Zoe Quick job board")) <Enter>")
    let zoe = try #require(r.store.workspace.candidates.items.first { $0.name == "Zoe Quick" })
    #expect(zoe.source == .jobBoard)
    #expect(zoe.managerId == Self.ops.person?.id)
    #expect(zoe.stage == .sourced)
    let bad = try run(": \(typed("candidate Zoe Quick")) <Enter>")
    #expect(bad.store.committed.isEmpty)
    #expect(bad.screen.contains("end with a source"))
  }

  @Test("every Recruiting key asks first or is read-only, and a rep is told it is not theirs")
  func keysAskFirst() throws {
    for key in ["m", "h", "a", "+"] {
      let r = try run("R \(key)")
      #expect(r.store.committed.isEmpty, "R \(key) wrote without asking")
    }
    for a in [RecruitingKeymap.Action.move, .hire, .add] {
      #expect(CockpitBindings.safety(a.rawValue) == .asksFirst)
    }
    let rep = Self.workspace.people.sortedById.first { $0.role == .rep }
    let asRep = try CockpitRun("R m", workspace: Self.workspace, viewer: Viewer(person: rep))
    #expect(asRep.store.committed.isEmpty)
    #expect(asRep.screen.contains("recruiting is for managers and ops"))
  }
}

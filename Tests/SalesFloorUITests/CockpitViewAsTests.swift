import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Managers move around their team: `:as NAME`, Enter on a leaderboard row, `:as me` (issue #16).
/// Demo team: Elena Tanaka manages East (Grace Osei, Aisha Nakamura, …); Daniel Delgado West
/// (Kenji Walsh, …); Marcus Lindqvist is ops.
@Suite("Cockpit :as and leaderboard drill")
struct CockpitViewAsTests {
  static func typed(_ text: String) -> String {
    text.map { $0 == " " ? "<Space>" : String($0) }.joined(separator: " ")
  }

  @Test("a manager's :as REPORT shows the report's deals and the top bar says whose view it is")
  func managerViewsReport() throws {
    let run = try CockpitRun(": \(Self.typed("as Grace Osei")) <Enter>", as: "Elena Tanaka")
    #expect(run.state.viewer.person?.name == "Grace Osei")
    #expect(run.topBar.contains("viewing Grace Osei's day as Elena Tanaka"))
    let grace = CockpitFixture.person("Grace Osei")
    #expect(!run.state.data.openDeals.isEmpty)
    #expect(run.state.data.openDeals.allSatisfy { $0.ownerId == grace.id })
    GoldenScreen.check("as-grace-by-elena-120x40", run.lines)
  }

  @Test("edits made while viewing as someone stay the manager's")
  func actorStaysManager() throws {
    let run = try CockpitRun(": \(Self.typed("as Grace Osei")) <Enter> <gt>", as: "Elena Tanaka")
    let tx = try #require(run.store.committed.last)
    #expect(tx.actor == CockpitFixture.person("Elena Tanaka").id)
  }

  @Test(":as me returns to the manager's own team view")
  func asMe() throws {
    let run = try CockpitRun(
      ": \(Self.typed("as Grace Osei")) <Enter> : \(Self.typed("as me")) <Enter>", as: "Elena Tanaka")
    #expect(run.state.viewer.person?.name == "Elena Tanaka")
    #expect(!run.topBar.contains("viewing"))
    #expect(run.footer.contains("back to your own view"))
  }

  @Test("a rep cannot :as anyone else; a manager only their reports; ops anyone")
  func rules() throws {
    let rep = try CockpitRun(": \(Self.typed("as Aisha Nakamura")) <Enter>", as: "Grace Osei")
    #expect(rep.state.viewer.person?.name == "Grace Osei")
    #expect(rep.footer.contains(":as Aisha Nakamura: Grace Osei may view own view only"))
    let manager = try CockpitRun(": \(Self.typed("as Kenji Walsh")) <Enter>", as: "Elena Tanaka")
    #expect(manager.state.viewer.person?.name == "Elena Tanaka")
    #expect(manager.footer.contains(":as Kenji Walsh: Elena Tanaka may view own view and"))
    let ops = try CockpitRun(": \(Self.typed("as Kenji Walsh")) <Enter>", as: "Marcus Lindqvist")
    #expect(ops.state.viewer.person?.name == "Kenji Walsh")
    let nobody = try CockpitRun(": \(Self.typed("as Zed")) <Enter>", as: "Marcus Lindqvist")
    #expect(nobody.footer.contains(":as Zed: nobody by that name in this workspace"))
  }

  @Test("Enter on a leaderboard row opens that rep's deals")
  func drill() throws {
    let base = try CockpitRun("2", as: "Elena Tanaka")
    let rows = QuotaView.rows(base.state)
    let second = try #require(rows.dropFirst().first)
    let run = try CockpitRun("2 j <Enter>", as: "Elena Tanaka")
    #expect(run.state.viewer.person?.id == second.id)
    #expect(run.state.focus == .pipeline)
    #expect(run.state.data.openDeals.allSatisfy { $0.ownerId == second.id })
    #expect(run.topBar.contains("viewing \(second.name)'s"))
  }
}

extension CockpitViewAsTests {
  @Test("Enter in a rep's My Day says there is no leaderboard there and changes nothing")
  func repMyDay() throws {
    let run = try CockpitRun("2 <Enter>", as: "Grace Osei")
    #expect(run.state.viewer.person?.name == "Grace Osei")
    #expect(run.footer.contains("Enter: My Day has no leaderboard: z zooms the pane"))
  }
}

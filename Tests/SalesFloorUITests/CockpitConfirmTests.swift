import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Closing won asks first, showing what changes; the palette never runs anything on a bare Enter.
@Suite("Cockpit confirmations and palette")
struct CockpitConfirmTests {
  static func selected() throws -> Deal {
    try #require(PipelineView.selectedDeal(try CockpitRun().state))
  }

  @Test("w shows the deal, amount, stage → Won and close date, and writes nothing yet")
  func closeWonPreview() throws {
    let deal = try Self.selected()
    let run = try CockpitRun("w")
    #expect(run.store.committed.isEmpty)
    let ws = CockpitFixture.demo
    let stage = try #require(ws.settings.stage(deal.stage)?.name)
    let won = try #require(ws.settings.wonStage?.name)
    #expect(run.screen.contains("Close won: nothing is written until you confirm"))
    #expect(run.screen.contains("Deal:       \(deal.name)"))
    #expect(
      run.screen.contains(
        "Amount:     \(Money.grouped(deal.amount, currency: deal.currency)) \(deal.currency)"))
    #expect(run.screen.contains("Stage:      \(stage) → \(won)"))
    // CloseDeal closes on the day of the cockpit (asOf 2026-11-27).
    #expect(run.screen.contains("Close date: \(deal.closeDate?.description ?? "none") → 2026-11-27"))
    GoldenScreen.check("close-won-confirm-120x40", run.lines)
  }

  @Test("Enter (or y) confirms the close; Esc cancels and writes nothing")
  func confirmOrCancel() throws {
    let deal = try Self.selected()
    let ws = CockpitFixture.demo
    let entered = try CockpitRun("w <Enter>")
    #expect(entered.store.committed.count == 1)
    #expect(entered.store.workspace.deals[id: deal.id]?.stage == ws.settings.wonStage?.id)
    #expect(entered.footer.contains("saved: closed won \(deal.name)"))
    let cancelled = try CockpitRun("w <Esc>")
    #expect(cancelled.store.committed.isEmpty)
    #expect(cancelled.store.workspace.deals[id: deal.id]?.stage == deal.stage)
    #expect(cancelled.footer.contains("cancelled: nothing written"))
  }

  @Test("the palette opens with nothing highlighted and Enter on an empty query does nothing")
  func paletteEmptyEnter() throws {
    let open = try CockpitRun(":")
    guard case .palette(let palette) = open.state.overlay else {
      Issue.record("the palette did not open")
      return
    }
    #expect(!palette.hasSelection)
    // ListView marks the selection with a pointer: none before any entry is picked.
    let first = try #require(palette.matches.first?.title)
    #expect(!open.screen.contains("\(Glyphs.unicode.pointer) \(first)"))
    GoldenScreen.check("palette-open-120x40", open.lines)
    let entered = try CockpitRun(": <Enter>")
    #expect(!entered.result.quit)
    #expect(entered.screen.contains("Command"))
    // An arrow picks the first entry; typing ranks and highlights the best match.
    let typed = try CockpitRun(": quit <Enter>")
    #expect(typed.result.quit)
  }
}

/// `:log KIND ACCOUNT …` on an account with several open deals asks which deal (a form listing
/// them) instead of logging on the account and dropping the next step.
@Suite("Cockpit one-line log")
struct CockpitLogWhichDealTests {
  /// The demo account with the most open deals (ties by id), and those deals soonest close first.
  static func accountWithSeveralDeals(_ ws: Workspace) throws -> (Account, [Deal]) {
    let open = ws.deals.items.filter { ws.settings.stage($0.stage)?.isOpen ?? false }
    let byAccount = Dictionary(grouping: open.filter { $0.accountId != nil }) { $0.accountId ?? "" }
    let (accountId, _) = try #require(
      byAccount.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.first)
    let account = try #require(ws.accounts[id: accountId])
    return (account, FormFactory.openDeals(ofAccount: accountId, in: ws))
  }

  @Test("the palette line parses to a question, not to a log on the account")
  func asksWhichDeal() throws {
    let ws = CockpitFixture.demo
    let (account, _) = try Self.accountWithSeveralDeals(ws)
    let result = PaletteGrammar.parse(
      "log call \(account.name) follow up, send pricing +2d", workspace: ws, today: CockpitFixture.today)
    guard case .success(.logWhichDeal(let line, let accountId)) = result else {
      Issue.record("expected the palette to ask which deal, got \(result)")
      return
    }
    #expect(accountId == account.id)
    #expect(line.nextStep == "send pricing")
  }

  @Test("the form lists the account's open deals; picking one logs the call and keeps the next step")
  func pickADeal() throws {
    let ws = CockpitFixture.demo
    let (account, deals) = try Self.accountWithSeveralDeals(ws)
    var run = try CockpitRun(
      ": " + typed("log call \(account.name) follow up, send pricing +2d") + " <Enter>")
    #expect(run.store.committed.isEmpty, "nothing is logged before the deal is chosen")
    #expect(run.screen.contains("Which deal? · call at \(account.name) · \(deals.count) open deals"))
    let second = deals[1]
    // Typing the second deal's label picks it (a shared name is told apart by close date and amount).
    let label = try #require(FormFactory.dealChoices(deals).first { $0.id == second.id }?.label)
    try run.press("<C-u> " + typed(label) + " <Enter>")
    let saved = try #require(run.store.workspace.deals[id: second.id])
    #expect(saved.nextStep == "send pricing")
    #expect(saved.nextStepDate == CockpitFixture.today.adding(days: 2))
    let call = run.store.workspace.activities.items.first {
      $0.subject == "follow up" && $0.dealId == second.id
    }
    #expect(call?.kind == .call)
    #expect(run.footer.contains("saved:"))
  }
}

import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Foreign-currency deals in the cockpit: the deal card shows both amounts, and a pane whose
/// totals leave a deal out (no rate) says so.
@Suite("Cockpit currencies")
struct CockpitCurrencyTests {
  /// USD workspace, EUR at 1.08 from 2026-01-01, no CHF rate; Rae owns an open EUR 100,000 deal
  /// closing first and an open CHF 5,000 deal, both in the first stage (the board's first column).
  static var workspace: Workspace {
    var w = Workspace()
    w.settings.exchangeRates = [
      ExchangeRate(
        currency: "EUR", micros: 1_080_000, from: Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0))
    ]
    w.people = RecordTable([Person(id: "r", name: "Rae Rep", role: .rep)])
    func open(_ id: String, _ name: String, _ minor: Int64, _ currency: String, close day: Int) -> Deal {
      Deal(
        id: id, name: name, accountId: nil, ownerId: "r", amount: minor, currency: currency,
        stage: "prospect",
        closeDate: Day(year: 2026, month: 12, day: day),
        createdAt: Timestamp(day: Day(year: 2026, month: 10, day: 1) ?? Day(ordinal: 0), hour: 9),
        nextStepDate: Day(year: 2026, month: 12, day: 1))
    }
    w.deals = RecordTable([
      open("d-eur", "Berlin rollout", 10_000_000, "EUR", close: 5),
      open("d-chf", "Zurich pilot", 500_000, "CHF", close: 20),
    ])
    return w
  }

  @Test func theDealCardShowsTheConvertedAmountBesideItsOwn() throws {
    let run = try CockpitRun("<Enter>", as: "Rae Rep", workspace: Self.workspace)
    // EUR 100,000 × 1.08 = USD 108,000.
    #expect(run.screen.contains("Amount     EUR 100,000.00 ≈ USD 108,000.00"), "\(run.screen)")
  }

  @Test func aDealWithoutARateIsNamedOnItsCardAndInThePane() throws {
    let card = try CockpitRun("j <Enter>", as: "Rae Rep", workspace: Self.workspace)
    #expect(card.screen.contains("CHF 5,000.00 · no CHF rate: not counted"), "\(card.screen)")
    let zoomed = try CockpitRun("z", as: "Rae Rep", workspace: Self.workspace)
    // The pipeline total is the EUR deal only: 108k; the CHF deal is named in the title.
    #expect(zoomed.screen.contains("108k"), "\(zoomed.screen)")
    #expect(zoomed.screen.contains("1 deal not counted: no CHF rate"), "\(zoomed.screen)")
  }
}

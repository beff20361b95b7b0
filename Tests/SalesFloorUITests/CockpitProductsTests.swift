import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Products in the cockpit (#17 item 2): the Products view (`I`) with `report products`' numbers,
/// adding, editing and retiring a product there, `:product`, and line items on the deal card.
@Suite("Cockpit products")
struct CockpitProductsTests {
  /// The demo with a catalogue of three (one retired); the Pipeline's selected deal sells
  /// Platform × 3 @ 1,000.00 −10 % when `lined`.
  static func workspace(lined: Bool = true) throws -> (Workspace, Deal) {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(store: MemoryStore(ws)).state))
    try #require(ws.settings.currency == "USD" && deal.currency == "USD")
    ws.products = RecordTable([
      Product(
        id: "pr-plat", name: "Platform", family: "Core",
        listPrices: [.init(currency: "USD", amount: 100_000), .init(currency: "EUR", amount: 90_000)],
        description: "The core seat licence", configurations: ["Standard", "Enterprise"]),
      Product(
        id: "pr-onb", name: "Onboarding", family: "Services",
        listPrices: [.init(currency: "USD", amount: 50_000)]),
      Product(id: "pr-old", name: "Legacy Box", family: "Hardware", active: false),
    ])
    var d = try #require(ws.deals[id: deal.id])
    if lined {
      d.lineItems = [LineItem(productId: "pr-plat", quantity: 3, unitPrice: 100_000, discountPercent: 10)]
      d.amount = LineItem.amount(of: d.lineItems)  // 3 × 1,000.00 × 90 % = 2,700.00
      ws.deals.upsert(d)
    } else {
      d.lineItems = []  // the demo's own lines point at its catalogue, replaced above
      ws.deals.upsert(d)
    }
    return (ws, d)
  }

  func run(_ keys: String, lined: Bool = true) throws -> (CockpitRun, Deal) {
    let (ws, d) = try Self.workspace(lined: lined)
    return (try CockpitRun(keys, store: MemoryStore(ws)), d)
  }

  // MARK: The Products view

  @Test("I lists the catalogue with list price, active, and report products' pipeline and wins")
  func list() throws {
    let (r, _) = try run("I")
    #expect(r.state.views.current == .products)
    #expect(r.screen.contains("3 products · 2 active · USD"))
    let platform = try #require(r.lines.first { $0.contains("Platform") && $0.contains("Core") })
    // Open: 1 deal; pipeline 3 × 1,000 × 90 % = 2,700 → "2.7k"; won in the period: 0.
    #expect(platform.contains("›"))
    #expect(platform.contains("USD 1,000.00") && platform.contains("yes"))
    #expect(platform.contains(" 1 ") && platform.contains("2.7k"))
    let legacy = try #require(r.lines.first { $0.contains("Legacy Box") })
    #expect(legacy.contains("retired") && legacy.contains("—"))
    // The same numbers as `report products` (the Kit's report, not a recount).
    let report = Reports.products(r.store.workspace, period: r.state.period, today: r.state.asOf)
    let line = try #require(report.products.first { $0.id == "pr-plat" })
    #expect(line.openDeals == 1 && line.openAmount == 270_000 && line.wonDeals == 0)
    // The selected product's detail: description, configurations, every price.
    #expect(r.screen.contains("Platform (pr-plat)"))
    #expect(r.screen.contains("The core seat licence"))
    #expect(r.screen.contains("configurations  Standard, Enterprise"))
    #expect(r.screen.contains("list prices     USD 1,000.00 · EUR 900.00"))
  }

  @Test("j moves the selection: the detail follows, rows in family then name order")
  func move() throws {
    var (r, _) = try run("I j")
    #expect(r.screen.contains("Legacy Box (pr-old)"))
    try r.press("j")
    #expect(r.screen.contains("Onboarding (pr-onb)"))
    try r.press("g")
    #expect(r.screen.contains("Platform (pr-plat)"))
  }

  @Test("Enter lists the deals that sell the product; Esc goes back, then Home")
  func deals() throws {
    var (r, d) = try run("I <Enter>")
    #expect(r.screen.contains("Deals selling Platform (1)"))
    let row = try #require(
      r.lines.first { $0.contains(String(d.name.prefix(10))) && $0.contains("USD 2,700.00") })
    #expect(row.contains(" 3 "))
    try r.press("<Esc>")
    #expect(r.screen.contains("3 products"))
    try r.press("j <Enter>")
    #expect(r.screen.contains("No deal sells Legacy Box yet"))
    try r.press("<Esc> <Esc>")
    #expect(r.state.views.current == .home)
  }

  @Test("a adds a product from the view (prices per currency); the row shows it; u undoes")
  func addFromView() throws {
    var (r, _) = try run("I a")
    #expect(r.screen.contains("Add product · prices like USD 1200; EUR 1100"))
    try r.press(
      "\(typed("Widget Pro")) <Tab> \(typed("Hardware")) <Tab> \(typed("USD 1200; EUR 1,100.50")) <Enter>")
    let p = try #require(r.store.workspace.products.items.first { $0.name == "Widget Pro" })
    #expect(p.family == "Hardware")
    #expect(
      p.listPrices == [.init(currency: "USD", amount: 120_000), .init(currency: "EUR", amount: 110_050)])
    #expect(r.state.overlay.isNone)
    #expect(r.screen.contains("4 products · 3 active"))
    let row = try #require(r.lines.first { $0.contains("Widget Pro") })
    #expect(row.contains("USD 1,200.00") && row.contains("yes"))
    try r.press("u")
    #expect(r.store.workspace.products.items.first { $0.name == "Widget Pro" } == nil)
    #expect(r.screen.contains("3 products"))
  }

  @Test("a product name another has, or a bad price, is refused in the form with the reason")
  func addRefused() throws {
    var (r, _) = try run("I a")
    try r.press("\(typed("platform")) <Enter>")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("the form closed: \(r.screen)")
      return
    }
    #expect(f.error?.contains("already has that name") == true, "\(f.error ?? "")")
    try r.press("<C-u> \(typed("Gizmo")) <Tab> <Tab> \(typed("twelve")) <Enter>")
    guard case .form(let g) = r.state.overlay else {
      Issue.record("the form closed: \(r.screen)")
      return
    }
    #expect(g.error?.contains("prices: \"twelve\"") == true, "\(g.error ?? "")")
    #expect(r.store.committed.isEmpty)
  }

  @Test("e edits the product in its form, prefilled; x retires it after y, and again makes it active")
  func editAndRetire() throws {
    var (r, _) = try run("I e")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("e opened no form: \(r.screen)")
      return
    }
    #expect(f.title == "Edit product · Platform")
    #expect(
      f.fields.map(\.text) == [
        "Platform", "Core", "USD 1000; EUR 900", "The core seat licence", "Standard, Enterprise",
      ])
    try r.press("\(typed(" Suite")) <Enter>")
    #expect(r.store.workspace.products[id: "pr-plat"]?.name == "Platform Suite")
    #expect(r.store.workspace.products[id: "pr-plat"]?.listPrices.count == 2)
    try r.press("x")
    guard case .confirm = r.state.overlay else {
      Issue.record("x asked nothing: \(r.screen)")
      return
    }
    #expect(r.screen.contains("retire Platform Suite?"))
    #expect(r.store.workspace.products[id: "pr-plat"]?.active == true)
    try r.press("y")
    #expect(r.store.workspace.products[id: "pr-plat"]?.active == false)
    let row = try #require(r.lines.first { $0.contains("Platform Suite") && $0.contains("Core") })
    #expect(row.contains("retired"))
    try r.press("x y")
    #expect(r.store.workspace.products[id: "pr-plat"]?.active == true)
  }

  // MARK: :product

  @Test(":product adds with family and price; :product edit opens the form; bad input says why")
  func palette() throws {
    var (r, _) = try run(":\(typed("product Widget Pro --family Hardware --price \"USD 1200\"")) <Enter>")
    let p = try #require(r.store.workspace.products.items.first { $0.name == "Widget Pro" })
    #expect(p.family == "Hardware" && p.listPrices == [.init(currency: "USD", amount: 120_000)])
    #expect(r.footer.contains("added product Widget Pro") || r.screen.contains("added product Widget Pro"))
    try r.press(":\(typed("product edit widget pro")) <Enter>")
    guard case .form(let f) = r.state.overlay else {
      Issue.record(":product edit opened no form: \(r.screen)")
      return
    }
    #expect(f.title == "Edit product · Widget Pro")
    try r.press("<Esc> :\(typed("product Gizmo --price lots")) <Enter>")
    #expect(showsPalette(r.state.overlay))
    #expect(r.footer.contains("price: \"lots\""), "\(r.footer)")
    try r.press("<Esc> :\(typed("product edit Nothing Here")) <Enter>")
    #expect(r.footer.contains("no product named \"Nothing Here\""), "\(r.footer)")
    #expect(r.store.workspace.products.count == 4)
  }

  @Test(":products (no arguments) opens the Products view from the palette")
  func paletteOpensView() throws {
    let (r, _) = try run(":products <Enter>")
    #expect(r.state.views.current == .products)
    #expect(r.screen.contains("3 products · 2 active"))
  }

  // MARK: Line items on the deal card

  @Test("i on the deal card adds a line at the list price; the amount becomes the lines' sum; u undoes")
  func addLine() throws {
    var (r, d) = try run("<Enter> i", lined: false)
    #expect(r.screen.contains("Add a line · \(d.name)"))
    // Only active products are offered, each with its list price in the deal's currency.
    #expect(r.screen.contains("Onboarding (USD 500.00)"))
    #expect(!r.screen.contains("Legacy Box"))
    try r.press("\(typed("Onb")) <Tab> <Tab> <C-u> 4 <Tab> <Tab> <C-u> \(typed("10")) <Enter>")
    let saved = try #require(r.store.workspace.deals[id: d.id])
    #expect(
      saved.lineItems == [LineItem(productId: "pr-onb", quantity: 4, unitPrice: 50_000, discountPercent: 10)])
    // 4 × 500.00 × 90 % = 1,800.00
    #expect(saved.amount == 180_000)
    #expect(r.screen.contains("Amount     USD 1,800.00"), "\(r.screen)")
    #expect(r.screen.contains("1. Onboarding × 4 @ USD 500.00 −10% = USD 1,800.00"))
    #expect(r.store.committed.count == 1)
    try r.press("u")
    let undone = try #require(r.store.workspace.deals[id: d.id])
    #expect(undone.lineItems.isEmpty && undone.amount == d.amount)
    #expect(!r.screen.contains("Line items ("))
  }

  @Test("l picks a line and edits it, prefilled; the amount follows")
  func editLine() throws {
    var (r, d) = try run("<Enter> l")
    #expect(r.screen.contains("Line items · \(d.name)"))
    try r.press("<Enter>")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("no line form: \(r.screen)")
      return
    }
    #expect(f.title.hasPrefix("Line 1 · \(d.name)"))
    #expect(f.fields.map(\.text) == ["Platform (USD 1,000.00)", "3", "1000", "10"])
    try r.press("<Tab> <C-u> 5 <Tab> <C-u> \(typed("800")) <Enter>")
    let saved = try #require(r.store.workspace.deals[id: d.id])
    #expect(
      saved.lineItems == [LineItem(productId: "pr-plat", quantity: 5, unitPrice: 80_000, discountPercent: 10)]
    )
    // 5 × 800.00 × 90 % = 3,600.00
    #expect(saved.amount == 360_000)
    #expect(r.screen.contains("Amount     USD 3,600.00"))
    #expect(r.screen.contains("1. Platform × 5 @ USD 800.00 −10% = USD 3,600.00"))
    try r.press("u")
    #expect(r.store.workspace.deals[id: d.id]?.amount == 270_000)
  }

  @Test("l with remove takes the line off; the amount stays as it was (typed amount)")
  func removeLine() throws {
    var (r, d) = try run("<Enter> l <Tab> \(typed("rem")) <Tab> <Enter>")
    let saved = try #require(r.store.workspace.deals[id: d.id])
    #expect(saved.lineItems.isEmpty)
    #expect(saved.amount == 270_000)
    #expect(!r.screen.contains("1. Platform"))
    #expect(showsDealCard(r.state.overlay))
    try r.press("u")
    #expect(r.store.workspace.deals[id: d.id]?.lineItems.count == 1)
  }

  @Test("quantity 0, a discount over 100, a negative price or letters are refused in the form, never saved")
  func badInput() throws {
    var (r, d) = try run("<Enter> i", lined: false)
    try r.press("\(typed("Plat")) <Tab> <Tab> <C-u> 0 <Enter>")
    guard case .form(let f) = r.state.overlay else {
      Issue.record("the form closed: \(r.screen)")
      return
    }
    #expect(f.error == "quantity: must be at least 1", "\(f.error ?? "")")
    #expect(r.screen.contains("quantity: must be at least 1"))
    try r.press("<C-u> 2 <Tab> <Tab> <C-u> \(typed("150")) <Enter>")
    guard case .form(let g) = r.state.overlay else {
      Issue.record("the form closed: \(r.screen)")
      return
    }
    #expect(g.error == "discount: 150 is not 0–100 (percent)", "\(g.error ?? "")")
    try r.press("<C-u> 0 <S-Tab> \(typed("-5")) <Enter>")
    guard case .form(let h) = r.state.overlay else {
      Issue.record("the form closed: \(r.screen)")
      return
    }
    #expect(h.message(for: 2) != nil)
    try r.press("<C-u> \(typed("EUR 5")) <Enter>")
    #expect(r.screen.contains("is in USD: type the price in USD"), "\(r.screen)")
    try r.press("<C-u> <S-Tab> <C-u> \(typed("two")) <Enter>")
    #expect(r.screen.contains("quantity: \"two\" is not a whole number"), "\(r.screen)")
    #expect(r.store.committed.isEmpty)
    #expect(r.store.workspace.deals[id: d.id]?.lineItems.isEmpty == true)
  }

  @Test("a product without a price in the deal's currency needs one typed: the form says so")
  func noListPrice() throws {
    let (base, d) = try Self.workspace(lined: false)
    var ws = base
    ws.products.upsert(Product(id: "pr-gad", name: "Gadget", family: "Hardware"))
    var r = try CockpitRun("<Enter> i", store: MemoryStore(ws))
    #expect(r.screen.contains("Gadget (no USD price)"))
    try r.press("\(typed("Gad")) <Tab> <Enter>")
    #expect(r.screen.contains("Gadget has no list price in USD: give a unit price"), "\(r.screen)")
    try r.press("<Tab> <Tab> \(typed("250")) <Enter>")
    let saved = try #require(r.store.workspace.deals[id: d.id])
    #expect(saved.lineItems == [LineItem(productId: "pr-gad", quantity: 1, unitPrice: 25_000)])
  }

  @Test("i and l say why when there is nothing to sell or no line to change")
  func disabled() throws {
    var ws = try Self.workspace(lined: false).0
    var r = try CockpitRun("<Enter> l", store: MemoryStore(ws))
    #expect(showsDealCard(r.state.overlay))
    #expect(r.footer.contains("no line items yet: i adds one"), "\(r.footer)")
    ws.products = RecordTable([])
    r = try CockpitRun("<Enter> i", store: MemoryStore(ws))
    #expect(r.footer.contains("no active products to sell"), "\(r.footer)")
    #expect(r.store.committed.isEmpty)
  }

  @Test("? lists the Products view's keys there, and the line keys on the deal card")
  func help() throws {
    let (view, _) = try run("I ?")
    #expect(view.screen.contains("Products (I)"))
    #expect(view.screen.contains("retire the product (no new line items) or make it active again"))
    let (help, _) = try run("<Enter> ?")
    #expect(help.screen.contains("add a line item: product, quantity, price, discount"))
    #expect(help.screen.contains("edit or remove one of the deal's line items"))
    let (card, _) = try run("<Enter>")
    #expect(card.screen.contains("Line items (1) · amount is their sum · i adds · l edits or removes"))
  }

  @Test("no key in the Products view or the line keys writes without asking first")
  func everyKeyAsks() throws {
    for place in ["I", "I <Enter>", "<Enter>"] {
      let (start, _) = try run(place)
      let contexts = CockpitKeymap.contexts(for: start.state)
      for context in contexts where context != "global" {
        for b in start.state.keymap.bindings(in: context) {
          guard start.state.keymap.action(for: b.key, in: contexts) == b.action else { continue }
          var (r, _) = try run(place)
          try r.press(KeyNotation.format(b.key))
          let label = "[\(place)] \(KeyNotation.label(b.key)) → \(b.action)"
          if r.store.committed.isEmpty { continue }
          #expect(CockpitBindings.safety(b.action) == .instantUndoable, "\(label) wrote without asking")
        }
      }
    }
  }
}

private func showsPalette(_ o: Overlay) -> Bool {
  if case .palette = o { return true }
  return false
}

private func showsDealCard(_ o: Overlay) -> Bool {
  if case .dealDetail = o { return true }
  return false
}

extension CockpitProductsTests {
  @Test(
    "L links a training module to the product (the detail counts who completed it); L on it again unlinks; u undoes"
  )
  func linkTraining() throws {
    var (r, _) = try run("I")
    #expect(r.screen.contains("nothing yet: L links a play, content or training"))
    try r.press("L")
    #expect(r.screen.contains("Link Platform"))
    try r.press("\(typed("training · Demo cert")) <Tab> <Enter>")
    let module = try #require(r.store.workspace.training[id: "train-product-demo-certification"])
    #expect(module.productIds.contains("pr-plat"))
    let done = ProductTraining.completedCount(module.id, r.store.workspace, asOf: CockpitFixture.today)
    #expect(r.screen.contains("training        \(module.title.prefix(20))"))
    #expect(r.screen.contains("(\(done) completed)"))
    // Linked ones come first and say so: choosing it again unlinks.
    try r.press("L \(typed("training · Demo cert")) <Tab> <Enter>")
    #expect(r.store.workspace.training[id: module.id]?.productIds.contains("pr-plat") == false)
    #expect(r.screen.contains("nothing yet: L links"))
    try r.press("u")
    #expect(r.store.workspace.training[id: module.id]?.productIds.contains("pr-plat") == true)
  }
}

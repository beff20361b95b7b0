import Foundation
import SalesFloorKit
import Testing

/// Product links through the real binary (#17 item 2): link and unlink plays and training,
/// what `product show`, `play show` and `report products` say, the delete that clears links and
/// its undo, and a HubSpot deals export whose product column becomes line items.
@Suite struct CLIProductLinkTests {
  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  @Test func linkShowReportDeleteUndo() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try workspace(box)
    let play = try #require(ws.playbooks.sortedById.first)
    let module = try #require(ws.training.sortedById.first)
    let doneBy = Set(
      ws.assignments.items.filter { $0.moduleId == module.id && $0.completedOn != nil }.map(\.personId))
    #expect(try run(box, ["product", "add", "Widget Pro", "--as", "p-001"]).status == 0)
    let product = try #require(try workspace(box).products.first { $0.name == "Widget Pro" })

    let linked = try run(box, ["product", "link", product.id, "--play", play.id, "--as", "p-001"])
    #expect(linked.status == 0, "\(linked.stderr)")
    #expect(linked.stdout.contains("linked Widget Pro to play \(play.name)"), "\(linked.stdout)")
    #expect(try workspace(box).playbooks[id: play.id]?.productIds == [product.id])
    let twice = try run(box, ["product", "link", product.id, "--play", play.id])
    #expect(twice.status != 0)
    #expect(twice.stderr.contains("already linked to Widget Pro"), "\(twice.stderr)")
    let unknown = try run(box, ["product", "link", product.id, "--training", "no-such-module"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no-such-module"), "\(unknown.stderr)")
    let neither = try run(box, ["product", "link", product.id])
    #expect(neither.status == 64)
    #expect(neither.stderr.contains("exactly one of --play, --content or --training"), "\(neither.stderr)")
    #expect(
      try run(box, ["product", "link", product.id, "--training", module.id, "--as", "p-001"]).status == 0)

    let show = try run(box, ["product", "show", product.id, "--as-of", Sandbox.today])
    #expect(show.stdout.contains("plays:\n  \(play.name) (\(play.id))"), "\(show.stdout)")
    // The demo's completions of that module are all before the sandbox's today.
    let n = doneBy.count
    #expect(
      show.stdout.contains(
        "\(module.title) (\(module.id)): completed by \(n) \(n == 1 ? "person" : "people")"),
      "\(show.stdout)")
    let json = try run(box, ["product", "show", product.id, "--format", "json"])
    #expect(json.stdout.contains("\"linkedPlays\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"name\" : \"Widget Pro\""), "\(json.stdout)")
    #expect(try run(box, ["play", "show", play.id]).stdout.contains("Products: Widget Pro (\(product.id))"))
    let report = try run(box, ["report", "products", "--format", "csv"])
    #expect(report.stdout.contains("TRAINING DONE"), "\(report.stdout)")
    // no deal sells it yet: no reps to count ("-", defused as "'-" like every CSV cell starting with -)
    #expect(report.stdout.contains("Widget Pro,,0,0.00,0,0.00,'-"), "\(report.stdout)")

    let dry = try run(box, ["product", "delete", product.id, "--dry-run"])
    #expect(dry.stdout.contains("unlinks 1 play: \(play.name)"), "\(dry.stdout)")
    #expect(dry.stdout.contains("unlinks 1 training module: \(module.title)"), "\(dry.stdout)")
    #expect(try workspace(box).products[id: product.id] != nil)
    #expect(try run(box, ["product", "delete", product.id, "--as", "p-001"]).status == 0)
    #expect(try workspace(box).playbooks[id: play.id]?.productIds == [])
    #expect(!(try run(box, ["play", "show", play.id]).stdout.contains("Products:")))
    let undo = try run(box, ["undo", "--yes", "--as", "p-001"])
    #expect(undo.status == 0, "\(undo.stderr)")
    let back = try workspace(box)
    #expect(back.products[id: product.id] != nil)
    #expect(back.playbooks[id: play.id]?.productIds == [product.id])
    #expect(back.training[id: module.id]?.productIds == [product.id])
  }

  @Test func hubspotExportWithAProductColumn() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    #expect(try run(box, ["product", "add", "Platform Pro", "--price", "USD 1000"]).status == 0)
    let csv = box.file("hubspot-deals.csv")
    try """
    Record ID,Deal Name,Associated Company,Deal owner,Amount,Deal Stage,Close Date,Create Date,Pipeline,Product,Quantity
    201,Acme seats,Acme,Ana Rep,2500,contractsent,2026-12-15 00:00,2026-11-02 14:31,Sales Pipeline,platform pro,2
    202,Initech,Initech,Ana Rep,800,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,Analytics,

    """.write(to: csv, atomically: true, encoding: .utf8)
    let dry = try run(box, ["import", "deals", csv.path, "--preset", "hubspot", "--dry-run"])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("products to create: 1 (Analytics)"), "\(dry.stdout)")
    #expect(
      dry.stdout.contains(
        "priced line 2: Platform Pro priced from the file's amount USD 2,500.00 (not 2 × list USD 1,000.00 = USD 2,000.00)"
      ), "\(dry.stdout)")
    let done = try run(box, ["import", "deals", csv.path, "--preset", "hubspot"])
    #expect(done.status == 0, "\(done.stderr)")
    let ws = try workspace(box)
    let acme = try #require(ws.deals.first { $0.externalId == "201" })
    #expect(acme.amount == 250_000)  // the file's total, 2 × 1,250.00
    #expect(acme.lineItems.map(\.quantity) == [2])
    #expect(ws.products.map(\.name).sorted() == ["Analytics", "Platform Pro"])
    #expect(try run(box, ["check"]).status == 0)
  }
}

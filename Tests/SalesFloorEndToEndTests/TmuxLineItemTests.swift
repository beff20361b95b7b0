import Foundation
import SalesFloorKit
import Testing

/// A rep adds a line item on the deal card in a real terminal (#17 item 2): `Enter` opens the
/// card, `i` the line form (type to pick the product, quantity 3, the list price); then the
/// workspace files hold the line and the amount derived from it, and the Products view counts it.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxLineItemTests {
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  @Test func addALineItemOnTheDealCard() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    _ = try ok(box, ["person", "add", "--name", "Bo Seller"])
    _ = try ok(box, ["product", "add", "Platform", "--family", "Core", "--price", "USD 1200"])
    let deal = try ok(
      box,
      [
        "deal", "add", "--name", "Harbor renewal", "--owner", "Bo", "--amount", "12k", "--close", "+14d",
        "--quiet",
      ]
    ).trimmingCharacters(in: .whitespacesAndNewlines)

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", "Bo Seller"]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    try session.type("\r")
    session.waitFor(text: "Amount     USD 12,000.00")
    try session.type("i")
    session.waitFor(text: "Add a line · Harbor renewal")
    // Product: "Plat" + Tab completes it; Tab to Quantity; Ctrl-U clears the 1; 3; Enter saves.
    try session.type("Plat\t\t\u{15}3\r")
    session.waitFor(text: "1. Platform × 3 @ USD 1,200.00 = USD 3,600.00")
    session.waitFor(text: "Amount     USD 3,600.00")
    try session.type("q")
    try session.type("I")
    let view = session.waitFor(text: "1 products · 1 active")
    #expect(view.contains("3.6k"), "\(view)")
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let product = try #require(ws.products.items.first { $0.name == "Platform" })
    let d = try #require(ws.deals[id: deal], "deals.json and the journal hold the deal")
    #expect(d.lineItems == [LineItem(productId: product.id, quantity: 3, unitPrice: 120_000)])
    // 3 × 1,200.00 = 3,600.00: the amount is the lines' sum.
    #expect(d.amount == 360_000)
  }
}

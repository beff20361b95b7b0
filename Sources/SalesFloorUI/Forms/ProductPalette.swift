import Foundation
import SalesFloorKit

/// `:product …` in the palette: add a catalogue entry in one line, or open a product's form.
///
/// - `product NAME… [--family F…] [--price "USD 1200; EUR 1100"]` adds NAME (a price without a
///   code is in the workspace currency).
/// - `product edit NAME…` opens the product's form (name or id).
public enum ProductPalette: Hashable, Sendable {
  case add(name: String, family: String?, prices: [Money])
  case edit(productId: String)

  static let usage = "product NAME [--family F] [--price \"USD 1200\"] | product edit NAME"

  static func parse(_ args: [String], workspace ws: Workspace) -> Result<PaletteCommand, InputError> {
    func fail(_ field: String, _ message: String) -> Result<PaletteCommand, InputError> {
      .failure(InputError(field: field, message: message))
    }
    var words = args
    let editing = words.first?.lowercased() == "edit"
    if editing { words.removeFirst() }
    let (head, flags) = ContactPalette.flags(words)
    let known: Set<String> = editing ? [] : ["family", "price"]
    if let unknown = flags.keys.sorted().first(where: { !known.contains($0) }) {
      return fail("product", "--\(unknown) is not an option here: \(usage)")
    }
    let name = head.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    guard !name.isEmpty else { return fail("name", "required: \(usage)") }
    if editing {
      let key = name.lowercased()
      guard let p = ws.products.items.first(where: { $0.id == name || $0.name.lowercased() == key }) else {
        return fail("product", "no product named \"\(name)\" (I opens the Products view)")
      }
      return .success(.product(.edit(productId: p.id)))
    }
    var prices: [Money] = []
    let typed = (flags["price"] ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    for part in typed.split(separator: ";") {
      let text = part.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
      switch AmountParser.parse(text, defaultCurrency: ws.settings.currency) {
      case .success(let m): prices.append(m)
      case .failure(let e): return fail("price", "\"\(text)\": \(e.message)")
      }
    }
    return .success(.product(.add(name: name, family: flags["family"], prices: prices)))
  }

  /// The edit of an add, as the viewer (`edit` opens a form instead).
  func plan(ctx: CommandContext) throws(CommandError) -> FormEdit {
    switch self {
    case .add(let name, let family, let prices):
      return FormEdit(
        try AddProduct(
          name: name, fields: ProductFields(family: family, listPrices: prices.isEmpty ? nil : prices)
        ).edit(in: ctx))
    case .edit:
      throw .invalid(field: "product", reason: "a product is edited in its form, not planned here")
    }
  }
}

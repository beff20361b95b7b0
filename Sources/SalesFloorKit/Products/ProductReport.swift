/// What sells (`report products`): per product, the open pipeline and the wins of a period,
/// counted from deal line items, so a product manager sees demand without reading tags.
public struct ProductReport: Hashable, Sendable, Codable {
  public struct Line: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var family: String
    /// Open deals (Omitted excluded, any close date) with a line for the product.
    public var openDeals: Int
    /// Σ converted totals of those lines, workspace currency minor units.
    public var openAmount: Int64
    /// Won deals closing in the period with a line for the product.
    public var wonDeals: Int
    public var wonAmount: Int64
  }
  public var period: String
  public var currency: String
  /// Every product in the catalogue, by family then name.
  public var products: [Line]
  /// Line items in the workspace currency; a deal in another currency without a rate is left out.
  public var unconverted: [UnconvertedDeal] = []
}

extension Reports {
  /// Per-product pipeline and wins. A line's total converts like its deal's amount (open at
  /// `today`, won at the close date); a deal with two lines of one product counts once.
  public static func products(_ workspace: Workspace, period: Period, today: Day? = nil) -> ProductReport {
    let stages = StageLookup(workspace.settings, today: today)
    var lines: [String: ProductReport.Line] = [:]
    for p in workspace.products {
      lines[p.id] = .init(
        id: p.id, name: p.name, family: p.family, openDeals: 0, openAmount: 0, wonDeals: 0, wonAmount: 0)
    }
    var unconverted = UnconvertedSet()
    for d in workspace.deals where !d.lineItems.isEmpty {
      let kind = stages.kind(of: d)
      let isOpen: Bool
      switch kind {
      case .open:
        guard stages.forecastCategory(of: d) != .omitted else { continue }
        isOpen = true
      case .won:
        guard d.closeDate.map(period.contains) ?? false else { continue }
        isOpen = false
      case .lost: continue
      }
      let day = CurrencyConverter.conversionDay(of: d, kind: kind, today: today)
      var totals: [String: Int64] = [:]
      var missingRate = false
      for item in d.lineItems where lines[item.productId] != nil {
        guard let v = stages.money.convertMinor(item.total, from: d.currency, on: day) else {
          missingRate = true
          break
        }
        totals[item.productId, default: 0] += v
      }
      if missingRate {
        unconverted.adjust(d, sign: 1)
        continue
      }
      for (id, v) in totals {
        if isOpen {
          lines[id]?.openDeals += 1
          lines[id]?.openAmount += v
        } else {
          lines[id]?.wonDeals += 1
          lines[id]?.wonAmount += v
        }
      }
    }
    let sorted = lines.values.sorted { ($0.family, $0.name, $0.id) < ($1.family, $1.name, $1.id) }
    return ProductReport(
      period: period.description, currency: workspace.settings.currency, products: sorted,
      unconverted: unconverted.list)
  }
}

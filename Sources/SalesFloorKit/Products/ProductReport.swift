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
    /// Training modules linked to the product (`product link --training`).
    public var trainingModules: Int = 0
    /// Distinct owners of the deals counted above (open or won in the period).
    public var repsOnDeals: Int = 0
    /// Of those, the reps who completed every linked module (`ProductTraining.completions`).
    public var repsTrained: Int = 0

    /// "training done" = repsTrained ÷ repsOnDeals; nil when the product has no linked training
    /// or no deals to count reps on (docs/salesops.md, "Product links").
    public var trainingDone: Double? {
      guard trainingModules > 0, repsOnDeals > 0 else { return nil }
      return Double(repsTrained) / Double(repsOnDeals)
    }
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
    var reps: [String: Set<String>] = [:]
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
        reps[id, default: []].insert(d.ownerId)
        if isOpen {
          lines[id]?.openDeals += 1
          lines[id]?.openAmount += v
        } else {
          lines[id]?.wonDeals += 1
          lines[id]?.wonAmount += v
        }
      }
    }
    addTraining(to: &lines, reps: reps, workspace, asOf: today ?? period.end)
    let sorted = lines.values.sorted { ($0.family, $0.name, $0.id) < ($1.family, $1.name, $1.id) }
    return ProductReport(
      period: period.description, currency: workspace.settings.currency, products: sorted,
      unconverted: unconverted.list)
  }

  /// Fills the "training done" counts: per product, its linked modules, the reps on its counted
  /// deals, and how many of them completed every linked module by `asOf`.
  private static func addTraining(
    to lines: inout [String: ProductReport.Line], reps: [String: Set<String>], _ ws: Workspace, asOf: Day
  ) {
    var modules: [String: [String]] = [:]
    for m in ws.training where !m.productIds.isEmpty {
      for p in m.productIds { modules[p, default: []].append(m.id) }
    }
    guard !modules.isEmpty else { return }
    let done = ProductTraining.completions(ws, asOf: asOf)
    for (id, linked) in modules where lines[id] != nil {
      let owners = reps[id] ?? []
      lines[id]?.trainingModules = linked.count
      lines[id]?.repsOnDeals = owners.count
      lines[id]?.repsTrained = owners.filter { linked.allSatisfy((done[$0] ?? []).contains) }.count
    }
  }
}

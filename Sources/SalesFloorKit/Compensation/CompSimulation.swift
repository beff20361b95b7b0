import Foundation

/// What a period would have paid under a changed comp plan, beside what it paid under the real
/// one: sales ops proposes a plan change with the cost and the winners and losers in front of it.
/// Nothing is written (docs/salesops.md, "Plan simulation").
public struct CompSimulation: Hashable, Sendable, Codable {
  public struct Line: Hashable, Sendable, Codable {
    public var personId: String
    public var name: String
    /// Bookings credited in the period (the same deals under both plans), workspace currency.
    public var credited: Int64
    public var attainment: Double?
    /// The statement totals in the workspace currency; nil when the person is on no plan there.
    public var real: Int64?
    public var simulated: Int64?
    /// (simulated ?? 0) − (real ?? 0).
    public var difference: Int64
  }
  public var period: String
  public var currency: String
  public var planId: String
  public var planName: String
  public var lines: [Line]
  public var realTotal: Int64
  public var simulatedTotal: Int64
  public var difference: Int64
  /// Σ credited over the lines.
  public var bookings: Int64
  /// realTotal ÷ bookings and simulatedTotal ÷ bookings; nil without bookings.
  public var realCostOfSales: Double?
  public var simulatedCostOfSales: Double?
}

/// Why a changed plan cannot be simulated.
public enum CompPlanFileError: Error, Equatable, CustomStringConvertible {
  /// The file is not a comp plan: `place` says where (line and column, or the field's path).
  case invalid(file: String, place: String, reason: String)
  /// The plan's id names no plan in the workspace, so there is no real plan to compare with.
  case unknownPlan(file: String, id: String, known: [String])

  public var description: String {
    switch self {
    case .invalid(let file, let place, let reason): return "\(file): \(place): \(reason)"
    case .unknownPlan(let file, let id, let known):
      let list = known.isEmpty ? "the workspace has none" : "use one of \(known.joined(separator: ", "))"
      return "\(file): plan id \"\(id)\" is not a comp plan in the workspace (\(list))"
    }
  }
}

extension CompLever {
  /// Reads a comp plan in the shape of the workspace's comp plan records; errors name the file and
  /// the place (line and column for broken JSON, the field path for a wrong or missing field).
  public static func plan(json: Data, file: String) throws(CompPlanFileError) -> CompPlan {
    let plan: CompPlan
    do {
      plan = try JSONDecoder().decode(CompPlan.self, from: json)
    } catch let DecodingError.dataCorrupted(ctx) {
      throw .invalid(file: file, place: place(ctx, json), reason: "not valid JSON")
    } catch let DecodingError.keyNotFound(key, ctx) {
      throw .invalid(
        file: file, place: path(ctx.codingPath + [key]), reason: "missing field \"\(key.stringValue)\"")
    } catch let DecodingError.typeMismatch(type, ctx) {
      throw .invalid(file: file, place: path(ctx.codingPath), reason: "expected \(typeName(type))")
    } catch let DecodingError.valueNotFound(type, ctx) {
      throw .invalid(
        file: file, place: path(ctx.codingPath), reason: "expected \(typeName(type)), found null")
    } catch {
      throw .invalid(file: file, place: "top level", reason: "\(error)")
    }
    if plan.tiers.isEmpty {
      throw .invalid(file: file, place: "tiers", reason: "a plan needs at least one tier")
    }
    for (i, t) in plan.tiers.enumerated() {
      if let to = t.to, to <= t.from {
        throw .invalid(
          file: file, place: "tiers[\(i)]", reason: "\"to\" (\(to)) must be above \"from\" (\(t.from))")
      }
      if t.rate < 0 || !t.rate.isFinite {
        throw .invalid(file: file, place: "tiers[\(i)].rate", reason: "a rate must be 0 or more")
      }
    }
    if plan.targetVariable < 0 {
      throw .invalid(file: file, place: "targetVariable", reason: "must be 0 or more")
    }
    return plan
  }

  /// The period under the workspace's plan with `changed.id` and under `changed` (its `personIds`
  /// replace the real plan's, empty keeps them), for everyone on either plan, by name.
  public static func simulate(
    _ ws: Workspace, changed: CompPlan, period: Period, file: String
  ) throws(CompPlanFileError) -> CompSimulation {
    guard let real = ws.compPlans[id: changed.id] else {
      throw .unknownPlan(file: file, id: changed.id, known: ws.compPlans.sortedById.map(\.id))
    }
    var plan = changed
    if plan.personIds.isEmpty { plan.personIds = real.personIds }
    var sim = ws
    sim.compPlans.upsert(plan)
    var ids: [String] = []
    for id in real.personIds + plan.personIds where !ids.contains(id) { ids.append(id) }
    var lines: [CompSimulation.Line] = []
    for id in ids {
      let before = try? Compensation.statement(ws, personId: id, period: period)
      let after = try? Compensation.statement(sim, personId: id, period: period)
      let r = before.flatMap { payout($0, ws, period: period) }
      let s = after.flatMap { payout($0, ws, period: period) }
      let basis = after ?? before
      lines.append(
        .init(
          personId: id, name: ws.people[id: id]?.name ?? id, credited: basis?.credited ?? 0,
          attainment: basis?.attainment, real: r, simulated: s, difference: (s ?? 0) - (r ?? 0)))
    }
    lines.sort { ($0.name, $0.personId) < ($1.name, $1.personId) }
    let realTotal = lines.reduce(Int64(0)) { $0 + ($1.real ?? 0) }
    let simTotal = lines.reduce(Int64(0)) { $0 + ($1.simulated ?? 0) }
    let bookings = lines.reduce(Int64(0)) { $0 + $1.credited }
    return CompSimulation(
      period: period.description, currency: ws.settings.currency, planId: plan.id, planName: plan.name,
      lines: lines, realTotal: realTotal, simulatedTotal: simTotal, difference: simTotal - realTotal,
      bookings: bookings, realCostOfSales: Ratio.of(realTotal, bookings),
      simulatedCostOfSales: Ratio.of(simTotal, bookings))
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    guard !keys.isEmpty else { return "top level" }
    var out = ""
    for k in keys {
      if let i = k.intValue {
        out += "[\(i)]"
      } else {
        out += (out.isEmpty ? "" : ".") + k.stringValue
      }
    }
    return out
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Int64.Type, is Int.Type: return "an integer"
    case is Double.Type: return "a number"
    case is Bool.Type: return "true or false"
    default:
      let n = "\(type)"
      return n.hasPrefix("Array") ? "an array" : (n.hasPrefix("Dictionary") ? "an object" : "a value of \(n)")
    }
  }

  /// Line and column of the first JSON syntax error (`JSONLocator`: Foundation on Linux gives none).
  private static func place(_ ctx: DecodingError.Context, _ data: Data) -> String {
    let found = data.withUnsafeBytes { b -> (line: Int, column: Int)? in
      JSONLocator.firstError(in: b).map { JSONLocator.lineColumn(of: $0.offset, in: b) }
    }
    guard let found else { return path(ctx.codingPath) }
    return "line \(found.line), column \(found.column)"
  }
}

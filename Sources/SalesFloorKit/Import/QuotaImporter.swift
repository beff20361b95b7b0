import Foundation

/// Imports quotas from a CSV table (`salesfloor import quotas`): one row per person (or team) and
/// period, columns `person` (id, email or name) or `team`, `period` (`2026-Q4`, `2026-11`,
/// `FY2026`), `amount`, optional `currency` and `ramp`.
///
/// Every row goes through `SetQuota`, the rule `quota set` and the cockpit use: a person or team
/// has one quota per period, so a row replaces the one there is (before → after in the plan),
/// never stacks a second; a later row for the same pair wins.
public struct QuotaImporter: Sendable {
  public static let fields = ["person", "team", "period", "amount", "currency", "ramp"]
  /// Field → column name (`--map`); by default columns named like the fields.
  public var mapping: [String: String]
  public var now: Timestamp

  public init(mapping: [String: String], now: Timestamp) {
    self.mapping = mapping
    self.now = now
  }

  /// Every field whose name is a column of the file.
  public static func identityMapping(header: [String]) -> [String: String] {
    let lower = Set(header.map { $0.lowercased() })
    var out: [String: String] = [:]
    for f in fields where lower.contains(f) { out[f] = f }
    return out
  }

  public func plan(_ table: CSVTable, workspace ws: Workspace) throws -> QuotaImportPlan {
    for field in mapping.keys where !Self.fields.contains(field) {
      throw CSVImportError.malformed(
        "--map: unknown quota field \"\(field)\" (fields: \(Self.fields.joined(separator: ", ")))")
    }
    for field in ["period", "amount"] where mapping[field] == nil {
      throw CSVImportError.malformed("--map must map \(field) for quotas (or name a column \(field))")
    }
    guard mapping["person"] != nil || mapping["team"] != nil else {
      throw CSVImportError.malformed("--map must map person or team for quotas (or name such a column)")
    }
    let columns = try MappedRow.columns(mapping, header: table.header, table: table)
    var plan = QuotaImportPlan()
    plan.footerLines = table.footerLines
    var working = ws
    var touched: [String] = []
    var lineOf: [String: Int] = [:]
    for (n, cells) in table.rows.enumerated() {
      plan.rowsRead += 1
      let line = table.line(of: n)
      let row = MappedRow(cells: cells, columns: columns)
      let command: SetQuota
      do throws(RowProblem) { command = try setQuota(row, working) } catch {
        plan.rejected.append(.init(row: line, reason: error.reason))
        continue
      }
      let edit: Edit
      do {
        edit = try command.edit(in: CommandContext(workspace: working, actor: nil, now: now))
      } catch {
        plan.rejected.append(.init(row: line, reason: "\(error)"))
        continue
      }
      if case .put(.quota(let q)) = edit.mutations.first, edit.mutations.count == 1,
        working.quotas[id: q.id] == q
      {
        plan.unchanged += 1
        continue
      }
      for m in edit.mutations {
        working.apply(m)
        if !touched.contains(m.recordId) { touched.append(m.recordId) }
        lineOf[m.recordId] = line
      }
    }
    for id in touched {
      let before = ws.quotas[id: id]
      let after = working.quotas[id: id]
      if before == after { continue }
      if let after {
        plan.mutations.append(.put(.quota(after)))
        plan.changes.append(.init(line: lineOf[id] ?? 0, before: before, after: after))
      } else if before != nil {
        plan.mutations.append(.delete(.quotas, id: id))
        plan.removedStacked += 1
      }
    }
    return plan
  }

  private func setQuota(_ row: MappedRow, _ ws: Workspace) throws(RowProblem) -> SetQuota {
    guard let period = row("period") else { throw RowProblem("no period (like 2026-Q4)") }
    guard let amountText = row("amount") else { throw RowProblem("no amount") }
    let currency = row("currency")?.uppercased() ?? ws.settings.currency
    let amount: Money
    switch AmountParser.parse(amountText, defaultCurrency: currency) {
    case .success(let m): amount = m
    case .failure: throw RowProblem("amount \"\(amountText)\" is not a number like 150000 or $150,000")
    }
    var ramp: Bool?
    if let v = row("ramp") {
      switch v.lowercased() {
      case "true", "yes", "1", "y": ramp = true
      case "false", "no", "0", "n": ramp = false
      default: throw RowProblem("ramp \"\(v)\" is not true or false")
      }
    }
    var personId: String?
    if let who = row("person") {
      if let byEmail = ws.people.first(where: { $0.email?.lowercased() == who.lowercased() }) {
        personId = byEmail.id
      } else {
        do { personId = try NameResolver.person(who, in: ws).id } catch {
          throw RowProblem("\(error) (import people first)")
        }
      }
    }
    return SetQuota(personId: personId, team: row("team"), period: period, amount: amount, ramp: ramp)
  }
}

/// What a quota import would write, computed without writing; committed as one transaction.
public struct QuotaImportPlan: Sendable {
  /// A quota the file creates (`before` nil) or replaces.
  public struct Change: Sendable, Hashable {
    public var line: Int
    public var before: Quota?
    public var after: Quota
  }
  public var rowsRead = 0
  public var changes: [Change] = []
  /// Rows equal to the quota already set (a re-import).
  public var unchanged = 0
  /// Extra quotas for the same person and period (stacked by an older build) that are removed.
  public var removedStacked = 0
  public var rejected: [DealImportPlan.Rejection] = []
  public var footerLines = 0
  public var mutations: [Mutation] = []

  public init() {}
  public var isNoOp: Bool { mutations.isEmpty }
}

/// Machine-readable summary of a `QuotaImportPlan` (`--format json`), with the preview in words.
public struct QuotaImportSummary: Sendable, Codable, Hashable {
  public struct Line: Sendable, Codable, Hashable {
    public var line: Int
    public var quotaId: String
    /// Person name or `team NAME`.
    public var who: String
    public var period: String
    /// `150000.00 USD`, or nil for a new quota.
    public var before: String?
    public var after: String
  }
  public var rowsRead: Int
  public var toCreate: Int
  public var toReplace: Int
  public var unchanged: Int
  public var changes: [Line]
  public var rejected: [DealImportPlan.Rejection]
  public var footerLines: Int

  public init(_ plan: QuotaImportPlan, workspace ws: Workspace) {
    func text(_ q: Quota) -> String {
      Money(minor: q.amount, currency: q.currency).plainMajor + " " + q.currency
        + (q.ramp ? "" : " (no ramp)")
    }
    rowsRead = plan.rowsRead
    toCreate = plan.changes.filter { $0.before == nil }.count
    toReplace = plan.changes.count - toCreate
    unchanged = plan.unchanged
    changes = plan.changes.map { c in
      let who = c.after.personId.map { ws.people[id: $0]?.name ?? $0 } ?? "team " + (c.after.team ?? "")
      return Line(
        line: c.line, quotaId: c.after.id, who: who, period: c.after.period, before: c.before.map(text),
        after: text(c.after))
    }
    rejected = plan.rejected
    footerLines = plan.footerLines
  }

  public func previewLines() -> [String] {
    var lines = [
      "\(rowsRead) rows read", "  quotas to create: \(toCreate)", "  quotas to replace: \(toReplace)",
      "  unchanged: \(unchanged)",
    ]
    for c in changes {
      lines.append("  quota \(c.who) \(c.period): \(c.before ?? "none") → \(c.after) (line \(c.line))")
    }
    lines += DealImportSummary.noteLines(footerLines: footerLines)
    for r in rejected { lines.append("  rejected line \(r.row): \(r.reason)") }
    return lines
  }
}

import Foundation

/// Turns a CSV table into a `DealImportPlan` against a workspace, without writing anything.
///
/// Matching: a row updates the deal with the same SalesFloor `id`, else the same `externalId`,
/// else the same name and account (ignoring case), else it creates one. Owners and accounts that
/// do not exist are created by name. Importing the same file twice changes nothing the second time.
public struct DealImporter: Sendable {
  public var mapping: [DealImportField: String]
  /// CSV stage value (any case) → stage id; `won` and `lost` mean the closed stages.
  public var stageMap: [String: String]
  /// How to read slash dates that fit both orders (`--date-format`, else the preset's); see
  /// `DateColumns`.
  public var dateOrder: DateOrder?
  public var now: Timestamp
  /// Person id of who imports: written as `by` on the history of every deal created or changed.
  public var actor: String?
  /// Probabilities written as fractions (HubSpot's `0.4`) rather than percent (`40`).
  public var probabilityAsFraction = false
  /// Columns holding when a won (lost) deal actually closed (Pipedrive's "Won time", "Lost
  /// time"); a closed row takes its close date from there, and from `closeDate` only when empty.
  public var wonDateColumn: String?
  public var lostDateColumn: String?

  public init(
    mapping: [DealImportField: String], stageMap: [String: String] = [:], dateOrder: DateOrder? = nil,
    now: Timestamp
  ) {
    self.mapping = mapping
    self.stageMap = stageMap
    self.dateOrder = dateOrder
    self.now = now
  }

  /// An importer for a vendor's export: the preset's columns (those the file has) and stage names,
  /// with `--map` and `--stage-map` entries layered on top so a customised export still fits.
  /// `dateOrder` nil takes the preset's (the vendor's locale default).
  public init(
    preset: ImportPreset, header: [String], mapping overrides: [DealImportField: String] = [:],
    stageMap stageOverrides: [String: String] = [:], dateOrder: DateOrder? = nil, now: Timestamp
  ) {
    var m = preset.dealMapping(for: header)
    for (k, v) in overrides { m[k] = v }
    var s = preset.stageMap
    for (k, v) in stageOverrides { s[k.lowercased()] = v }
    self.init(mapping: m, stageMap: s, dateOrder: dateOrder ?? preset.dateOrder, now: now)
    probabilityAsFraction = preset.probabilityAsFraction
    wonDateColumn = ImportPreset.first(preset.wonDateColumns, in: header)
    lostDateColumn = ImportPreset.first(preset.lostDateColumns, in: header)
  }

  /// Maps every field whose name is a column of the file (`name`, `owner`, …): the columns
  /// `salesfloor export deals` writes, so an export imports back with no flags; a "Product Name"
  /// or "Quantity" column maps to the product line too.
  public static func identityMapping(for header: [String]) -> [DealImportField: String] {
    var out: [DealImportField: String] = [:]
    let lower = Set(header.map { $0.lowercased() })
    for f in DealImportField.allCases where lower.contains(f.rawValue.lowercased()) { out[f] = f.rawValue }
    if out[.product] == nil {
      out[.product] = ImportPreset.first(DealImportProducts.productColumns, in: header)
    }
    if out[.quantity] == nil {
      out[.quantity] = ImportPreset.first(DealImportProducts.quantityColumns, in: header)
    }
    return out
  }

  /// Parses `FIELD=COLUMN,FIELD=COLUMN` (the `--map` flag).
  public static func parseMapping(_ text: String) throws -> [DealImportField: String] {
    var out: [DealImportField: String] = [:]
    for (k, v) in try ImportMapping.parse(text) {
      guard let f = DealImportField(rawValue: k) else { throw CSVImportError.unknownField(k) }
      out[f] = v
    }
    return out
  }

  /// Parses `VALUE=STAGE,...` (the `--stage-map` flag).
  public static func parseStageMap(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: ",") {
      let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if kv.count == 2 { out[kv[0].lowercased()] = kv[1] }
    }
    return out
  }

  public func plan(_ table: CSVTable, workspace ws: Workspace) throws -> DealImportPlan {
    var named = Dictionary(uniqueKeysWithValues: mapping.map { ($0.key.rawValue, $0.value) })
    if let wonDateColumn { named[Self.wonTime] = wonDateColumn }
    if let lostDateColumn { named[Self.lostTime] = lostDateColumn }
    let columns = try MappedRow.columns(named, header: table.header, table: table)
    let dateFields = [
      DealImportField.closeDate.rawValue, DealImportField.nextStepDate.rawValue,
      DealImportField.createdAt.rawValue, Self.wonTime, Self.lostTime,
    ]
    let orders = try DateColumns.detect(
      table, columns: columns.filter { dateFields.contains($0.key) }, choice: dateOrder)
    var plan = DealImportPlan()
    plan.footerLines = table.footerLines
    var state = ImportState(ws: ws)
    for (n, cells) in table.rows.enumerated() {
      plan.rowsRead += 1
      let rowNumber = table.line(of: n)
      let row = MappedRow(cells: cells, columns: columns)
      let cell: (DealImportField) -> String? = { row($0.rawValue) }
      switch buildDeal(row: row, line: rowNumber, orders: orders, state: &state, plan: &plan) {
      case .failure(let problem):
        plan.rejected.append(.init(row: rowNumber, reason: problem.reason))
      case .success(let built):
        let deal = built.deal
        if let existing = state.existing(for: deal, rowId: cell(.id)) {
          let merged = merge(existing, with: deal, cell: cell, hasCloseDate: built.hasCloseDate)
          if cell(.amount) != nil, LineItem.amountRefusal(for: existing, typed: deal.money) != nil {
            plan.warnings.append(
              .init(
                row: rowNumber,
                reason: "deal \"\(existing.name)\" keeps \(existing.money), the sum of its line items "
                  + "(the file says \(deal.money))"))
          }
          if merged == existing {
            plan.unchanged += 1
          } else if let i = plan.updated.firstIndex(where: { $0.before.id == existing.id }) {
            plan.updated[i].after = merged
          } else if let i = plan.created.firstIndex(where: { $0.id == existing.id }) {
            plan.created[i] = merged
          } else {
            plan.updated.append((existing, merged))
          }
          state.remember(merged)
        } else {
          if built.zeroAmount { plan.noAmountLines.append(rowNumber) }
          if let from = built.createdFrom { plan.undated.append(.init(row: rowNumber, reason: from)) }
          plan.created.append(deal)
          state.remember(deal)
        }
      }
    }
    plan.newPeople = state.newPeople
    plan.newAccounts = state.newAccounts
    plan.newProducts = state.newProducts
    return plan
  }

  static let wonTime = "wonTime"
  static let lostTime = "lostTime"

  /// A row turned into a deal, with what the plan reports about it.
  private struct BuiltDeal {
    var deal: Deal
    /// The file gave a close date (the close-date column or a won/lost time).
    var hasCloseDate: Bool
    /// An open deal whose amount cell was blank (imported at 0).
    var zeroAmount: Bool
    /// Where the created date came from when the file gave none ("close date", …).
    var createdFrom: String?
  }

  private func buildDeal(
    row: MappedRow, line: Int, orders: [String: DateOrder], state: inout ImportState,
    plan: inout DealImportPlan
  ) -> Result<BuiltDeal, RowProblem> {
    let cell: (DealImportField) -> String? = { row($0.rawValue) }
    let s = state.ws.settings
    guard let name = cell(.name) else { return .failure(RowProblem("no deal name")) }
    guard let ownerName = cell(.owner) else { return .failure(RowProblem("no owner")) }
    let currency = cell(.currency)?.uppercased() ?? s.currency
    var stageId: String?
    let status = cell(.status)?.lowercased()
    if let status, !["open", "won", "lost"].contains(status) {
      return .failure(RowProblem("status \"\(status)\" is not open, won or lost"))
    }
    if status == "won" || status == "lost" {
      guard let closed = status == "won" ? s.wonStage : s.lostStage else {
        return .failure(RowProblem("the workspace has no \(status ?? "") stage"))
      }
      stageId = closed.id
      if let raw = cell(.stage) { plan.stageMapping[raw] = plan.stageMapping[raw] ?? resolveStage(raw, s) }
    } else if let raw = cell(.stage) {
      guard let id = resolveStage(raw, s) else {
        plan.unmappedStages[raw, default: 0] += 1
        return .failure(RowProblem("stage \"\(raw)\" maps to no stage (use --stage-map \"\(raw)=STAGE\")"))
      }
      plan.stageMapping[raw] = id
      stageId = id
    }
    if stageId == nil {
      do { stageId = try CommandRules.defaultStage(s).id } catch { return .failure(RowProblem("\(error)")) }
    }
    let stage = stageId ?? ""
    let kind = s.stage(stage)?.kind ?? .open
    let amount: Money
    var zeroAmount = false
    if let amountText = cell(.amount) {
      switch AmountParser.parse(amountText, defaultCurrency: currency) {
      case .success(let m) where CurrencyCodes.isISO4217(m.currency): amount = m
      case .success(let m):
        return .failure(RowProblem("currency \"\(m.currency)\" is not an ISO 4217 currency code"))
      case .failure:
        return .failure(RowProblem("amount \"\(amountText)\" is not a number like 12400 or $12,400.00"))
      }
    } else if kind == .open {
      guard CurrencyCodes.isISO4217(currency) else {
        return .failure(RowProblem("currency \"\(currency)\" is not an ISO 4217 currency code"))
      }
      amount = Money(minor: 0, currency: currency)
      zeroAmount = true
    } else {
      return .failure(
        RowProblem(
          "no amount on a \(kind.rawValue) deal (a blank would count as 0 \(kind == .won ? "revenue" : "lost")); give the amount"
        ))
    }
    func date(_ key: String, _ label: String) throws(RowProblem) -> Day? {
      guard let raw = row(key) else { return nil }
      guard let d = ImportDate.parse(raw, dayFirst: orders[key] == .dmy) else {
        throw RowProblem("\(label) \"\(raw)\" is not a date")
      }
      return d
    }
    let closeDate: Day?
    let nextStepDate: Day?
    do throws(RowProblem) {
      var closedOn: Day?
      if kind == .won { closedOn = try date(Self.wonTime, "won time") }
      if kind == .lost { closedOn = try date(Self.lostTime, "lost time") }
      if closedOn == nil { closedOn = try date(DealImportField.closeDate.rawValue, "close date") }
      closeDate = closedOn
      nextStepDate = try date(DealImportField.nextStepDate.rawValue, "next step date")
    } catch { return .failure(error) }
    var created: Timestamp
    var createdFrom: String?
    if let raw = cell(.createdAt) {
      guard let t = ImportDate.timestamp(raw, dayFirst: orders[DealImportField.createdAt.rawValue] == .dmy)
      else {
        return .failure(RowProblem("created date \"\(raw)\" is not a date"))
      }
      created = t
    } else {
      let fallback = ImportDates.createdFallback(
        [("close date", closeDate), ("next step date", nextStepDate)], importDay: now.day)
      created = fallback.stamp
      createdFrom = fallback.source
    }
    var probability: Int?
    if let raw = cell(.probability) {
      let digits = raw.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
      let scale = probabilityAsFraction && !raw.contains("%") ? 100.0 : 1.0
      guard let p = Double(digits.replacingOccurrences(of: ",", with: ".")).map({ $0 * scale }),
        (0...100).contains(p)
      else {
        return .failure(RowProblem("probability \"\(raw)\" is not 0–100"))
      }
      probability = Int(p.rounded())
    }
    let ownerId: String
    let accountId: String?
    do {
      ownerId = try state.person(named: ownerName)
      accountId = try cell(.account).map { name throws(RowProblem) in try state.account(named: name) }
    } catch { return .failure(error) }
    if closeDate == nil, kind == .open {
      plan.warnings.append(.init(row: line, reason: "open deal \"\(name)\" has no close date"))
    }
    if accountId == nil { plan.warnings.append(.init(row: line, reason: "deal \"\(name)\" has no account")) }
    let tags =
      cell(.tags).map {
        $0.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
      } ?? []
    let freeId = cell(.id).flatMap { state.deal(id: $0) == nil ? $0 : nil }
    var deal = DealRecords.make(
      id: freeId ?? state.newDealId(), externalId: cell(.externalId), name: name, accountId: accountId,
      ownerId: ownerId, amount: amount, stage: stage, probability: probability, closeDate: closeDate,
      createdAt: created, updatedAt: now, nextStep: cell(.nextStep), nextStepDate: nextStepDate, tags: tags,
      lostReason: cell(.lostReason), by: actor)
    deal.persona = cell(.persona)
    deal.competitor = cell(.competitor)
    if let productName = cell(.product) {
      do throws(RowProblem) {
        let product = try state.product(named: productName)
        let given = cell(.amount) == nil ? nil : amount
        let priced = try DealImportProducts.line(
          product: product, quantityText: cell(.quantity), amount: given, currency: amount.currency
        ).get()
        deal.lineItems = [priced.line]
        deal.amount = LineItem.amount(of: deal.lineItems)
        if deal.amount != 0 { zeroAmount = false }
        if let note = priced.note { plan.productNotes.append(.init(row: line, reason: note)) }
      } catch { return .failure(error) }
    }
    do throws(CommandError) {
      try DealImportChecklist.tick(
        exitCriteria: cell(.exitCriteriaMet), steps: cell(.playStepsDone), on: &deal, ws: state.ws, at: now,
        by: actor)
    } catch { return .failure(RowProblem(error.description)) }
    return .success(
      BuiltDeal(deal: deal, hasCloseDate: closeDate != nil, zeroAmount: zeroAmount, createdFrom: createdFrom))
  }

  /// Applies the file's values onto an existing deal, logging history like any edit; fields the
  /// mapping does not cover keep their current values.
  private func merge(
    _ old: Deal, with new: Deal, cell: (DealImportField) -> String?, hasCloseDate: Bool
  ) -> Deal {
    var u = UpdateDeal(dealId: old.id)
    var accountId: String??
    if cell(.name) != nil { u.name = new.name }
    if cell(.account) != nil { accountId = .some(new.accountId) }
    if cell(.externalId) != nil { u.externalId = .some(new.externalId) }
    if cell(.owner) != nil { u.ownerId = new.ownerId }
    // A deal with line items keeps the amount its lines add up to (`UpdateDeal` refuses the change).
    if cell(.amount) != nil, LineItem.amountRefusal(for: old, typed: new.money) == nil {
      u.amount = new.money
    }
    if cell(.stage) != nil || cell(.status) != nil { u.stage = new.stage }
    if cell(.closeDate) != nil || hasCloseDate { u.closeDate = .some(new.closeDate) }
    if cell(.probability) != nil { u.probability = .some(new.probability) }
    if cell(.nextStep) != nil { u.nextStep = .some(new.nextStep) }
    if cell(.nextStepDate) != nil { u.nextStepDate = .some(new.nextStepDate) }
    if cell(.tags) != nil { u.tags = new.tags }
    if cell(.lostReason) != nil { u.lostReason = .some(new.lostReason) }
    if cell(.persona) != nil { u.persona = .some(new.persona) }
    if cell(.competitor) != nil { u.competitor = .some(new.competitor) }
    var d = old
    u.apply(to: &d, accountId: accountId, at: now, by: actor)
    if cell(.product) != nil, d.lineItems != new.lineItems {
      d.lineItems = new.lineItems
      d.setAmount(LineItem.amount(of: new.lineItems), at: now, by: actor)
    }
    DealImportChecklist.copy(
      from: new, onto: &d, criteria: cell(.exitCriteriaMet) != nil, steps: cell(.playStepsDone) != nil,
      at: now,
      by: actor)
    if d != old { d.updatedAt = now }
    return d
  }

  private func resolveStage(_ raw: String, _ settings: Settings) -> String? {
    let key = raw.lowercased()
    if let target = stageMap[key] {
      switch target.lowercased() {
      case "won": return settings.wonStage?.id
      case "lost": return settings.lostStage?.id
      default: return settings.stage(target)?.id
      }
    }
    return settings.stages.first { $0.name.lowercased() == key || $0.id.lowercased() == key }?.id
  }
}

/// `FIELD=COLUMN,…` parsing shared by every importer's `--map`.
public enum ImportMapping {
  /// Pairs in order; a column name may not contain `,` (quote-free by design: it is a flag value).
  public static func parse(_ text: String) throws -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: ",") {
      let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard kv.count == 2, !kv[1].isEmpty else {
        throw CSVImportError.malformed("--map entry \"\(pair)\" is not FIELD=COLUMN")
      }
      out[kv[0]] = kv[1]
    }
    return out
  }
}

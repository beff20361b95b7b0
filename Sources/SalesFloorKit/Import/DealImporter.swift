import Foundation

/// Turns a CSV table into a `DealImportPlan` against a workspace, without writing anything.
///
/// Matching: a row updates the deal with the same `externalId`, else the deal with the same name
/// and account (ignoring case), else it creates one. Owners and accounts that do not exist are
/// created by name. Importing the same file twice changes nothing the second time.
public struct DealImporter: Sendable {
  public var mapping: [DealImportField: String]
  /// CSV stage value (any case) → stage id; `won` and `lost` mean the closed stages.
  public var stageMap: [String: String]
  public var dayFirst: Bool
  public var now: Timestamp

  public init(
    mapping: [DealImportField: String], stageMap: [String: String] = [:], dayFirst: Bool = false,
    now: Timestamp
  ) {
    self.mapping = mapping
    self.stageMap = stageMap
    self.dayFirst = dayFirst
    self.now = now
  }

  /// Parses `FIELD=COLUMN,FIELD=COLUMN` (the `--map` flag).
  public static func parseMapping(_ text: String) throws -> [DealImportField: String] {
    var out: [DealImportField: String] = [:]
    for pair in text.split(separator: ",") {
      let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard kv.count == 2, !kv[1].isEmpty else {
        throw CSVImportError.malformed("--map entry \"\(pair)\" is not FIELD=COLUMN")
      }
      guard let f = DealImportField(rawValue: kv[0]) else { throw CSVImportError.unknownField(kv[0]) }
      out[f] = kv[1]
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
    var columns: [DealImportField: Int] = [:]
    for (field, name) in mapping {
      guard let i = table.column(name) else {
        throw CSVImportError.unknownColumn(field: field.rawValue, column: name, available: table.header)
      }
      columns[field] = i
    }
    var plan = DealImportPlan()
    var state = ImportState(ws: ws)
    for (n, row) in table.rows.enumerated() {
      plan.rowsRead += 1
      let rowNumber = n + 2
      func cell(_ f: DealImportField) -> String? {
        guard let i = columns[f], i < row.count else { return nil }
        return row[i].nonEmptyTrimmed
      }
      switch buildDeal(cell: cell, row: rowNumber, state: &state, plan: &plan) {
      case .failure(let problem):
        plan.rejected.append(.init(row: rowNumber, reason: problem.reason))
      case .success(let deal):
        if let existing = state.existing(for: deal) {
          let merged = merge(existing, with: deal, cell: cell)
          if merged == existing {
            plan.unchanged += 1
          } else if let i = plan.updated.firstIndex(where: { $0.before.id == existing.id }) {
            plan.updated[i].after = merged
          } else {
            plan.updated.append((existing, merged))
          }
          state.remember(merged)
        } else {
          plan.created.append(deal)
          state.remember(deal)
        }
      }
    }
    plan.newPeople = state.newPeople
    plan.newAccounts = state.newAccounts
    return plan
  }

  private func buildDeal(
    cell: (DealImportField) -> String?, row: Int, state: inout ImportState, plan: inout DealImportPlan
  ) -> Result<Deal, RowProblem> {
    let s = state.ws.settings
    guard let name = cell(.name) else { return .failure(RowProblem("no deal name")) }
    guard let ownerName = cell(.owner) else { return .failure(RowProblem("no owner")) }
    let currency = cell(.currency)?.uppercased() ?? s.currency
    guard let amountText = cell(.amount) else { return .failure(RowProblem("no amount")) }
    let amount: Money
    switch AmountParser.parse(amountText, defaultCurrency: currency) {
    case .success(let m): amount = m
    case .failure:
      return .failure(RowProblem("amount \"\(amountText)\" is not a number like 12400 or $12,400.00"))
    }
    var stageId = s.openStages.first?.id ?? "prospect"
    if let raw = cell(.stage) {
      guard let id = resolveStage(raw, settings: s) else {
        plan.unmappedStages[raw, default: 0] += 1
        return .failure(RowProblem("stage \"\(raw)\" maps to no stage (use --stage-map \"\(raw)=STAGE\")"))
      }
      plan.stageMapping[raw] = id
      stageId = id
    }
    var closeDate: Day?
    if let raw = cell(.closeDate) {
      guard let d = ImportDate.parse(raw, dayFirst: dayFirst) else {
        return .failure(RowProblem("close date \"\(raw)\" is not a date"))
      }
      closeDate = d
    }
    var created = now
    if let raw = cell(.createdAt) {
      guard let t = ImportDate.timestamp(raw, dayFirst: dayFirst) else {
        return .failure(RowProblem("created date \"\(raw)\" is not a date"))
      }
      created = t
    }
    var probability: Int?
    if let raw = cell(.probability) {
      let digits = raw.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
      guard let p = Double(digits), (0...100).contains(p) else {
        return .failure(RowProblem("probability \"\(raw)\" is not 0–100"))
      }
      probability = Int(p.rounded())
    }
    let ownerId = state.person(named: ownerName)
    let accountId = cell(.account).map { state.account(named: $0) }
    if closeDate == nil, s.stage(stageId)?.isOpen == true {
      plan.warnings.append(.init(row: row, reason: "open deal \"\(name)\" has no close date"))
    }
    if accountId == nil { plan.warnings.append(.init(row: row, reason: "deal \"\(name)\" has no account")) }
    let tags =
      cell(.tags).map {
        $0.split(whereSeparator: { $0 == ";" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
      } ?? []
    let deal = Deal(
      id: state.newDealId(), externalId: cell(.externalId), name: name, accountId: accountId,
      ownerId: ownerId,
      amount: amount.minor, currency: amount.currency, stage: stageId, probability: probability,
      closeDate: closeDate,
      createdAt: created, updatedAt: now, nextStep: cell(.nextStep), tags: tags)
    return .success(deal)
  }

  /// Applies the file's values onto an existing deal, logging history like any edit; fields the
  /// mapping does not cover keep their current values.
  private func merge(_ old: Deal, with new: Deal, cell: (DealImportField) -> String?) -> Deal {
    var d = old
    if cell(.name) != nil { d.name = new.name }
    if cell(.account) != nil { d.accountId = new.accountId }
    if cell(.externalId) != nil { d.externalId = new.externalId }
    if cell(.owner) != nil { d.setOwner(new.ownerId, at: now, by: nil) }
    if cell(.amount) != nil {
      d.setAmount(new.amount, at: now, by: nil)
      d.currency = new.currency
    }
    if cell(.stage) != nil { d.move(to: new.stage, at: now, by: nil) }
    if cell(.closeDate) != nil { d.setCloseDate(new.closeDate, at: now, by: nil) }
    if cell(.probability) != nil { d.setProbability(new.probability, at: now, by: nil) }
    if cell(.nextStep) != nil { d.nextStep = new.nextStep }
    if cell(.tags) != nil { d.tags = new.tags }
    if d != old { d.updatedAt = now }
    return d
  }

  private func resolveStage(_ raw: String, settings: Settings) -> String? {
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

/// Name lookups and records created so far during one import.
private struct ImportState {
  let ws: Workspace
  var newPeople: [Person] = []
  var newAccounts: [Account] = []
  private var peopleByName: [String: String] = [:]
  private var accountsByName: [String: String] = [:]
  private var byExternalId: [String: Deal] = [:]
  private var byNameAccount: [String: Deal] = [:]

  init(ws: Workspace) {
    self.ws = ws
    for p in ws.people.items { peopleByName[p.name.lowercased()] = p.id }
    for a in ws.accounts.items { accountsByName[a.name.lowercased()] = a.id }
    for d in ws.deals.items {
      if let e = d.externalId { byExternalId[e] = d }
      byNameAccount[Self.key(d.name, d.accountId)] = d
    }
  }

  static func key(_ name: String, _ account: String?) -> String {
    name.lowercased() + "\u{1F}" + (account ?? "")
  }

  func existing(for d: Deal) -> Deal? {
    if let e = d.externalId { return byExternalId[e] }
    return byNameAccount[Self.key(d.name, d.accountId)]
  }

  mutating func remember(_ d: Deal) {
    if let e = d.externalId { byExternalId[e] = d }
    byNameAccount[Self.key(d.name, d.accountId)] = d
  }

  mutating func person(named name: String) -> String {
    if let id = peopleByName[name.lowercased()] { return id }
    if ws.people[id: name] != nil { return name }
    let p = Person(id: nextId("p-"), name: name, role: .rep)
    newPeople.append(p)
    peopleByName[name.lowercased()] = p.id
    return p.id
  }

  mutating func account(named name: String) -> String {
    if let id = accountsByName[name.lowercased()] { return id }
    let a = Account(id: nextId("a-"), name: name)
    newAccounts.append(a)
    accountsByName[name.lowercased()] = a.id
    return a.id
  }

  func newDealId() -> String { nextId("d-") }

  private func nextId(_ prefix: String) -> String { WorkspaceStore.newId(prefix: prefix) }
}

/// Why one CSV row cannot be taken.
struct RowProblem: Error {
  var reason: String
  init(_ reason: String) { self.reason = reason }
}

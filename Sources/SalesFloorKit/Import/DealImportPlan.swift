/// The deal fields a CSV column can be mapped to (`--map FIELD=COLUMN`).
///
/// `id` is SalesFloor's own id (an export carries it, so re-importing an export matches exactly);
/// `status` is `open`, `won` or `lost` (Pipedrive keeps the last open stage of a closed deal and says
/// won/lost in a separate column, so the status wins over the stage).
public enum DealImportField: String, Sendable, CaseIterable {
  case id, externalId, name, account, owner, amount, currency, stage, status, closeDate, createdAt,
    probability, nextStep, nextStepDate, tags, lostReason
  /// Buyer persona and competitor; checklist state (see `DealImportChecklist`).
  case persona, competitor, exitCriteriaMet, playStepsDone
  /// The product sold (catalogue name or id) and its quantity: the deal's line item.
  case product, quantity
}

/// What an import would do, computed without writing anything: the dry run shows it, and the
/// real run commits exactly its `mutations` as one durable step (all rows or none).
public struct DealImportPlan: Sendable {
  /// A row that cannot be taken, by its line number in the file (the header is line 1).
  public struct Rejection: Sendable, Hashable, Codable {
    public var row: Int
    public var reason: String
  }

  public var rowsRead = 0
  public var created: [Deal] = []
  /// Existing deals whose fields the file changes (before, after).
  public var updated: [(before: Deal, after: Deal)] = []
  /// Rows that match an existing deal and change nothing (a re-import).
  public var unchanged = 0
  public var newPeople: [Person] = []
  public var newAccounts: [Account] = []
  /// Stage values in the file and the stage each maps to.
  public var stageMapping: [String: String] = [:]
  /// Stage values that map to no stage, with how many rows carry each.
  public var unmappedStages: [String: Int] = [:]
  public var rejected: [Rejection] = []
  /// Accepted rows flagged for cleanup (no close date, no account), by row.
  public var warnings: [Rejection] = []
  /// Lines of a report trailer skipped at the end of the file (`CSVTable.footerLines`).
  public var footerLines = 0
  /// Lines of open deals created with a blank amount (imported at 0).
  public var noAmountLines: [Int] = []
  /// Deals created without a created date: line and what dated them (`ImportDates.createdFallback`).
  public var undated: [Rejection] = []
  /// Catalogue products the file's product column names that do not exist yet.
  public var newProducts: [Product] = []
  /// Lines whose product line was priced from the file's amount, not the catalogue, and why.
  public var productNotes: [Rejection] = []

  public init() {}

  /// Every record the import writes, in order: people, accounts, products, then deals.
  public var mutations: [Mutation] {
    newPeople.map { .put(.person($0)) } + newAccounts.map { .put(.account($0)) }
      + newProducts.map { .put(.product($0)) }
      + created.map { .put(.deal($0)) } + updated.map { .put(.deal($0.after)) }
  }

  public var isNoOp: Bool { mutations.isEmpty }
}

/// A machine-readable summary of a plan (for `--format json` and the cockpit's preview).
public struct DealImportSummary: Sendable, Codable, Hashable {
  public var rowsRead: Int
  public var toCreate: Int
  public var toUpdate: Int
  public var unchanged: Int
  public var newPeople: [String]
  public var newAccounts: [String]
  public var stageMapping: [String: String]
  public var unmappedStages: [String: Int]
  public var rejected: [DealImportPlan.Rejection]
  public var warnings: [DealImportPlan.Rejection]
  public var footerLines: Int
  public var noAmountLines: [Int]
  public var undated: [DealImportPlan.Rejection]
  public var newProducts: [String] = []
  public var productNotes: [DealImportPlan.Rejection] = []

  public init(_ plan: DealImportPlan) {
    rowsRead = plan.rowsRead
    toCreate = plan.created.count
    toUpdate = plan.updated.count
    unchanged = plan.unchanged
    newPeople = plan.newPeople.map(\.name)
    newAccounts = plan.newAccounts.map(\.name)
    stageMapping = plan.stageMapping
    unmappedStages = plan.unmappedStages
    rejected = plan.rejected
    warnings = plan.warnings
    footerLines = plan.footerLines
    noAmountLines = plan.noAmountLines
    undated = plan.undated
    newProducts = plan.newProducts.map(\.name)
    productNotes = plan.productNotes
  }
}

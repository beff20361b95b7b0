/// Builds a believable, deterministic sales floor for first runs, screenshots, tests and
/// benchmarks: the same `seed` and `today` always give the same workspace.
///
/// The default size is one team of a dozen people (an ops lead, managers of East and West, ten
/// reps with one new hire, ~40 accounts, ~150 deals, ~600 activities). Pass larger counts for
/// benchmarks: `people: 1000, deals: 100_000, activities: 300_000` builds in a few seconds.
/// Every date is relative to `today`, so the demo never looks stale.
public struct DemoGenerator: Sendable {
  public let seed: UInt64
  /// The day the demo is "now": next steps, due dates and the current quarter hang off it.
  public let today: Day
  /// Total people (one ops lead, managers at about one per ten reps, the rest reps).
  public let peopleCount: Int
  public let dealCount: Int
  public let activityCount: Int
  /// Accounts: 40, or one per twenty deals for larger workspaces.
  public var accountCount: Int { max(40, dealCount / 20) }

  /// Nil counts use the default demo size (13 people, 150 deals, 600 activities).
  public init(seed: UInt64, today: Day, people: Int? = nil, deals: Int? = nil, activities: Int? = nil) {
    self.seed = seed
    self.today = today
    self.peopleCount = max(3, people ?? 13)
    self.dealCount = max(0, deals ?? 150)
    self.activityCount = max(0, activities ?? 600)
  }

  /// Managers for a given head count: two for the default team, else one per eleven people.
  var managerCount: Int { peopleCount == 13 ? 2 : max(1, (peopleCount - 1) / 11) }

  /// Generates the workspace. Pure: calling it twice gives equal workspaces.
  public func makeWorkspace() -> Workspace {
    var builder = DemoBuilder(generator: self)
    return builder.build()
  }
}

/// Working state while one demo workspace is generated; the steps live in the `Demo*` files.
struct DemoBuilder {
  /// The generator's seed: each demo part with its own generator derives its seed from it.
  let seed: UInt64
  let today: Day
  let settings: Settings
  let dealTarget: Int
  let activityTarget: Int
  let accountTarget: Int
  let managerTarget: Int
  let repTarget: Int
  let currentQuarter: Period
  let previousQuarter: Period
  let fiscalYear: Period
  /// Open stage ids in process order (cached: the generator asks for them per deal).
  let openStageIds: [String]
  var rng: SplitMix64

  var people: [Person] = []
  var managers: [Int] = []  // indexes into `people`
  var reps: [Int] = []  // indexes into `people`
  var newHire: [Bool] = []  // per rep
  var repTerritory: [Int] = []  // per rep: 0 East, 1 West
  var accounts: [Account] = []
  var accountsByRep: [[Int]] = []
  var accountsByTerritory: [[Int]] = [[], []]
  /// Quota per rep per fiscal quarter (index 0…3), minor units.
  var repQuota: [[Int64]] = []
  /// Won deals to create: whose, in which quarter, for how much (set by the quota plan).
  var wonPlan: [WonSlot] = []
  /// Per rep: current-quarter attainment the demo aims at (0.4 … 1.3).
  var attainmentTarget: [Double] = []
  var drafts: [DealDraft] = []
  var deals: [Deal] = []
  var coaching: [CoachingItem] = []
  var assignments: [TrainingAssignment] = []

  init(generator g: DemoGenerator) {
    seed = g.seed
    today = g.today
    settings = Settings(workspaceName: "Harbor Sales (demo)")
    dealTarget = g.dealCount
    activityTarget = g.activityCount
    accountTarget = g.accountCount
    managerTarget = g.managerCount
    repTarget = max(1, g.peopleCount - 1 - g.managerCount)
    let fiscalStart = settings.fiscalYearStartMonth
    currentQuarter = Period.containing(g.today, kind: .quarter, fiscalStartMonth: fiscalStart)
    previousQuarter = currentQuarter.previous
    fiscalYear = Period.containing(g.today, kind: .year, fiscalStartMonth: fiscalStart)
    openStageIds = settings.openStages.map(\.id)
    rng = SplitMix64(seed: g.seed)
  }

  mutating func build() -> Workspace {
    makePeople()
    makeAccounts()
    makeQuotaPlan()
    makeWonDeals()
    makeLostDeals()
    makeOpenDeals()
    finishDeals()
    var ws = Workspace(settings: settings)
    ws.people = RecordTable(people)
    ws.accounts = RecordTable(accounts)
    ws.deals.reserveCapacity(deals.count)
    for d in deals { ws.deals.upsert(d) }
    addForeignCurrencies(to: &ws)
    ws.activities = makeActivities()
    ws.quotas = RecordTable(makeQuotas())
    makeCoaching()
    makeAssignments()
    ws.coaching = RecordTable(coaching)
    ws.assignments = RecordTable(assignments)
    ws.territories = RecordTable(makeTerritories())
    ws.compPlans = RecordTable([makeCompPlan()])
    ws.playbooks = RecordTable(StarterLibrary.playbooks)
    ws.content = RecordTable(StarterLibrary.content)
    ws.training = RecordTable(StarterLibrary.trainingModules)
    addSalesOps(to: &ws)
    addContacts(to: &ws)
    addProducts(to: &ws)
    addProductLinks(to: &ws)
    addHandoffs(to: &ws)
    addActivityGoals(to: &ws)
    addOpenRoles(to: &ws)
    addFeed(to: &ws)
    addHiring(to: &ws)
    addFormerReps(to: &ws)
    return ws
  }

  /// `prefix-000042`, zero-padded to fit `count` so id order is creation order.
  static func id(_ prefix: String, _ n: Int, count: Int, minWidth: Int) -> String {
    prefix + "-" + Day.pad(n, max(minWidth, String(count).count))
  }

  /// A working-hours timestamp on `day`.
  mutating func stamp(_ day: Day) -> Timestamp {
    Timestamp(day: day, hour: rng.int(8...17), minute: rng.int(0...59))
  }

  /// Whole US dollars in minor units, rounded to `step` dollars.
  static func dollars(_ value: Double, step: Int64 = 500) -> Int64 {
    let rounded = Int64((value / Double(step)).rounded()) * step
    return max(step, rounded) * 100
  }
}

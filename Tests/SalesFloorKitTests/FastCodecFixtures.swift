import Foundation

@testable import SalesFloorKit

/// Records of every type, once with every optional field set and once with none, plus helpers
/// that produce reference files with Foundation's `JSONEncoder`.
enum CodecFixtures {
  static let t0 = Timestamp(day: d0, hour: 7)  // 2026-11-27T07:00:00Z
  static let d0 = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)

  static var full: Workspace {
    var ws = Workspace(
      settings: Settings(
        workspaceName: "Acme \"EMEA\" / 東京", currency: "EUR", fiscalYearStartMonth: 2,
        rampSchedule: [0, 30, 60, 100], defaultCoverageTarget: 3.25))
    // Hygiene's required fields: a list on one stage, an explicit empty list on another.
    ws.settings.stages[4].requiredFields = ["amount", "contact:economicBuyer", "meddpicc:eb"]
    ws.settings.stages[0].requiredFields = []
    ws.people.upsert(
      Person(
        id: "p-1", name: "Zoë 🚀 Müller", email: "zoe@example.com", role: .manager, managerId: "p-0",
        team: "East", hireDate: d0, territoryId: "t-1", rampPlanId: "ramp-a", active: false,
        externalId: "SF-1"))
    ws.people.upsert(Person(id: "p-2", name: "Bo", role: .rep))
    ws.accounts.upsert(
      Account(
        id: "a-1", name: "Acme GmbH", industry: "Manufacturing", segment: .midMarket, country: "DE",
        region: "EMEA", employees: 1200, ownerId: "p-1", territoryId: "t-1", externalId: "X1",
        website: "https://acme.example/de"))
    ws.accounts.upsert(Account(id: "a-2", name: "Tiny"))
    ws.deals.upsert(fullDeal)
    ws.deals.upsert(
      Deal(
        id: "d-2", name: "Bare", accountId: nil, ownerId: "p-2", amount: -5, currency: "JPY",
        stage: "prospect",
        closeDate: nil, createdAt: t0, history: []))
    ws.activities.upsert(
      Activity(
        id: "act-1", kind: .meeting, subject: "Kick-off\tagenda", ownerId: "p-1", dealId: "d-1",
        accountId: "a-1",
        dueDate: d0, doneAt: t0.adding(seconds: 3600), durationMinutes: 45, notes: "line1\nline2",
        createdAt: t0, externalId: "ev-9"))
    ws.activities.upsert(
      Activity(id: "act-2", kind: .task, subject: "Call back", ownerId: "p-2", createdAt: t0))
    ws.quotas.upsert(
      Quota(
        id: "q-1", personId: "p-1", team: "East", period: "2026-Q4", amount: 50_000_000, currency: "EUR",
        ramp: false))
    ws.quotas.upsert(Quota(id: "q-2", period: "FY2026", amount: 0, currency: "USD"))
    ws.coaching.upsert(
      CoachingItem(
        id: "c-1", personId: "p-2", coachId: "p-1", title: "Next steps", reason: "3 deals idle",
        signal: "idle",
        focusSkill: "discovery", priority: .high, status: .snoozed, dueDate: d0,
        snoozedUntil: d0.adding(days: 7),
        statusReason: "holiday", dealIds: ["d-1", "d-2"], trainingModuleId: "m-1",
        commitments: [
          .init(
            text: "Set next steps", check: .nextStepSet, dealId: "d-1", trainingModuleId: "m-1", by: d0,
            done: true),
          .init(text: "Plain"),
        ],
        notes: [.init(at: t0, authorId: "p-1", text: "Good call"), .init(at: t0, text: "n2")], createdAt: t0))
    ws.coaching.upsert(CoachingItem(id: "c-2", personId: "p-2", title: "T", reason: "R", createdAt: t0))
    ws.playbooks.upsert(
      Playbook(
        id: "pb-1", name: "MEDDPICC discovery", framework: "MEDDPICC", summary: "Qualify hard",
        situation: .init(
          stages: ["discovery"], segments: [.enterprise, .smb], minAmount: 1_000_000, maxAmount: 9_000_000,
          personas: ["CFO"], competitors: ["Globex"], anyCompetitor: true, tags: ["renewal"], stalled: false,
          qualificationGaps: [.champion, .economicBuyer]),
        steps: ["Map the org", "Find the champion"],
        questions: [.init(kind: "M", text: "What metric?"), .init(text: "q2")],
        talkTrack: "Say \\ this", objections: [.init(objection: "Too pricey", response: "ROI")],
        redFlags: ["No EB"],
        contentIds: ["ct-1"], productIds: ["pr-1"]))
    ws.playbooks.upsert(Playbook(id: "pb-2", name: "Empty", summary: ""))
    ws.content.upsert(
      ContentItem(
        id: "ct-1", title: "Battlecard", kind: "battlecard", link: "https://x.example/a?b=c",
        stageIds: ["demo"],
        playIds: ["pb-1"], productIds: ["pr-1", "pr-2"]))
    ws.content.upsert(ContentItem(id: "ct-2", title: "T", kind: "deck", link: ""))
    ws.training.upsert(
      TrainingModule(
        id: "m-1", title: "Product 101", kind: .product, durationMinutes: 30, certificationValidDays: 365,
        requiredFor: [.rep, .manager], link: "/docs/p101.pdf", productIds: ["pr-1"]))
    ws.training.upsert(TrainingModule(id: "m-2", title: "Market", kind: .market))
    ws.assignments.upsert(
      TrainingAssignment(
        id: "as-1", personId: "p-2", moduleId: "m-1", assignedOn: d0, dueDate: d0.adding(days: 14),
        completedOn: d0.adding(days: 3), score: 92, expiresOn: d0.adding(days: 368), coachingItemId: "c-1"))
    ws.assignments.upsert(TrainingAssignment(id: "as-2", personId: "p-2", moduleId: "m-2", assignedOn: d0))
    ws.compPlans.upsert(
      CompPlan(
        id: "cp-1", name: "AE 2026", targetVariable: 6_000_000, currency: "EUR", measure: "bookings",
        tiers: [
          .init(from: 0, to: 100, rate: 1), .init(from: 100, to: 130.5, rate: 1.5),
          .init(from: 130.5, to: nil, rate: 0.1),
        ],
        capPercent: 250.75, draw: 100_000, personIds: ["p-2"], periodKind: .month))
    ws.compPlans.upsert(CompPlan(id: "cp-2", name: "Min", targetVariable: 1, currency: "USD", tiers: []))
    ws.territories.upsert(
      Territory(
        id: "t-1", name: "DACH", ownerId: "p-1", order: 1,
        rules: [
          .init(
            countries: ["DE", "AT", "CH"], regions: ["EMEA"], industries: ["Manufacturing"],
            segments: [.midMarket], accountIds: ["a-1"]),
          .init(),
        ]))
    ws.territories.upsert(Territory(id: "t-2", name: "Rest", order: 2, rules: []))
    ws.forecastSubmissions.upsert(
      ForecastSubmission(
        personId: "p-1", period: "2026-Q4", kind: .adjustment, commit: 12_000_000, bestCase: 18_000_000,
        currency: "USD", submittedAt: Timestamp(seconds: 1_790_000_000), note: "sandbagging \"a bit\""))
    ws.forecastSnapshots.upsert(
      ForecastSnapshot(
        id: "fs-1", takenAt: Timestamp(seconds: 1_790_000_000), period: "2026-Q4", currency: "USD",
        lines: [
          .init(id: "d-1", owner: "p-1", amount: 500, stage: "demo", category: .bestCase, closeDate: nil),
          .init(
            id: "d-2", owner: "p-2", amount: 7, stage: "won", category: .closed,
            closeDate: Day(year: 2026, month: 11, day: 3)),
        ]))
    ws.rampPlans.upsert(RampPlan(id: "rp-1", name: "AE ramp", trainingModuleIds: ["tm-1"]))
    ws.rampPlans.upsert(
      RampPlan(
        id: "rp-2", name: "Bare", quotaRamp: [], firstMeetingDays: nil, firstOpportunityDays: nil,
        firstWinDays: nil))
    ws.products.upsert(
      Product(
        id: "pr-1", name: "Platform \"Pro\"", family: "Platform",
        listPrices: [.init(currency: "EUR", amount: 120_000), .init(currency: "USD", amount: 130_000)],
        description: "Seats\nper year", configurations: ["Standard", "Enterprise"], active: false))
    ws.products.upsert(Product(id: "pr-2", name: "Bare"))
    ws.openRoles.upsert(
      OpenRole(
        id: "or-1", title: "AE \"Mid\"", managerId: "p-1", territoryId: "t-1",
        openedOn: day("2026-09-01"),
        targetStart: day("2026-11-02"), status: .filled, filledByPersonId: "p-2",
        closedOn: day("2026-10-20"),
        notes: "backfill\nwest"))
    ws.openRoles.upsert(
      OpenRole(id: "or-2", title: "SDR", managerId: "p-1", openedOn: day("2026-10-01")))
    ws.candidates.upsert(
      Candidate(
        id: "cand-1", name: "Ana \"Ace\" Lima", roleAppliedFor: .rep, source: .jobBoard, stage: .hired,
        stageHistory: [.init(stage: .sourced, day: d0), .init(stage: .offer, day: d0.adding(days: 9))],
        managerId: "p-1",
        scorecards: [
          Scorecard(
            interviewerId: "p-1", day: d0, scores: [.init(competency: "discovery", score: 3)],
            recommendation: .noHire, note: "quiet\nbut sharp"),
          Scorecard(interviewerId: "p-2", day: d0, scores: [], recommendation: .hire),
        ],
        personId: "p-2", createdAt: t0, updatedAt: Timestamp(seconds: 1_790_000_000)))
    ws.candidates.upsert(Candidate(id: "cand-2", name: "Bare", source: .other, createdAt: t0))
    var lined = Deal(
      id: "d-3", name: "Lined", accountId: nil, ownerId: "p-2", amount: 225_000, currency: "EUR",
      stage: "prospect", closeDate: nil, createdAt: t0, history: [])
    lined.lineItems = [
      LineItem(productId: "pr-1", quantity: 2, unitPrice: 120_000, discountPercent: 10),
      LineItem(productId: "pr-2", quantity: -1, unitPrice: 9, discountPercent: 0),
    ]
    ws.deals.upsert(lined)
    ws.handoffs.upsert(
      Handoff(
        id: "ho-d-2", dealId: "d-2", templateId: "standard",
        startedOn: Day(year: 2026, month: 11, day: 3) ?? Day(ordinal: 0),
        steps: [
          HandoffStep(
            name: "PO \"received\"", ownerRole: "Finance", targetDays: 5, status: .done, note: "via email",
            doneBy: "p-1", doneAt: Timestamp(seconds: 1_790_000_000)),
          HandoffStep(
            name: "Kickoff", ownerPersonId: "p-2", targetDays: 7, status: .blocked, note: "no date yet",
            doneBy: "p-2", blockedAt: Timestamp(seconds: 1_790_086_400)),
          HandoffStep(name: "Go live", targetDays: 0),
        ], completedOn: nil))
    ws.handoffs.upsert(
      Handoff(
        id: "ho-d-9", dealId: "d-9", templateId: "t", startedOn: Day(ordinal: 20_454), steps: [],
        completedOn: Day(ordinal: 20_485)))
    ws.settings.handoffTemplates = [
      HandoffTemplate(
        id: "ent", name: "Enterprise", steps: [.init(name: "PO", ownerRole: "Finance", targetDays: 5)],
        match: .init(segments: [.enterprise, .midMarket], productIds: ["pr-1"])),
      HandoffTemplate(
        id: "std", name: "Std", steps: [.init(name: "Kick", ownerPersonId: "p-1", targetDays: 2)]),
    ]
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "goal-1", scope: .person("p-1"), kind: .call, cadence: .weekly, targetCount: 40,
        targetMinutes: 600, fromDay: d0, createdAt: t0, updatedAt: t0.adding(seconds: 60)))
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "goal-2", scope: .team(managerId: "p-2"), kind: .demo, cadence: .monthly, targetCount: 8,
        fromDay: d0, createdAt: t0))
    return ws
  }

  static var fullDeal: Deal {
    Deal(
      id: "d-1", externalId: "006XYZ",
      name: "Acme renewal — 東京 \u{1F680} \"quoted\" \\ back/slash \u{1}\u{1F}\u{7F}",
      accountId: "a-1", ownerId: "p-1", amount: 12_345_678, currency: "EUR", stage: "negotiation",
      probability: 85,
      forecastCategory: .commit, closeDate: d0.adding(days: 30), createdAt: t0,
      updatedAt: t0.adding(seconds: 86_400), nextStep: "Send MSA", nextStepDate: d0.adding(days: 2),
      tags: ["renewal", "q4"], lostReason: "Price", persona: "CFO", competitor: "Globex",
      notes: "multi\nline\r\n\ttext",
      playProgress: ["play10": [0, 2], "play2": [1], "Zeta": []],
      qualification: Qualification([
        .champion: QualificationEntry(status: .confirmed, note: "Dana — VP \"Ops\"", by: "p-1", at: t0),
        .economicBuyer: QualificationEntry(status: .partial, contactId: "c-1"),
        .metrics: QualificationEntry(status: .unknown, note: "10% faster close"),
      ]),
      history: [
        DealChange(at: t0, field: .created, to: "prospect", by: "p-1"),
        DealChange(at: t0.adding(seconds: 60), field: .stage, from: "prospect", to: "negotiation"),
        DealChange(
          at: t0.adding(seconds: 120), field: .closeDate, from: "2026-12-01", to: "2026-12-27", by: "p-2"),
        DealChange(at: t0.adding(seconds: 180), field: .checklist, to: "stage:negotiation#1", by: "p-1"),
        DealChange(at: t0.adding(seconds: 240), field: .checklist, from: "play10#1", by: "p-2"),
      ])
  }

  /// A collection file as JSONEncoder writes it (`{"items": [...], "schemaVersion": N}`).
  struct File<T: Codable>: Codable {
    var items: [T]
    var schemaVersion: Int
  }
  struct SettingsFile: Codable {
    var schemaVersion: Int
    var settings: Settings
  }

  static func foundationEncoder() -> JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys]
    return e
  }

  /// JSONEncoder's bytes for one collection of `ws`, items in id order.
  static func referenceFile(_ c: CollectionName, _ ws: Workspace, version: Int = 1) throws -> [UInt8] {
    let e = foundationEncoder()
    func enc<T: Codable & Identifiable>(_ t: RecordTable<T>) throws -> Data where T.ID == String {
      try e.encode(File(items: t.sortedById, schemaVersion: version))
    }
    let data: Data
    switch c {
    case .settings: data = try e.encode(SettingsFile(schemaVersion: version, settings: ws.settings))
    case .people: data = try enc(ws.people)
    case .accounts: data = try enc(ws.accounts)
    case .deals: data = try enc(ws.deals)
    case .activities: data = try enc(ws.activities)
    case .quotas: data = try enc(ws.quotas)
    case .coaching: data = try enc(ws.coaching)
    case .playbooks: data = try enc(ws.playbooks)
    case .content: data = try enc(ws.content)
    case .training: data = try enc(ws.training)
    case .assignments: data = try enc(ws.assignments)
    case .compPlans: data = try enc(ws.compPlans)
    case .territories: data = try enc(ws.territories)
    case .forecastSubmissions: data = try enc(ws.forecastSubmissions)
    case .forecastSnapshots: data = try enc(ws.forecastSnapshots)
    case .rampPlans: data = try enc(ws.rampPlans)
    case .contacts: data = try enc(ws.contacts)
    case .products: data = try enc(ws.products)
    case .handoffs: data = try enc(ws.handoffs)
    case .activityGoals: data = try enc(ws.activityGoals)
    case .openRoles: data = try enc(ws.openRoles)
    case .candidates: data = try enc(ws.candidates)
    case .posts: data = try enc(ws.posts)
    case .feedReads: data = try enc(ws.feedReads)
    }
    return Array(data)
  }

  /// Every record of a collection, sorted by id, as `Record`s (so workspaces can be compared).
  static func records(_ c: CollectionName, _ ws: Workspace) -> [Record] {
    switch c {
    case .settings: return [.settings(ws.settings)]
    case .people: return ws.people.sortedById.map(Record.person)
    case .accounts: return ws.accounts.sortedById.map(Record.account)
    case .deals: return ws.deals.sortedById.map(Record.deal)
    case .activities: return ws.activities.sortedById.map(Record.activity)
    case .quotas: return ws.quotas.sortedById.map(Record.quota)
    case .coaching: return ws.coaching.sortedById.map(Record.coaching)
    case .playbooks: return ws.playbooks.sortedById.map(Record.playbook)
    case .content: return ws.content.sortedById.map(Record.content)
    case .training: return ws.training.sortedById.map(Record.trainingModule)
    case .assignments: return ws.assignments.sortedById.map(Record.assignment)
    case .compPlans: return ws.compPlans.sortedById.map(Record.compPlan)
    case .territories: return ws.territories.sortedById.map(Record.territory)
    case .forecastSubmissions: return ws.forecastSubmissions.sortedById.map(Record.forecastSubmission)
    case .forecastSnapshots: return ws.forecastSnapshots.sortedById.map(Record.forecastSnapshot)
    case .rampPlans: return ws.rampPlans.sortedById.map(Record.rampPlan)
    case .contacts: return ws.contacts.sortedById.map(Record.contact)
    case .products: return ws.products.sortedById.map(Record.product)
    case .handoffs: return ws.handoffs.sortedById.map(Record.handoff)
    case .activityGoals: return ws.activityGoals.sortedById.map(Record.activityGoal)
    case .openRoles: return ws.openRoles.sortedById.map(Record.openRole)
    case .candidates: return ws.candidates.sortedById.map(Record.candidate)
    case .posts: return ws.posts.sortedById.map(Record.post)
    case .feedReads: return ws.feedReads.sortedById.map(Record.feedRead)
    }
  }

  /// Decodes bytes with the fast codec into an empty workspace.
  static func fastDecode(_ c: CollectionName, _ bytes: [UInt8]) throws -> (Int, Workspace) {
    var ws = Workspace()
    let v = try bytes.withUnsafeBytes { try FastCodec().decodeFile(c, bytes: $0, into: &ws) }
    return (v, ws)
  }
}

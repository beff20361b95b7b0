/// The collections of a workspace; each is one JSON file named `<rawValue>.json`.
public enum CollectionName: String, Sendable, Codable, CaseIterable {
  case settings, people, accounts, deals, activities, quotas, coaching, playbooks, content, training
  case assignments, compPlans, territories
  case forecastSubmissions, forecastSnapshots, rampPlans
  case contacts
  case products
  case activityGoals

  public var fileName: String { rawValue + ".json" }
}

/// Any one record of any collection: the unit the journal stores and undo restores.
public enum Record: Hashable, Sendable {
  case settings(Settings)
  case person(Person)
  case account(Account)
  case deal(Deal)
  case activity(Activity)
  case quota(Quota)
  case coaching(CoachingItem)
  case playbook(Playbook)
  case content(ContentItem)
  case trainingModule(TrainingModule)
  case assignment(TrainingAssignment)
  case compPlan(CompPlan)
  case territory(Territory)
  case forecastSubmission(ForecastSubmission)
  case forecastSnapshot(ForecastSnapshot)
  case rampPlan(RampPlan)
  case contact(Contact)
  case product(Product)
  case activityGoal(ActivityGoal)

  public var collection: CollectionName {
    switch self {
    case .settings: return .settings
    case .person: return .people
    case .account: return .accounts
    case .deal: return .deals
    case .activity: return .activities
    case .quota: return .quotas
    case .coaching: return .coaching
    case .playbook: return .playbooks
    case .content: return .content
    case .trainingModule: return .training
    case .assignment: return .assignments
    case .compPlan: return .compPlans
    case .territory: return .territories
    case .forecastSubmission: return .forecastSubmissions
    case .forecastSnapshot: return .forecastSnapshots
    case .rampPlan: return .rampPlans
    case .contact: return .contacts
    case .product: return .products
    case .activityGoal: return .activityGoals
    }
  }

  public var id: String {
    switch self {
    case .settings: return "settings"
    case .person(let v): return v.id
    case .account(let v): return v.id
    case .deal(let v): return v.id
    case .activity(let v): return v.id
    case .quota(let v): return v.id
    case .coaching(let v): return v.id
    case .playbook(let v): return v.id
    case .content(let v): return v.id
    case .trainingModule(let v): return v.id
    case .assignment(let v): return v.id
    case .compPlan(let v): return v.id
    case .territory(let v): return v.id
    case .forecastSubmission(let v): return v.id
    case .forecastSnapshot(let v): return v.id
    case .rampPlan(let v): return v.id
    case .contact(let v): return v.id
    case .product(let v): return v.id
    case .activityGoal(let v): return v.id
    }
  }
}

/// One change to one record.
public enum Mutation: Hashable, Sendable {
  case put(Record)
  case delete(CollectionName, id: String)

  public var collection: CollectionName {
    switch self {
    case .put(let r): return r.collection
    case .delete(let c, _): return c
    }
  }
  public var recordId: String {
    switch self {
    case .put(let r): return r.id
    case .delete(_, let id): return id
    }
  }
}

/// A group of mutations made durable together (one journal line): all or none.
public struct Transaction: Hashable, Sendable {
  public var id: String
  public var at: Timestamp
  /// Person id of who made it, when known.
  public var actor: String?
  /// Human description for the footer and undo ("stage of Acme renewal → Proposal").
  public var summary: String
  public var mutations: [Mutation]

  public init(id: String, at: Timestamp, actor: String? = nil, summary: String, mutations: [Mutation]) {
    self.id = id
    self.at = at
    self.actor = actor
    self.summary = summary
    self.mutations = mutations
  }
}

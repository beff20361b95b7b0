/// The whole sales floor in memory: every collection of a workspace folder.
///
/// A value: views and metrics read a consistent snapshot; edits go through `apply`, which the
/// store calls for each durable mutation (and the UI for its optimistic copy).
public struct Workspace: Sendable {
  public var settings: Settings
  public var people: RecordTable<Person>
  public var accounts: RecordTable<Account>
  public var deals: RecordTable<Deal>
  public var activities: RecordTable<Activity>
  public var quotas: RecordTable<Quota>
  public var coaching: RecordTable<CoachingItem>
  public var playbooks: RecordTable<Playbook>
  public var content: RecordTable<ContentItem>
  public var training: RecordTable<TrainingModule>
  public var assignments: RecordTable<TrainingAssignment>
  public var compPlans: RecordTable<CompPlan>
  public var territories: RecordTable<Territory>
  public var forecastSubmissions: RecordTable<ForecastSubmission>
  public var forecastSnapshots: RecordTable<ForecastSnapshot>
  public var rampPlans: RecordTable<RampPlan>
  public var contacts: RecordTable<Contact>
  public var products: RecordTable<Product>
  public var activityGoals: RecordTable<ActivityGoal>

  public init(settings: Settings = Settings()) {
    self.settings = settings
    people = RecordTable()
    accounts = RecordTable()
    deals = RecordTable()
    activities = RecordTable()
    quotas = RecordTable()
    coaching = RecordTable()
    playbooks = RecordTable()
    content = RecordTable()
    training = RecordTable()
    assignments = RecordTable()
    compPlans = RecordTable()
    territories = RecordTable()
    forecastSubmissions = RecordTable()
    forecastSnapshots = RecordTable()
    rampPlans = RecordTable()
    contacts = RecordTable()
    products = RecordTable()
    activityGoals = RecordTable()
  }

  public var isEmpty: Bool { deals.isEmpty && people.isEmpty && accounts.isEmpty }

  /// Applies one mutation; returns the record it replaced or removed, for undo.
  @discardableResult
  public mutating func apply(_ mutation: Mutation) -> Record? {
    switch mutation {
    case .put(let record):
      switch record {
      case .settings(let s):
        let old = settings
        settings = s
        return .settings(old)
      case .person(let v): return people.upsert(v).map(Record.person)
      case .account(let v): return accounts.upsert(v).map(Record.account)
      case .deal(let v): return deals.upsert(v).map(Record.deal)
      case .activity(let v): return activities.upsert(v).map(Record.activity)
      case .quota(let v): return quotas.upsert(v).map(Record.quota)
      case .coaching(let v): return coaching.upsert(v).map(Record.coaching)
      case .playbook(let v): return playbooks.upsert(v).map(Record.playbook)
      case .content(let v): return content.upsert(v).map(Record.content)
      case .trainingModule(let v): return training.upsert(v).map(Record.trainingModule)
      case .assignment(let v): return assignments.upsert(v).map(Record.assignment)
      case .compPlan(let v): return compPlans.upsert(v).map(Record.compPlan)
      case .territory(let v): return territories.upsert(v).map(Record.territory)
      case .forecastSubmission(let v): return forecastSubmissions.upsert(v).map(Record.forecastSubmission)
      case .forecastSnapshot(let v): return forecastSnapshots.upsert(v).map(Record.forecastSnapshot)
      case .rampPlan(let v): return rampPlans.upsert(v).map(Record.rampPlan)
      case .contact(let v): return contacts.upsert(v).map(Record.contact)
      case .product(let v): return products.upsert(v).map(Record.product)
      case .activityGoal(let v): return activityGoals.upsert(v).map(Record.activityGoal)
      }
    case .delete(let collection, let id):
      switch collection {
      case .settings: return nil
      case .people: return people.remove(id: id).map(Record.person)
      case .accounts: return accounts.remove(id: id).map(Record.account)
      case .deals: return deals.remove(id: id).map(Record.deal)
      case .activities: return activities.remove(id: id).map(Record.activity)
      case .quotas: return quotas.remove(id: id).map(Record.quota)
      case .coaching: return coaching.remove(id: id).map(Record.coaching)
      case .playbooks: return playbooks.remove(id: id).map(Record.playbook)
      case .content: return content.remove(id: id).map(Record.content)
      case .training: return training.remove(id: id).map(Record.trainingModule)
      case .assignments: return assignments.remove(id: id).map(Record.assignment)
      case .compPlans: return compPlans.remove(id: id).map(Record.compPlan)
      case .territories: return territories.remove(id: id).map(Record.territory)
      case .forecastSubmissions: return forecastSubmissions.remove(id: id).map(Record.forecastSubmission)
      case .forecastSnapshots: return forecastSnapshots.remove(id: id).map(Record.forecastSnapshot)
      case .rampPlans: return rampPlans.remove(id: id).map(Record.rampPlan)
      case .contacts: return contacts.remove(id: id).map(Record.contact)
      case .products: return products.remove(id: id).map(Record.product)
      case .activityGoals: return activityGoals.remove(id: id).map(Record.activityGoal)
      }
    }
  }

  /// Applies every mutation of a transaction in order; returns the mutations that undo it.
  @discardableResult
  public mutating func apply(_ transaction: Transaction) -> [Mutation] {
    var inverse: [Mutation] = []
    for m in transaction.mutations {
      let old = apply(m)
      if let old {
        inverse.append(.put(old))
      } else if case .put(let r) = m {
        inverse.append(.delete(r.collection, id: r.id))
      }
    }
    return inverse.reversed()
  }

  /// The record with this id in a collection, if present.
  public func record(_ collection: CollectionName, id: String) -> Record? {
    switch collection {
    case .settings: return .settings(settings)
    case .people: return people[id: id].map(Record.person)
    case .accounts: return accounts[id: id].map(Record.account)
    case .deals: return deals[id: id].map(Record.deal)
    case .activities: return activities[id: id].map(Record.activity)
    case .quotas: return quotas[id: id].map(Record.quota)
    case .coaching: return coaching[id: id].map(Record.coaching)
    case .playbooks: return playbooks[id: id].map(Record.playbook)
    case .content: return content[id: id].map(Record.content)
    case .training: return training[id: id].map(Record.trainingModule)
    case .assignments: return assignments[id: id].map(Record.assignment)
    case .compPlans: return compPlans[id: id].map(Record.compPlan)
    case .territories: return territories[id: id].map(Record.territory)
    case .forecastSubmissions: return forecastSubmissions[id: id].map(Record.forecastSubmission)
    case .forecastSnapshots: return forecastSnapshots[id: id].map(Record.forecastSnapshot)
    case .rampPlans: return rampPlans[id: id].map(Record.rampPlan)
    case .contacts: return contacts[id: id].map(Record.contact)
    case .products: return products[id: id].map(Record.product)
    case .activityGoals: return activityGoals[id: id].map(Record.activityGoal)
    }
  }
}

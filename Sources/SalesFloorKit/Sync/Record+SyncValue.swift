import Foundation

/// A record as the JSON object of its `Codable` form and back: how the merge compares records
/// field by field without knowing their types.
extension Record {
  /// The record's fields, as its `Codable` form writes them.
  public func syncFields() throws(SyncError) -> [String: SyncValue] {
    do {
      let data: Data
      let e = JSONEncoder()
      switch self {
      case .settings(let v): data = try e.encode(v)
      case .person(let v): data = try e.encode(v)
      case .account(let v): data = try e.encode(v)
      case .deal(let v): data = try e.encode(v)
      case .activity(let v): data = try e.encode(v)
      case .quota(let v): data = try e.encode(v)
      case .coaching(let v): data = try e.encode(v)
      case .playbook(let v): data = try e.encode(v)
      case .content(let v): data = try e.encode(v)
      case .trainingModule(let v): data = try e.encode(v)
      case .assignment(let v): data = try e.encode(v)
      case .compPlan(let v): data = try e.encode(v)
      case .territory(let v): data = try e.encode(v)
      case .forecastSubmission(let v): data = try e.encode(v)
      case .forecastSnapshot(let v): data = try e.encode(v)
      case .rampPlan(let v): data = try e.encode(v)
      case .contact(let v): data = try e.encode(v)
      case .product(let v): data = try e.encode(v)
      case .activityGoal(let v): data = try e.encode(v)
      }
      guard let fields = try SyncValue(json: data).objectValue else {
        throw SyncError("\(collection.rawValue) \(id) does not encode as a JSON object")
      }
      return fields
    } catch let error as SyncError {
      throw error
    } catch {
      throw SyncError("\(collection.rawValue) \(id) cannot be encoded: \(error)")
    }
  }

  /// The record of `collection` whose `Codable` form is `fields`; the message says what is wrong.
  public init(_ collection: CollectionName, syncFields fields: [String: SyncValue]) throws(SyncError) {
    let data = Data(SyncValue.object(fields).canonical.utf8)
    let d = JSONDecoder()
    do {
      switch collection {
      case .settings: self = .settings(try d.decode(Settings.self, from: data))
      case .people: self = .person(try d.decode(Person.self, from: data))
      case .accounts: self = .account(try d.decode(Account.self, from: data))
      case .deals: self = .deal(try d.decode(Deal.self, from: data))
      case .activities: self = .activity(try d.decode(Activity.self, from: data))
      case .quotas: self = .quota(try d.decode(Quota.self, from: data))
      case .coaching: self = .coaching(try d.decode(CoachingItem.self, from: data))
      case .playbooks: self = .playbook(try d.decode(Playbook.self, from: data))
      case .content: self = .content(try d.decode(ContentItem.self, from: data))
      case .training: self = .trainingModule(try d.decode(TrainingModule.self, from: data))
      case .assignments: self = .assignment(try d.decode(TrainingAssignment.self, from: data))
      case .compPlans: self = .compPlan(try d.decode(CompPlan.self, from: data))
      case .territories: self = .territory(try d.decode(Territory.self, from: data))
      case .forecastSubmissions: self = .forecastSubmission(try d.decode(ForecastSubmission.self, from: data))
      case .forecastSnapshots: self = .forecastSnapshot(try d.decode(ForecastSnapshot.self, from: data))
      case .rampPlans: self = .rampPlan(try d.decode(RampPlan.self, from: data))
      case .contacts: self = .contact(try d.decode(Contact.self, from: data))
      case .products: self = .product(try d.decode(Product.self, from: data))
      case .activityGoals: self = .activityGoal(try d.decode(ActivityGoal.self, from: data))
      }
    } catch let DecodingError.keyNotFound(key, _) {
      throw SyncError("a merged \(collection.rawValue) record lacks \"\(key.stringValue)\"")
    } catch let DecodingError.typeMismatch(_, context), let DecodingError.dataCorrupted(context) {
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      throw SyncError(
        "a merged \(collection.rawValue) record has a bad \"\(path)\": \(context.debugDescription)")
    } catch {
      throw SyncError("a merged \(collection.rawValue) record cannot be decoded: \(error)")
    }
  }
}

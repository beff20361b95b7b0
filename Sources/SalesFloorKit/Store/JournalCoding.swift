/// The Codable shapes of a journal line, kept apart from the model so the on-disk names
/// (`tx`, `at`, `ops`, `op`, `c`, `v`, `id`) are owned by the store and documented in `docs/format.md`.
///
/// `{"tx": ID, "at": ISO, "actor": ID?, "summary": TEXT, "ops": [OP, ...]}`, where an OP is
/// `{"op": "put", "c": COLLECTION, "v": RECORD}` or `{"op": "del", "c": COLLECTION, "id": ID}`.
struct TransactionCoding: Codable {
  var transaction: Transaction

  init(_ transaction: Transaction) { self.transaction = transaction }

  enum CodingKeys: String, CodingKey { case tx, at, actor, summary, ops }

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    transaction = Transaction(
      id: try c.decode(String.self, forKey: .tx),
      at: try c.decode(Timestamp.self, forKey: .at),
      actor: try c.decodeIfPresent(String.self, forKey: .actor),
      summary: try c.decodeIfPresent(String.self, forKey: .summary) ?? "",
      mutations: try c.decode([MutationCoding].self, forKey: .ops).map(\.mutation))
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(transaction.id, forKey: .tx)
    try c.encode(transaction.at, forKey: .at)
    try c.encodeIfPresent(transaction.actor, forKey: .actor)
    try c.encode(transaction.summary, forKey: .summary)
    try c.encode(transaction.mutations.map(MutationCoding.init), forKey: .ops)
  }
}

/// One journal OP: a whole-record put or a delete by id (both idempotent, which compaction relies on).
struct MutationCoding: Codable {
  var mutation: Mutation

  init(_ mutation: Mutation) { self.mutation = mutation }

  enum CodingKeys: String, CodingKey { case op, c, v, id }

  init(from decoder: Decoder) throws {
    let k = try decoder.container(keyedBy: CodingKeys.self)
    let op = try k.decode(String.self, forKey: .op)
    let collection = try k.decode(CollectionName.self, forKey: .c)
    switch op {
    case "put":
      mutation = .put(try Self.decodeRecord(collection, from: k))
    case "del":
      mutation = .delete(collection, id: try k.decode(String.self, forKey: .id))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .op, in: k, debugDescription: "unknown op \"\(op)\" (expected \"put\" or \"del\")")
    }
  }

  func encode(to encoder: Encoder) throws {
    var k = encoder.container(keyedBy: CodingKeys.self)
    switch mutation {
    case .put(let record):
      try k.encode("put", forKey: .op)
      try k.encode(record.collection, forKey: .c)
      try Self.encodeRecord(record, into: &k)
    case .delete(let collection, let id):
      try k.encode("del", forKey: .op)
      try k.encode(collection, forKey: .c)
      try k.encode(id, forKey: .id)
    }
  }

  private static func decodeRecord(
    _ collection: CollectionName, from k: KeyedDecodingContainer<CodingKeys>
  ) throws -> Record {
    switch collection {
    case .settings: return .settings(try k.decode(Settings.self, forKey: .v))
    case .people: return .person(try k.decode(Person.self, forKey: .v))
    case .accounts: return .account(try k.decode(Account.self, forKey: .v))
    case .deals: return .deal(try k.decode(Deal.self, forKey: .v))
    case .activities: return .activity(try k.decode(Activity.self, forKey: .v))
    case .quotas: return .quota(try k.decode(Quota.self, forKey: .v))
    case .coaching: return .coaching(try k.decode(CoachingItem.self, forKey: .v))
    case .playbooks: return .playbook(try k.decode(Playbook.self, forKey: .v))
    case .content: return .content(try k.decode(ContentItem.self, forKey: .v))
    case .training: return .trainingModule(try k.decode(TrainingModule.self, forKey: .v))
    case .assignments: return .assignment(try k.decode(TrainingAssignment.self, forKey: .v))
    case .compPlans: return .compPlan(try k.decode(CompPlan.self, forKey: .v))
    case .territories: return .territory(try k.decode(Territory.self, forKey: .v))
    case .forecastSubmissions: return .forecastSubmission(try k.decode(ForecastSubmission.self, forKey: .v))
    case .forecastSnapshots: return .forecastSnapshot(try k.decode(ForecastSnapshot.self, forKey: .v))
    case .rampPlans: return .rampPlan(try k.decode(RampPlan.self, forKey: .v))
    case .contacts: return .contact(try k.decode(Contact.self, forKey: .v))
    case .products: return .product(try k.decode(Product.self, forKey: .v))
    case .activityGoals: return .activityGoal(try k.decode(ActivityGoal.self, forKey: .v))
    }
  }

  private static func encodeRecord(_ record: Record, into k: inout KeyedEncodingContainer<CodingKeys>) throws
  {
    switch record {
    case .settings(let v): try k.encode(v, forKey: .v)
    case .person(let v): try k.encode(v, forKey: .v)
    case .account(let v): try k.encode(v, forKey: .v)
    case .deal(let v): try k.encode(v, forKey: .v)
    case .activity(let v): try k.encode(v, forKey: .v)
    case .quota(let v): try k.encode(v, forKey: .v)
    case .coaching(let v): try k.encode(v, forKey: .v)
    case .playbook(let v): try k.encode(v, forKey: .v)
    case .content(let v): try k.encode(v, forKey: .v)
    case .trainingModule(let v): try k.encode(v, forKey: .v)
    case .assignment(let v): try k.encode(v, forKey: .v)
    case .compPlan(let v): try k.encode(v, forKey: .v)
    case .territory(let v): try k.encode(v, forKey: .v)
    case .forecastSubmission(let v): try k.encode(v, forKey: .v)
    case .forecastSnapshot(let v): try k.encode(v, forKey: .v)
    case .rampPlan(let v): try k.encode(v, forKey: .v)
    case .contact(let v): try k.encode(v, forKey: .v)
    case .product(let v): try k.encode(v, forKey: .v)
    case .activityGoal(let v): try k.encode(v, forKey: .v)
    }
  }
}

/// A collection file's shape, read side: `{"schemaVersion": N, "items": [...]}`.
struct CollectionFileIn<Item: Decodable>: Decodable {
  var schemaVersion: Int
  var items: [Item]
}

/// A collection file's shape, write side; `items` must already be in id order.
struct CollectionFileOut<Item: Encodable>: Encodable {
  var schemaVersion: Int
  var items: [Item]
}

/// `settings.json`: `{"schemaVersion": N, "settings": {...}}`.
struct SettingsFile: Codable {
  var schemaVersion: Int
  var settings: Settings
}

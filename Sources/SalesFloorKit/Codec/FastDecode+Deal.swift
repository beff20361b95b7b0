/// Streaming decoders for the hot collections (deals with their history, activities):
/// fields are read straight into locals, with no intermediate JSON tree.
extension JSONReader {
  private enum DealKey: Int, JSONKeys {
    case accountId, amount, closeDate, competitor, contacts, createdAt, currency, externalId, forecastCategory
    case history, id, lineItems, lostReason, name, nextStep, nextStepDate, notes, ownerId, persona,
      playProgress
    case probability, qualification, stage, tags, updatedAt
    static let keys = table()
  }

  /// Mirrors `Deal.init(from:)`: defaults for a missing `updatedAt`, `tags`, `playProgress`, `history`.
  mutating func decodeDeal() throws(JSONFailure) -> Deal {
    let keys = DealKey.keys
    let objectAt = peekOffset()
    try beginObject()
    var id: String?
    var externalId: String?
    var name: String?
    var accountId: String?
    var ownerId: String?
    var amount: Int64?
    var currency: String?
    var stage: String?
    var probability: Int?
    var forecastCategory: ForecastCategory?
    var closeDate: Day?
    var createdAt: Timestamp?
    var updatedAt: Timestamp?
    var nextStep: String?
    var nextStepDate: Day?
    var tags: [String] = []
    var lostReason: String?
    var persona: String?
    var competitor: String?
    var notes: String?
    var playProgress: [String: [Int]] = [:]
    var qualification = Qualification()
    var lineItems: [LineItem] = []
    var history: [DealChange] = []
    var contacts: [DealContact] = []
    var first = true
    var hint = 0
    while let k = try nextKey(keys, first: &first, hint: &hint) {
      do throws(JSONFailure) {
        switch DealKey(rawValue: k) {
        case .accountId: accountId = try optInternedString()
        case .amount: amount = try readInt64("an integer (minor units)")
        case .closeDate: closeDate = try optDay()
        case .competitor: competitor = try optInternedString()
        case .contacts:
          if try !consumeNull() {
            contacts = try readArray("an array of contact links") { r throws(JSONFailure) in
              try r.decodeDealContact()
            }
          }
        case .createdAt: createdAt = try readTimestamp()
        case .currency: currency = try readInternedString()
        case .externalId: externalId = try optString()
        case .forecastCategory: forecastCategory = try optEnum(ForecastCategory.self, "forecast category")
        case .history:
          if try !consumeNull() {
            history = try readArray("an array of changes") { r throws(JSONFailure) in try r.decodeDealChange()
            }
          }
        case .id: id = try readString()
        case .lineItems: if try !consumeNull() { lineItems = try decodeLineItems() }
        case .lostReason: lostReason = try optInternedString()
        case .name: name = try readString()
        case .nextStep: nextStep = try optString()
        case .nextStepDate: nextStepDate = try optDay()
        case .notes: notes = try optString()
        case .ownerId: ownerId = try readInternedString()
        case .persona: persona = try optInternedString()
        case .playProgress: if try !consumeNull() { playProgress = try readPlayProgress() }
        case .probability: probability = try optInt()
        case .qualification: if try !consumeNull() { qualification = try readQualification() }
        case .stage: stage = try readInternedString()
        case .tags: if try !consumeNull() { tags = try readStringArray(interned: true) }
        case .updatedAt: updatedAt = try optTimestamp()
        case nil: try skipValue()
        }
      } catch {
        throw error.under(keys, k)
      }
    }
    guard let id else { throw missing("id", objectAt: objectAt) }
    guard let name else { throw missing("name", objectAt: objectAt) }
    guard let ownerId else { throw missing("ownerId", objectAt: objectAt) }
    guard let amount else { throw missing("amount", objectAt: objectAt) }
    guard let currency else { throw missing("currency", objectAt: objectAt) }
    guard let stage else { throw missing("stage", objectAt: objectAt) }
    guard let createdAt else { throw missing("createdAt", objectAt: objectAt) }
    var deal = Deal(
      id: id, externalId: externalId, name: name, accountId: accountId, ownerId: ownerId, amount: amount,
      currency: currency, stage: stage, probability: probability, forecastCategory: forecastCategory,
      closeDate: closeDate, createdAt: createdAt, updatedAt: updatedAt ?? createdAt, nextStep: nextStep,
      nextStepDate: nextStepDate, tags: tags, lostReason: lostReason, persona: persona,
      competitor: competitor,
      notes: notes, playProgress: playProgress, qualification: qualification, history: history)
    deal.contacts = contacts
    deal.lineItems = lineItems
    return deal
  }

  /// `[String: [Int]]` is a JSON object of integer arrays in JSONEncoder's output.
  private mutating func readPlayProgress() throws(JSONFailure) -> [String: [Int]] {
    try beginObject("an object of step lists")
    var out: [String: [Int]] = [:]
    var first = true
    while true {
      // Keys are play ids, so they are read as strings rather than matched against a table.
      let b = peek()
      if first, b == UInt8(ascii: "}") {
        pos += 1
        return out
      }
      if !first {
        if b == UInt8(ascii: "}") {
          pos += 1
          return out
        }
        guard b == UInt8(ascii: ",") else { throw unexpected("',' or '}'") }
        pos += 1
      }
      first = false
      guard peek() == UInt8(ascii: "\"") else { throw unexpected("a key string") }
      let key = try readInternedString()
      try expect(UInt8(ascii: ":"), "':' after a key")
      do throws(JSONFailure) {
        out[key] = try readArray("an array of step indexes") { r throws(JSONFailure) in try r.readInt() }
      } catch {
        throw error.prefixed(.key(key))
      }
    }
  }

  private enum ChangeKey: Int, JSONKeys {
    case at, by, field, from, to
    static let keys = table()
  }

  mutating func decodeDealChange() throws(JSONFailure) -> DealChange {
    let keys = ChangeKey.keys
    let objectAt = peekOffset()
    try beginObject()
    var at: Timestamp?
    var field: DealChange.Field?
    var from: String?
    var to: String?
    var by: String?
    var first = true
    var hint = 0
    while let k = try nextKey(keys, first: &first, hint: &hint) {
      do throws(JSONFailure) {
        switch ChangeKey(rawValue: k) {
        case .at: at = try readTimestamp()
        case .by: by = try optInternedString()
        case .field: field = try readEnum(DealChange.Field.self, "change field")
        case .from: from = try optInternedString()
        case .to: to = try optInternedString()
        case nil: try skipValue()
        }
      } catch {
        throw error.under(keys, k)
      }
    }
    guard let at else { throw missing("at", objectAt: objectAt) }
    guard let field else { throw missing("field", objectAt: objectAt) }
    return DealChange(at: at, field: field, from: from, to: to, by: by)
  }

  private enum ActivityKey: Int, JSONKeys {
    case accountId, contactId, createdAt, dealId, doneAt, dueDate, durationMinutes, externalId, id, kind,
      notes
    case ownerId, subject
    static let keys = table()
  }

  mutating func decodeActivity() throws(JSONFailure) -> Activity {
    let keys = ActivityKey.keys
    let objectAt = peekOffset()
    try beginObject()
    var id: String?
    var kind: Activity.Kind?
    var subject: String?
    var ownerId: String?
    var dealId: String?
    var accountId: String?
    var dueDate: Day?
    var doneAt: Timestamp?
    var durationMinutes: Int?
    var notes: String?
    var createdAt: Timestamp?
    var externalId: String?
    var contactId: String?
    var first = true
    var hint = 0
    while let k = try nextKey(keys, first: &first, hint: &hint) {
      do throws(JSONFailure) {
        switch ActivityKey(rawValue: k) {
        case .accountId: accountId = try optInternedString()
        case .contactId: contactId = try optInternedString()
        case .createdAt: createdAt = try readTimestamp()
        case .dealId: dealId = try optInternedString()
        case .doneAt: doneAt = try optTimestamp()
        case .dueDate: dueDate = try optDay()
        case .durationMinutes: durationMinutes = try optInt()
        case .externalId: externalId = try optString()
        case .id: id = try readString()
        case .kind: kind = try readEnum(Activity.Kind.self, "activity kind")
        case .notes: notes = try optString()
        case .ownerId: ownerId = try readInternedString()
        case .subject: subject = try readString()
        case nil: try skipValue()
        }
      } catch {
        throw error.under(keys, k)
      }
    }
    guard let id else { throw missing("id", objectAt: objectAt) }
    guard let kind else { throw missing("kind", objectAt: objectAt) }
    guard let subject else { throw missing("subject", objectAt: objectAt) }
    guard let ownerId else { throw missing("ownerId", objectAt: objectAt) }
    guard let createdAt else { throw missing("createdAt", objectAt: objectAt) }
    var activity = Activity(
      id: id, kind: kind, subject: subject, ownerId: ownerId, dealId: dealId, accountId: accountId,
      dueDate: dueDate, doneAt: doneAt, durationMinutes: durationMinutes, notes: notes, createdAt: createdAt,
      externalId: externalId)
    activity.contactId = contactId
    return activity
  }
}

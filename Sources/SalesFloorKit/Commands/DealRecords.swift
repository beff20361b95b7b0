/// The one place a deal record is built, for `AddDeal` and for importers (which validate rows in
/// their own words first).
enum DealRecords {
  static func make(
    id: String, externalId: String? = nil, name: String, accountId: String?, ownerId: String, amount: Money,
    stage: String, probability: Int? = nil, closeDate: Day?, createdAt: Timestamp,
    updatedAt: Timestamp? = nil,
    nextStep: String? = nil, nextStepDate: Day? = nil, tags: [String] = [], lostReason: String? = nil,
    notes: String? = nil, by: String?
  ) -> Deal {
    var d = Deal(
      id: id, externalId: externalId, name: name, accountId: accountId, ownerId: ownerId,
      amount: amount.minor,
      currency: amount.currency, stage: stage, probability: probability, closeDate: closeDate,
      createdAt: createdAt, updatedAt: updatedAt, nextStep: nextStep, nextStepDate: nextStepDate, tags: tags,
      lostReason: lostReason, notes: notes)
    d.history = [DealChange(at: createdAt, field: .created, to: stage, by: by)]
    return d
  }
}

/// A unit of selling work: logged after the fact or scheduled with a due day.
public struct Activity: Hashable, Sendable, Codable, Identifiable {
  public enum Kind: String, Sendable, Codable, CaseIterable { case call, email, meeting, demo, task }

  public var id: String
  public var kind: Kind
  public var subject: String
  public var ownerId: String
  public var dealId: String?
  public var accountId: String?
  /// The contact it was with (a call to the champion); nil when with nobody in particular.
  public var contactId: String? = nil
  /// The day it is planned for; nil for something logged as done straight away.
  public var dueDate: Day?
  /// When it was completed; nil while open.
  public var doneAt: Timestamp?
  public var durationMinutes: Int?
  public var notes: String?
  public var createdAt: Timestamp
  public var externalId: String?

  public init(
    id: String, kind: Kind, subject: String, ownerId: String, dealId: String? = nil,
    accountId: String? = nil, dueDate: Day? = nil, doneAt: Timestamp? = nil, durationMinutes: Int? = nil,
    notes: String? = nil, createdAt: Timestamp, externalId: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.subject = subject
    self.ownerId = ownerId
    self.dealId = dealId
    self.accountId = accountId
    self.dueDate = dueDate
    self.doneAt = doneAt
    self.durationMinutes = durationMinutes
    self.notes = notes
    self.createdAt = createdAt
    self.externalId = externalId
  }

  public var isDone: Bool { doneAt != nil }
}

/// A quota for a person or a whole team over one period.
public struct Quota: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// Set for a personal quota.
  public var personId: String?
  /// Set for a team quota (matches `Person.team`).
  public var team: String?
  /// Period text: `2026-Q4`, `2026-11` or `FY2026` (fiscal per `Settings.fiscalYearStartMonth`).
  public var period: String
  /// Full (unramped) amount in minor units.
  public var amount: Int64
  public var currency: String
  /// Apply the new-hire ramp (percent of full quota by month since hire) to this quota.
  public var ramp: Bool

  public init(
    id: String, personId: String? = nil, team: String? = nil, period: String, amount: Int64,
    currency: String, ramp: Bool = true
  ) {
    self.id = id
    self.personId = personId
    self.team = team
    self.period = period
    self.amount = amount
    self.currency = currency
    self.ramp = ramp
  }
}

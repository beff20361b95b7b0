/// A requisition: a seat a manager is allowed to fill. Open roles are the planned half of open
/// headcount (offers out are the other), so the org report can say how big each team will be
/// and where hiring lags, before anyone is hired.
public struct OpenRole: Hashable, Sendable, Codable, Identifiable {
  /// Where the requisition stands; only `open` counts toward open headcount.
  public enum Status: String, Sendable, Codable, CaseIterable { case open, filled, cancelled }

  public var id: String
  /// The job title people read ("Account Executive, Mid-Market").
  public var title: String
  /// The hiring manager's person id: the team the seat belongs to.
  public var managerId: String
  public var territoryId: String?
  public var openedOn: Day
  public var targetStart: Day?
  public var status: Status
  /// The person hired into the seat (status `filled`).
  public var filledByPersonId: String?
  public var closedOn: Day?
  public var notes: String?

  public init(
    id: String, title: String, managerId: String, territoryId: String? = nil, openedOn: Day,
    targetStart: Day? = nil, status: Status = .open, filledByPersonId: String? = nil, closedOn: Day? = nil,
    notes: String? = nil
  ) {
    self.id = id
    self.title = title
    self.managerId = managerId
    self.territoryId = territoryId
    self.openedOn = openedOn
    self.targetStart = targetStart
    self.status = status
    self.filledByPersonId = filledByPersonId
    self.closedOn = closedOn
    self.notes = notes
  }
}

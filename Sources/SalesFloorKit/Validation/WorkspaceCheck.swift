/// A problem `salesfloor check` explains: which record, what is wrong, and how bad.
public struct CheckFinding: Hashable, Sendable, Codable {
  /// Errors break something (a dangling reference); warnings flag data to clean up
  /// (an open deal without a close date), which real CRM exports often carry.
  public enum Severity: String, Sendable, Codable { case error, warning }
  public var severity: Severity
  public var collection: CollectionName
  public var recordId: String
  public var message: String

  public init(_ severity: Severity, _ collection: CollectionName, _ recordId: String, _ message: String) {
    self.severity = severity
    self.collection = collection
    self.recordId = recordId
    self.message = message
  }
}

/// Validates the references and rules a workspace must keep, beyond what JSON parsing checks.
public enum WorkspaceCheck {
  /// `today` is the day open deals convert at (the rates check); nil: the latest rate.
  public static func run(_ ws: Workspace, today: Day? = nil) -> [CheckFinding] {
    var out: [CheckFinding] = []
    let s = ws.settings
    let stageIds = Set(s.stages.map(\.id))
    if s.openStages.isEmpty {
      out.append(.init(.error, .settings, "settings", "no open stage is configured"))
    }
    if s.wonStage == nil { out.append(.init(.error, .settings, "settings", "no stage of kind \"won\"")) }
    if s.lostStage == nil { out.append(.init(.error, .settings, "settings", "no stage of kind \"lost\"")) }
    if stageIds.count != s.stages.count {
      out.append(.init(.error, .settings, "settings", "stage ids are not unique"))
    }
    for st in s.stages where !(0...100).contains(st.probability) {
      out.append(
        .init(.error, .settings, "settings", "stage \(st.id): probability \(st.probability) is not 0–100"))
    }
    if !(1...12).contains(s.fiscalYearStartMonth) {
      out.append(.init(.error, .settings, "settings", "fiscalYearStartMonth must be 1–12"))
    }
    checkPeople(ws, &out)
    checkRates(ws, today: today, &out)
    checkContacts(ws, &out)
    checkQualificationContacts(ws, &out)
    checkHandoffs(ws, &out)
    checkFeed(ws, &out)
    checkProducts(ws, &out)
    checkGoals(ws, &out)
    checkCandidates(ws, &out)
    checkOpenRoles(ws, &out)
    checkRequiredFields(ws, &out)
    for d in ws.deals.items {
      if ws.people[id: d.ownerId] == nil {
        out.append(.init(.error, .deals, d.id, "owner \(d.ownerId) does not exist"))
      }
      if let a = d.accountId, ws.accounts[id: a] == nil {
        out.append(.init(.error, .deals, d.id, "account \(a) does not exist"))
      }
      if d.accountId == nil { out.append(.init(.warning, .deals, d.id, "\"\(d.name)\" has no account")) }
      if !stageIds.contains(d.stage) {
        out.append(.init(.error, .deals, d.id, "stage \"\(d.stage)\" is not configured in settings.json"))
      } else if d.closeDate == nil, s.stage(d.stage)?.isOpen == true {
        out.append(.init(.warning, .deals, d.id, "open deal \"\(d.name)\" has no close date"))
      }
      if d.amount < 0 { out.append(.init(.error, .deals, d.id, "amount is negative")) }
      if let p = d.probability, !(0...100).contains(p) {
        out.append(.init(.error, .deals, d.id, "probability \(p) is not 0–100"))
      }
      if !CurrencyCodes.isISO4217(d.currency) {
        out.append(.init(.warning, .deals, d.id, "currency \"\(d.currency)\" is not ISO 4217"))
      }
    }
    for a in ws.activities.items {
      if ws.people[id: a.ownerId] == nil {
        out.append(.init(.error, .activities, a.id, "owner \(a.ownerId) does not exist"))
      }
      if let d = a.dealId, ws.deals[id: d] == nil {
        out.append(.init(.error, .activities, a.id, "deal \(d) does not exist"))
      }
    }
    for q in ws.quotas.items {
      if Period(parsing: q.period, fiscalStartMonth: s.fiscalYearStartMonth) == nil {
        out.append(
          .init(.error, .quotas, q.id, "period \"\(q.period)\" is not like 2026-Q4, 2026-11 or FY2026"))
      }
      if (q.personId == nil) == (q.team == nil) {
        out.append(.init(.error, .quotas, q.id, "a quota needs exactly one of personId or team"))
      }
      if let p = q.personId, ws.people[id: p] == nil {
        out.append(.init(.error, .quotas, q.id, "person \(p) does not exist"))
      }
    }
    for c in ws.coaching.items where ws.people[id: c.personId] == nil {
      out.append(.init(.error, .coaching, c.id, "person \(c.personId) does not exist"))
    }
    checkPlaybooks(ws, stageIds, &out)
    checkGuidance(ws, stageIds, &out)
    for t in ws.assignments.items {
      if ws.people[id: t.personId] == nil {
        out.append(.init(.error, .assignments, t.id, "person \(t.personId) does not exist"))
      }
      if ws.training[id: t.moduleId] == nil {
        out.append(.init(.error, .assignments, t.id, "training module \(t.moduleId) does not exist"))
      }
    }
    return out.sorted {
      ($0.severity.rawValue, $0.collection.rawValue, $0.recordId) < (
        $1.severity.rawValue, $1.collection.rawValue, $1.recordId
      )
    }
  }

  private static func checkPeople(_ ws: Workspace, _ out: inout [CheckFinding]) {
    sharedNames(ws.people.items, .people, noun: "people", out: &out)
    sharedNames(ws.accounts.items, .accounts, noun: "accounts", out: &out)
    for p in ws.people.items {
      guard let m = p.managerId else { continue }
      if ws.people[id: m] == nil {
        out.append(.init(.error, .people, p.id, "manager \(m) does not exist"))
        continue
      }
      // Walk up the chain; a cycle would make roll-ups loop forever.
      var seen: Set<String> = [p.id]
      var cur: String? = m
      while let c = cur {
        if seen.contains(c) {
          out.append(.init(.error, .people, p.id, "manager chain loops back (through \(c))"))
          break
        }
        seen.insert(c)
        cur = ws.people[id: c]?.managerId
      }
    }
  }

  /// Records of one collection whose names are equal ignoring case and blanks: a name then picks
  /// none of them (commands refuse to guess), so each is flagged with the others' ids.
  private static func sharedNames<T: Identifiable<String>>(
    _ items: [T], _ collection: CollectionName, noun: String, out: inout [CheckFinding]
  ) where T: Named {
    var groups: [String: [T]] = [:]
    for item in items { groups[AccountRecords.nameKey(item.name), default: []].append(item) }
    for item in items {
      guard let same = groups[AccountRecords.nameKey(item.name)], same.count > 1 else { continue }
      let others = same.filter { $0.id != item.id }.map(\.id).joined(separator: ", ")
      out.append(
        .init(
          .warning, collection, item.id,
          "\(same.count) \(noun) are named \"\(item.name)\" (also \(others)): rename or merge them, "
            + "names must pick one record"))
    }
  }

  private static func checkPlaybooks(_ ws: Workspace, _ stageIds: Set<String>, _ out: inout [CheckFinding]) {
    for p in ws.playbooks.items {
      if p.name.isEmpty { out.append(.init(.error, .playbooks, p.id, "play has no name")) }
      if p.steps.isEmpty { out.append(.init(.warning, .playbooks, p.id, "play \"\(p.name)\" has no steps")) }
      for st in p.situation.stages where !stageIds.contains(st) {
        out.append(.init(.error, .playbooks, p.id, "situation names unknown stage \"\(st)\""))
      }
      for c in p.contentIds where ws.content[id: c] == nil {
        out.append(.init(.error, .playbooks, p.id, "links missing content \"\(c)\""))
      }
      if let lo = p.situation.minAmount, let hi = p.situation.maxAmount, lo > hi {
        out.append(.init(.error, .playbooks, p.id, "minAmount is above maxAmount"))
      }
    }
  }
}

/// A record with a name people type to find it.
protocol Named { var name: String { get } }
extension Person: Named {}
extension Account: Named {}

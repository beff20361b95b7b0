import SalesFloorKit

/// A saved form as one transaction's worth of changes, plus what to ask next.
public struct FormEdit: Sendable {
  public var summary: String
  public var mutations: [Mutation]
  /// A form to open after saving (the next step after a completed activity).
  public var followUp: FormPurpose?
  /// The record to select afterwards (a new deal).
  public var dealId: String?
}

/// Turns a valid form into records. Pure: ids come from `newId`, time from `now`.
public enum FormSave {
  public static func edit(
    _ f: Form, state s: CockpitState, now: Timestamp,
    newId: (String) -> String = { WorkspaceStore.newId(prefix: $0) }
  ) -> FormEdit? {
    guard f.values() != nil else { return nil }
    let ws = s.workspace
    let me = s.viewer.person?.id
    func text(_ k: String) -> String? {
      if case .text(let t) = f[k] { return t }
      return nil
    }
    func day(_ k: String) -> Day? {
      if case .day(let d) = f[k] { return d }
      return nil
    }
    func option(_ k: String) -> String? {
      if case .option(let o) = f[k] { return o.id }
      return nil
    }
    func money(_ k: String) -> Money? {
      if case .money(let m) = f[k] { return m }
      return nil
    }
    switch f.purpose {
    case .deal(let id):
      var muts: [Mutation] = []
      var accountId = option("account")
      if case .new(let name) = f["account"] {
        let acct = Account(id: newId("a-"), name: name, ownerId: option("owner"))
        muts.append(.put(.account(acct)))
        accountId = acct.id
      }
      let amount = money("amount") ?? Money(minor: 0, currency: ws.settings.currency)
      let owner = option("owner") ?? me ?? ""
      let stage = option("stage") ?? ws.settings.openStages.first?.id ?? ""
      var d: Deal
      if let id, var old = ws.deals[id: id] {
        old.move(to: stage, at: now, by: me)
        old.setCloseDate(day("close"), at: now, by: me)
        if old.currency == amount.currency {
          old.setAmount(amount.minor, at: now, by: me)
        } else {
          old.amount = amount.minor
          old.currency = amount.currency
        }
        old.setOwner(owner, at: now, by: me)
        old.name = text("name") ?? old.name
        old.accountId = accountId
        old.updatedAt = now
        d = old
      } else {
        d = Deal(
          id: newId("d-"), name: text("name") ?? "", accountId: accountId, ownerId: owner,
          amount: amount.minor,
          currency: amount.currency, stage: stage, closeDate: day("close"), createdAt: now)
      }
      d.nextStep = text("nextStep")
      d.nextStepDate = day("nextStepDate")
      d.notes = text("notes")
      muts.append(.put(.deal(d)))
      return FormEdit(
        summary: id == nil ? "added deal \(d.name)" : "edited deal \(d.name)", mutations: muts, dealId: d.id)
    case .activity(let id, _):
      let old = id.flatMap { ws.activities[id: $0] }
      let kind = option("kind").flatMap(Activity.Kind.init(rawValue:)) ?? .call
      let dealId = option("deal")
      let done = option("done") == "yes"
      let a = Activity(
        id: old?.id ?? newId("act-"), kind: kind, subject: text("subject") ?? "",
        ownerId: old?.ownerId ?? me
          ?? dealId.flatMap { ws.deals[id: $0]?.ownerId } ?? "",
        dealId: dealId, accountId: dealId.flatMap { ws.deals[id: $0]?.accountId } ?? old?.accountId,
        dueDate: day("due"), doneAt: done ? (old?.doneAt ?? now) : nil, durationMinutes: old?.durationMinutes,
        notes: text("notes"), createdAt: old?.createdAt ?? now, externalId: old?.externalId)
      let completed = done && !(old?.isDone ?? false)
      return FormEdit(
        summary: "\(old == nil ? "logged" : "edited") \(kind.rawValue) \(a.subject)",
        mutations: [.put(.activity(a))],
        followUp: completed ? dealId.map { .nextStep(dealId: $0) } : nil, dealId: dealId)
    case .coaching(let id):
      let old = id.flatMap { ws.coaching[id: $0] }
      var c =
        old
        ?? CoachingItem(id: newId("c-"), personId: "", coachId: me, title: "", reason: "", createdAt: now)
      c.personId = option("person") ?? c.personId
      c.title = text("title") ?? ""
      c.reason = text("reason") ?? ""
      c.priority =
        option("priority").flatMap { Int($0) }.flatMap(CoachingItem.Priority.init(rawValue:)) ?? .medium
      c.status = option("status").flatMap(CoachingItem.Status.init(rawValue:)) ?? .open
      c.dueDate = day("due")
      return FormEdit(
        summary: "\(old == nil ? "added" : "edited") coaching \(c.title)", mutations: [.put(.coaching(c))])
    case .quota(let id):
      let m = money("amount") ?? Money(minor: 0, currency: ws.settings.currency)
      let q = Quota(
        id: id ?? newId("q-"), personId: option("person"), period: text("period") ?? "", amount: m.minor,
        currency: m.currency, ramp: id.flatMap { ws.quotas[id: $0]?.ramp } ?? true)
      let who = option("person").flatMap { ws.people[id: $0]?.name } ?? ""
      return FormEdit(summary: "quota of \(who) for \(q.period)", mutations: [.put(.quota(q))])
    case .person(let id):
      var p = id.flatMap { ws.people[id: $0] } ?? Person(id: newId("p-"), name: "", role: .rep)
      p.name = text("name") ?? ""
      p.email = text("email")
      p.role = option("role").flatMap(Person.Role.init(rawValue:)) ?? .rep
      p.managerId = option("manager")
      p.team = text("team")
      return FormEdit(
        summary: "\(id == nil ? "added" : "edited") person \(p.name)", mutations: [.put(.person(p))])
    case .account(let id):
      var a = id.flatMap { ws.accounts[id: $0] } ?? Account(id: newId("a-"), name: "")
      a.name = text("name") ?? ""
      a.industry = text("industry")
      a.segment = option("segment").flatMap(Account.Segment.init(rawValue:))
      a.country = text("country")
      a.ownerId = option("owner")
      return FormEdit(
        summary: "\(id == nil ? "added" : "edited") account \(a.name)", mutations: [.put(.account(a))])
    case .play(let id):
      var p = id.flatMap { ws.playbooks[id: $0] } ?? Playbook(id: newId("play-"), name: "", summary: "")
      p.name = text("name") ?? ""
      p.summary = text("summary") ?? ""
      p.steps = (text("steps") ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      return FormEdit(
        summary: "\(id == nil ? "added" : "edited") play \(p.name)", mutations: [.put(.playbook(p))])
    case .nextStep(let dealId):
      guard var d = ws.deals[id: dealId] else { return nil }
      d.nextStep = text("nextStep")
      d.nextStepDate = day("date")
      d.updatedAt = now
      return FormEdit(
        summary: "next step of \(d.name): \(d.nextStep ?? "") \(d.nextStepDate?.iso ?? "")",
        mutations: [.put(.deal(d))], dealId: d.id)
    case .closeLost(let dealId):
      guard var d = ws.deals[id: dealId] else { return nil }
      d.close(won: false, reason: option("reason"), on: s.asOf, settings: ws.settings, at: now, by: me)
      return FormEdit(
        summary: "closed lost \(d.name) (\(d.lostReason ?? ""))", mutations: [.put(.deal(d))], dealId: d.id)
    case .quickLog(let dealId):
      guard let raw = text("line"), let d = ws.deals[id: dealId],
        case .success(let line) = ActivityLine.parse(
          raw, today: s.asOf, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
      else { return nil }
      return logEdit(line, dealId: d.id, accountId: d.accountId, state: s, now: now, newId: newId)
    }
  }

  /// A done activity from a typed line, with the deal's next step when the line gives one.
  /// Without one, `followUp` asks for it (the Pipedrive habit).
  public static func logEdit(
    _ line: ActivityLine, dealId: String?, accountId: String?, state s: CockpitState, now: Timestamp,
    newId: (String) -> String
  ) -> FormEdit {
    let ws = s.workspace
    let deal = dealId.flatMap { ws.deals[id: $0] }
    let owner = s.viewer.person?.id ?? deal?.ownerId ?? FormFactory.defaultOwner(s) ?? ""
    let a = Activity(
      id: newId("act-"), kind: line.kind, subject: line.subject, ownerId: owner, dealId: deal?.id,
      accountId: accountId ?? deal?.accountId, doneAt: now, createdAt: now)
    var muts: [Mutation] = [.put(.activity(a))]
    var summary = "logged \(line.kind.rawValue) \(line.subject)"
    if var d = deal, let step = line.nextStep {
      d.nextStep = step
      d.nextStepDate = line.nextStepDate
      d.updatedAt = now
      muts.append(.put(.deal(d)))
      summary += "; next step \(step) \(line.nextStepDate?.iso ?? "")"
    }
    let ask = deal != nil && line.nextStep == nil
    return FormEdit(
      summary: summary, mutations: muts, followUp: ask ? deal.map { .nextStep(dealId: $0.id) } : nil,
      dealId: deal?.id)
  }
}

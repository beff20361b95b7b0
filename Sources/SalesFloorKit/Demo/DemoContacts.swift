/// Contacts for the demo: two to four people at every account (a champion, an economic buyer and
/// sometimes a decision maker, influencer or blocker) linked to most deals, so the deal card and
/// call mode have someone to call, while about one open deal in seven has nobody linked and
/// hygiene has a gap to show.
///
/// Draws from its own generator (seeded off the demo seed), never the shared one, so every other
/// demo record stays the same as before contacts existed.
extension DemoBuilder {
  /// Salt for the contacts' generator: any constant other than the other demo steps' salts.
  static let contactSeedSalt: UInt64 = 0xC0_47AC_7500

  mutating func addContacts(to ws: inout Workspace) {
    var r = SplitMix64(seed: seed &+ Self.contactSeedSalt)
    var atAccount: [String: [Contact]] = [:]
    var all: [Contact] = []
    all.reserveCapacity(accounts.count * 3)
    for (i, account) in accounts.enumerated() {
      let people = Self.makeContacts(at: account, number: i, count: accounts.count, today: today, r: &r)
      atAccount[account.id] = people
      all += people
    }
    ws.contacts = RecordTable(all)
    for id in deals.map(\.id) {
      guard var d = ws.deals[id: id], let accountId = d.accountId, let people = atAccount[accountId]
      else { continue }
      if linkBuyingTeam(&d, from: people, r: &r) { ws.deals.upsert(d) }
    }
  }

  /// Open deals: ~85 % get a buying team; closed ones keep the champion on 60 %. False when the
  /// deal stays without contacts.
  func linkBuyingTeam(_ d: inout Deal, from people: [Contact], r: inout SplitMix64) -> Bool {
    let open = openStageIds.contains(d.stage)
    guard !people.isEmpty, r.chance(open ? 0.85 : 0.6) else { return false }
    d.contacts = Self.buyingTeam(from: people, open: open, r: &r)
    return true
  }

  /// The champion always; on open deals the economic buyer on ~65 % and one more person on ~30 %.
  /// Roles are left to the contact's own (`DealContact.role` nil), as an import would link them.
  static func buyingTeam(from people: [Contact], open: Bool, r: inout SplitMix64) -> [DealContact] {
    var team = [DealContact(contactId: people[0].id)]
    guard open else { return team }
    if people.count > 1, r.chance(0.65) { team.append(DealContact(contactId: people[1].id)) }
    if people.count > 2, r.chance(0.3) {
      team.append(DealContact(contactId: people[2 + r.index(people.count - 2)].id))
    }
    return team
  }

  /// Contact ids `c-0001-1` …: the account's number then the person's, so ids sort by account.
  static func makeContacts(
    at account: Account, number: Int, count: Int, today: Day, r: inout SplitMix64
  ) -> [Contact] {
    let n = r.int(2...4)
    let domain = account.website ?? (String(account.name.lowercased().filter { $0.isLetter }) + ".example")
    var used: Set<String> = []
    var out: [Contact] = []
    for k in 0..<n {
      var first = r.pick(DemoContactNames.first)
      var last = r.pick(DemoContactNames.last)
      while used.contains(first + last) {
        first = r.pick(DemoContactNames.first)
        last = r.pick(DemoContactNames.last)
      }
      used.insert(first + last)
      let role: Contact.BuyingRole =
        k == 0
        ? .champion : k == 1 ? .economicBuyer : r.pick([.decisionMaker, .influencer, .influencer, .blocker])
      let created = Timestamp(
        day: today.adding(days: -r.int(380...720)), hour: r.int(8...17), minute: r.int(0...59))
      out.append(
        Contact(
          id: DemoBuilder.id("c", number + 1, count: count, minWidth: 4) + "-" + String(k + 1),
          accountId: account.id, name: first + " " + last,
          title: r.pick(DemoContactNames.titles[role] ?? ["Manager"]),
          email: Self.email(first: first, last: last, domain: domain),
          phone: Self.phone(country: account.country, r: &r), buyingRole: role, createdAt: created))
    }
    return out
  }

  /// `first.last@domain`, lower case, letters only ("O'Brien" → "obrien").
  static func email(first: String, last: String, domain: String) -> String {
    let part = { (s: String) in String(s.lowercased().filter { $0.isASCII && $0.isLetter }) }
    return part(first) + "." + part(last) + "@" + domain
  }

  /// A number in the country's fictional range (North America's 555-01xx and the like).
  static func phone(country: String?, r: inout SplitMix64) -> String {
    let tail = Day.pad(r.int(0...99), 2)
    switch country {
    case "GB": return "+44 20 7946 0" + Day.pad(r.int(0...999), 3)
    case "DE": return "+49 30 5550 " + Day.pad(r.int(0...9999), 4)
    case "AU": return "+61 2 5550 " + Day.pad(r.int(0...9999), 4)
    default:
      return "+1 " + r.pick(["212", "312", "415", "512", "617", "604", "416", "720"]) + " 555 01" + tail
    }
  }
}

/// Word lists for demo contacts: plain ASCII names (so emails read naturally) and titles by the
/// part the person usually plays.
enum DemoContactNames {
  static let first = [
    "Ana", "Ben", "Carla", "David", "Erin", "Frank", "Gina", "Henry", "Iris", "Jake", "Kira", "Leo",
    "Monica", "Nate", "Olivia", "Paul", "Rosa", "Sean", "Tara", "Umberto", "Vera", "Will", "Xavier",
    "Yvonne", "Zach", "Alice", "Brian", "Dana", "Eli", "Fiona", "Greg", "Helen", "Ivan", "Joy",
  ]
  static let last = [
    "Ruiz", "Morgan", "Fletcher", "Nguyen", "Patel", "Becker", "Sullivan", "Khan", "Reyes", "Murphy",
    "Klein", "Foster", "Dawson", "Ortega", "Lund", "Price", "Greene", "Mills", "Hayes", "Barker",
    "Ward", "Cho", "Ellis", "Romero", "Sharma", "Vance", "Keller", "Brooks", "Weber", "Santos",
  ]
  static let titles: [Contact.BuyingRole: [String]] = [
    .champion: [
      "Director of Procurement", "AP Manager", "Head of Finance Operations", "Procurement Manager",
    ],
    .economicBuyer: ["CFO", "VP Finance", "Controller"],
    .decisionMaker: ["CIO", "VP Operations", "COO"],
    .influencer: ["IT Security Lead", "Senior Buyer", "AP Specialist", "Finance Systems Analyst"],
    .blocker: ["IT Director", "Head of Legal"],
  ]
}

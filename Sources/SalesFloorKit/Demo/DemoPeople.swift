import Foundation

extension DemoBuilder {
  /// One ops lead, the managers (each with a named team), then the reps split between them.
  /// The last rep(s) are new hires about two months in, so the ramp shows.
  mutating func makePeople() {
    let total = 1 + managerTarget + repTarget
    let names = DemoNames.firstNames.count * DemoNames.lastNames.count
    let offset = rng.index(names)
    func pid(_ n: Int) -> String { DemoBuilder.id("p", n, count: total, minWidth: 3) }
    people.reserveCapacity(total)

    func name(_ i: Int) -> (String, String) {
      let k = (i + offset) % names
      let f = DemoNames.firstNames.count
      let first = DemoNames.firstNames[k % f]
      let last = DemoNames.lastNames[(k / f + (k % f) * 7) % DemoNames.lastNames.count]
      let letters = { (s: String) in
        String(
          s.folding(options: .diacriticInsensitive, locale: nil).lowercased().filter(\.isASCII).filter(
            \.isLetter))
      }
      let suffix = i >= names ? String(i / names + 1) : ""
      return (first + " " + last, letters(first) + "." + letters(last) + suffix + "@harbor.example")
    }

    let (opsName, opsEmail) = name(0)
    people.append(
      Person(
        id: pid(1), name: opsName, email: opsEmail, role: .ops, hireDate: today.adding(days: -900)))

    let newHires = max(1, repTarget / 30)
    for m in 0..<managerTarget {
      let (n, e) = name(1 + m)
      managers.append(people.count)
      people.append(
        Person(
          id: pid(people.count + 1), name: n, email: e, role: .manager, team: teamName(m),
          hireDate: today.adding(days: -rng.int(700...2000)),
          territoryId: m % 2 == 0 ? "terr-east" : "terr-west"))
    }
    for r in 0..<repTarget {
      let m = r % managerTarget
      let isNew = r >= repTarget - newHires
      let (n, e) = name(1 + managerTarget + r)
      let hire = isNew ? today.adding(days: -rng.int(55...65)) : today.adding(days: -rng.int(420...2200))
      reps.append(people.count)
      newHire.append(isNew)
      repTerritory.append(m % 2)
      people.append(
        Person(
          id: pid(people.count + 1), name: n, email: e, role: .rep, managerId: people[managers[m]].id,
          team: teamName(m), hireDate: hire, territoryId: m % 2 == 0 ? "terr-east" : "terr-west"))
    }
  }

  /// East, West, Central … then East 2, West 2 … for very large floors.
  func teamName(_ m: Int) -> String {
    let names = DemoNames.teamNames
    return m < names.count ? names[m] : names[m % names.count] + " " + String(m / names.count + 1)
  }

  /// Accounts with unique names, an industry implied by the name, a location that decides the
  /// territory, and an owner among that territory's reps.
  mutating func makeAccounts() {
    let prefixes = DemoNames.companyPrefixes
    let suffixes = DemoNames.companySuffixes
    let combos = prefixes.count * suffixes.count
    let offset = rng.index(combos)
    var repsByTerritory: [[Int]] = [[], []]
    for r in 0..<reps.count { repsByTerritory[repTerritory[r]].append(r) }
    if repsByTerritory[1].isEmpty { repsByTerritory[1] = repsByTerritory[0] }
    var nextOwner = [0, 0]
    accountsByRep = Array(repeating: [], count: reps.count)
    accounts.reserveCapacity(accountTarget)

    for i in 0..<accountTarget {
      let k = (i + offset) % combos
      let p = k % prefixes.count
      let s = (k / prefixes.count + p) % suffixes.count
      var name = prefixes[p] + " " + suffixes[s].word
      if i >= combos { name += " " + String(i / combos + 1) }
      let place = rng.pick(DemoNames.locations)
      let segment: Account.Segment = [.smb, .midMarket, .enterprise][rng.weighted([45, 38, 17])]
      let employees: Int
      switch segment {
      case .smb: employees = rng.int(2...25) * 10
      case .midMarket: employees = rng.int(25...250) * 10
      case .enterprise: employees = rng.int(25...600) * 100
      }
      let candidates = repsByTerritory[place.territory]
      let owner = candidates[nextOwner[place.territory] % candidates.count]
      nextOwner[place.territory] += 1
      let slug = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
      accountsByRep[owner].append(i)
      accountsByTerritory[place.territory].append(i)
      accounts.append(
        Account(
          id: DemoBuilder.id("a", i + 1, count: accountTarget, minWidth: 4), name: name,
          industry: suffixes[s].industry, segment: segment, country: place.country, region: place.region,
          employees: employees, ownerId: people[reps[owner]].id,
          territoryId: place.territory == 0 ? "terr-east" : "terr-west", website: slug + ".example"))
    }
  }

  /// Two territories whose rules cover every demo location; owned by the first two managers.
  func makeTerritories() -> [Territory] {
    let east = people[managers[0]].id
    let west = people[managers[min(1, managers.count - 1)]].id
    return [
      Territory(
        id: "terr-east", name: "East", ownerId: east, order: 1,
        rules: [
          Territory.Rule(countries: ["US"], regions: ["Northeast", "Southeast", "Midwest"]),
          Territory.Rule(countries: ["CA"], regions: ["Ontario"]),
          Territory.Rule(countries: ["GB", "DE"]),
        ]),
      Territory(
        id: "terr-west", name: "West", ownerId: west, order: 2,
        rules: [
          Territory.Rule(countries: ["US"], regions: ["West", "Southwest", "Mountain"]),
          Territory.Rule(countries: ["CA"], regions: ["British Columbia"]),
          Territory.Rule(countries: ["AU"]),
        ]),
    ]
  }

  /// The account-executive plan: 1.0× up to 100 %, 1.5× from 100 to 130 %, 2.0× above.
  func makeCompPlan() -> CompPlan {
    CompPlan(
      id: "comp-ae", name: "Account Executive FY\(fiscalYear.year)", targetVariable: 25_000 * 100,
      currency: settings.currency,
      tiers: [
        CompPlan.Tier(from: 0, to: 100, rate: 1.0), CompPlan.Tier(from: 100, to: 130, rate: 1.5),
        CompPlan.Tier(from: 130, to: nil, rate: 2.0),
      ],
      personIds: reps.map { people[$0].id })
  }
}

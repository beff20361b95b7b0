import SalesFloorKit

/// A `:` palette line with arguments, parsed against the workspace (see `docs/commands.md`).
public enum PaletteCommand: Hashable, Sendable {
  /// `deal NAME… [AMOUNT] [DATE…]`
  case deal(name: String, amount: Money?, close: Day, accountId: String?)
  /// `log KIND [DEAL or ACCOUNT] [:] SUBJECT[, NEXT STEP DATE]`
  case log(line: ActivityLine, dealId: String?, accountId: String?)
  /// `log KIND ACCOUNT …` where the account has several open deals: which one, asked in a form
  /// (logging on the account would drop the next step).
  case logWhichDeal(line: ActivityLine, accountId: String)
  /// `coach PERSON TITLE… [by DATE]`
  case coach(personId: String, title: String, due: Day?)
  /// `import FILE [salesforce|hubspot|pipedrive]`: preview a deal import, then confirm.
  case importDeals(path: String, preset: ImportPreset?)
  /// `goal [team] PERSON KIND N [weekly|monthly] [M min] [from DAY]` (`GoalPalette`).
  case goal(
    scope: ActivityGoal.Scope, kind: Activity.Kind, cadence: ActivityGoal.Cadence, target: Int, minutes: Int?,
    from: Day?)
  /// `post TEXT…`: an announcement on the team feed (managers and ops).
  case post(text: String)
  /// `candidate NAME… SOURCE`: a candidate at sourced, today (`HiringPalette`).
  case candidate(name: String, source: Candidate.Source)
  /// `contact …`: add, link or edit a contact (`ContactPalette`).
  case contact(ContactPalette)
  /// `handoff DEAL [done|block|reopen] [NOTE]`: show a won deal's handoff or mark its step (`HandoffPalette`).
  case handoff(handoffId: String, mark: MarkHandoffStep.Mark?, note: String?)
  /// `product …`: add a product or edit one (`ProductPalette`).
  case product(ProductPalette)
}

/// Parses palette commands: pure, so the grammar is tested without a screen.
public enum PaletteGrammar {
  /// First words that make a palette line a command with arguments.
  public static let verbs = [
    "deal", "log", "coach", "import", "goal", "post", "candidate", "contact", "handoff", "product",
  ]

  /// True when the line's first word is a verb and arguments follow (Enter runs it).
  public static func isCommand(_ text: String) -> Bool {
    let words = split(text)
    guard let first = words.first?.lowercased() else { return false }
    return verbs.contains(first) && words.count > 1
  }

  static func split(_ text: String) -> [String] {
    var t = Substring(text.trimmingCharacters(in: .whitespaces))
    if t.first == ":" { t = t.dropFirst() }
    return t.split(separator: " ").map(String.init)
  }

  public static func parse(
    _ text: String, workspace ws: Workspace, today: Day
  ) -> Result<PaletteCommand, InputError> {
    let words = split(text)
    let fiscal = ws.settings.fiscalYearStartMonth
    guard let verb = words.first?.lowercased(), verbs.contains(verb) else {
      return .failure(InputError(field: "command", message: "start with \(verbs.joined(separator: ", "))"))
    }
    let args = Array(words.dropFirst())
    func date(_ s: String) -> Day? {
      if case .success(let d) = DateParser.parse(s, today: today, fiscalStartMonth: fiscal) { return d }
      return nil
    }
    switch verb {
    case "candidate": return HiringPalette.parse(args)
    case "handoff": return HandoffPalette.parse(args, workspace: ws)
    case "contact":
      return ContactPalette.parse(args, workspace: ws)
    case "product":
      return ProductPalette.parse(args, workspace: ws)
    case "deal":
      if let first = args.first,
        case .success = AmountParser.parse(first, defaultCurrency: ws.settings.currency)
      {
        return .failure(InputError(field: "name", message: "required"))
      }
      var nameEnd = args.count
      var amount: Money?
      var close: Day?
      if let i = args.indices.dropFirst().first(where: {
        if case .success = AmountParser.parse(args[$0], defaultCurrency: ws.settings.currency) { return true }
        return false
      }), case .success(let m) = AmountParser.parse(args[i], defaultCurrency: ws.settings.currency) {
        nameEnd = i
        amount = m
        let rest = args[(i + 1)...].joined(separator: " ")
        if !rest.isEmpty {
          guard let d = date(rest) else {
            return .failure(InputError(field: "close date", message: DateParser.hint))
          }
          close = d
        }
      } else if args.count > 1, let last = args.last, let d = date(last) {
        nameEnd = args.count - 1
        close = d
      }
      let nameWords = Array(args[..<nameEnd])
      guard !nameWords.isEmpty else { return .failure(InputError(field: "name", message: "required")) }
      let account = longestLeadingMatch(nameWords, ws.accounts.items.map { ($0.id, $0.name) })
      let end = Period.containing(today, kind: .quarter, fiscalStartMonth: fiscal).end
      return .success(
        .deal(
          name: nameWords.joined(separator: " "), amount: amount, close: close ?? end, accountId: account?.id)
      )
    case "post":
      return .success(.post(text: args.joined(separator: " ")))
    case "import":
      var words = args
      var preset: ImportPreset?
      if words.count > 1, let p = ImportPreset(rawValue: words[words.count - 1].lowercased()) {
        preset = p
        words.removeLast()
      }
      let path = words.joined(separator: " ")
      guard !path.isEmpty else {
        return .failure(InputError(field: "file", message: "import FILE.csv [salesforce|hubspot|pipedrive]"))
      }
      return .success(.importDeals(path: path, preset: preset))
    case "goal":
      return GoalPalette.parse(args, workspace: ws, today: today)
    case "log":
      var rest = args
      let kindWord = rest.removeFirst()
      var dealId: String?
      var accountId: String?
      if let hit = longestLeadingMatch(rest, ws.deals.items.map { ($0.id, $0.name) }) {
        dealId = hit.id
        accountId = ws.deals[id: hit.id]?.accountId
        rest.removeFirst(hit.count)
      } else if let hit = longestLeadingMatch(rest, ws.accounts.items.map { ($0.id, $0.name) }) {
        accountId = hit.id
        rest.removeFirst(hit.count)
        let open = FormFactory.openDeals(ofAccount: hit.id, in: ws)
        if open.count == 1 { dealId = open.first?.id }
        // Several open deals: ask which one rather than log on the account and drop the next step.
        if open.count > 1 {
          let line = ([kindWord + ":"] + rest).joined(separator: " ")
          return ActivityLine.parse(line, today: today, fiscalStartMonth: fiscal).map {
            .logWhichDeal(line: $0, accountId: hit.id)
          }
        }
      }
      let line = ([kindWord + ":"] + rest).joined(separator: " ")
      return ActivityLine.parse(line, today: today, fiscalStartMonth: fiscal).map {
        .log(line: $0, dealId: dealId, accountId: accountId)
      }
    default:
      let people = ws.people.items.filter(\.active)
      var person = longestLeadingMatch(args, people.map { ($0.id, $0.name) })
      if person == nil, let first = args.first?.lowercased() {
        let hits = people.filter {
          $0.id.lowercased() == first || $0.name.split(separator: " ").first?.lowercased() == first
        }
        if hits.count == 1, let p = hits.first { person = (p.id, 1) }
      }
      guard let person else {
        return .failure(
          InputError(
            field: "person", message: "start with a person's name, e.g. coach Dana stalled deals by fri"))
      }
      var words = Array(args.dropFirst(person.count))
      var due: Day?
      if let by = words.lastIndex(where: { $0.lowercased() == "by" }), by + 1 < words.count {
        guard let d = date(words[(by + 1)...].joined(separator: " ")) else {
          return .failure(InputError(field: "due", message: DateParser.hint))
        }
        due = d
        words = Array(words[..<by])
      }
      guard !words.isEmpty else { return .failure(InputError(field: "title", message: "required")) }
      return .success(.coach(personId: person.id, title: words.joined(separator: " "), due: due))
    }
  }

  /// The most leading words of `words` that equal a record's name (case-insensitive): id and word count.
  static func longestLeadingMatch(_ words: [String], _ names: [(String, String)]) -> (id: String, count: Int)?
  {
    var byName: [String: String] = [:]
    for (id, name) in names.sorted(by: { $0.0 < $1.0 }) where byName[name.lowercased()] == nil {
      byName[name.lowercased()] = id
    }
    var n = words.count
    while n > 0 {
      if let id = byName[words[..<n].joined(separator: " ").lowercased()] { return (id, n) }
      n -= 1
    }
    return nil
  }
}

import SalesFloorKit

/// `:goal` in the palette: `goal PERSON KIND N [weekly|monthly] [M min] [from DAY]`, or
/// `goal team MANAGER KIND N …` for a team goal, e.g. `:goal Dana calls 40 weekly 600 min`.
enum GoalPalette {
  static let usage = "goal PERSON KIND N [weekly|monthly] [M min], or goal team MANAGER KIND N"

  static func parse(
    _ args: [String], workspace ws: Workspace, today: Day
  ) -> Result<PaletteCommand, InputError> {
    var words = args
    let team = words.first?.lowercased() == "team"
    if team { words.removeFirst() }
    let people = ws.people.items.filter(\.active)
    var person = PaletteGrammar.longestLeadingMatch(words, people.map { ($0.id, $0.name) })
    if person == nil, let first = words.first?.lowercased() {
      let hits = people.filter {
        $0.id.lowercased() == first || $0.name.split(separator: " ").first?.lowercased() == first
      }
      if hits.count == 1, let p = hits.first { person = (p.id, 1) }
    }
    guard let person else { return .failure(InputError(field: "person", message: usage)) }
    words.removeFirst(person.count)
    guard let kindWord = words.first else { return .failure(InputError(field: "kind", message: usage)) }
    let kind: Activity.Kind
    do { kind = try GoalRules.kind(kindWord) } catch {
      return .failure(InputError(field: "kind", message: error.description))
    }
    words.removeFirst()
    guard let countWord = words.first, let target = Int(countWord) else {
      return .failure(InputError(field: "target", message: "how many, e.g. \(usage)"))
    }
    words.removeFirst()
    var cadence = ActivityGoal.Cadence.weekly
    var minutes: Int?
    var from: Day?
    while let w = words.first?.lowercased() {
      words.removeFirst()
      if let c = try? GoalRules.cadence(w) {
        cadence = c
      } else if let m = Int(w), words.first?.lowercased().hasPrefix("min") == true {
        minutes = m
        words.removeFirst()
      } else if w == "from", let d = words.first {
        words.removeFirst()
        guard
          case .success(let day) = DateParser.parse(
            d, today: today, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
        else { return .failure(InputError(field: "from", message: DateParser.hint)) }
        from = day
      } else {
        return .failure(InputError(field: "goal", message: "\"\(w)\" is not understood: \(usage)"))
      }
    }
    let scope: ActivityGoal.Scope = team ? .team(managerId: person.id) : .person(person.id)
    return .success(
      .goal(scope: scope, kind: kind, cadence: cadence, target: target, minutes: minutes, from: from))
  }
}

/// "send proposal by fri": words ending in a day, read as a next step and its date. The one-line
/// activity log (`ActivityLine`) and call outcomes (`CallOutcome`) both read next steps this way.
public enum NextStepPhrase {
  /// The step (nil when only a day was typed) and its day, when the last word reads as a day; a
  /// trailing `by` or `on` before the day is dropped. Nil when the last word is not a day.
  public static func parse(
    _ words: [String], today: Day, fiscalStartMonth: Int
  ) -> (step: String?, date: Day)? {
    guard let last = words.last,
      case .success(let day) = DateParser.parse(last, today: today, fiscalStartMonth: fiscalStartMonth)
    else { return nil }
    var rest = words.dropLast()
    if let w = rest.last?.lowercased(), w == "by" || w == "on" { rest = rest.dropLast() }
    return (rest.isEmpty ? nil : rest.joined(separator: " "), day)
  }
}

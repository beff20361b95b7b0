import SalesFloorKit

/// The activity form's Minutes field: empty for none, else a whole number that `GoalRules.minutes`
/// then holds to 1–1440, so the form and the CLI refuse the same values with the same words.
enum ActivityMinutesField {
  static func value(_ text: String?) throws(CommandError) -> Int? {
    guard let t = text?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
    let digits = t.hasSuffix("min") ? String(t.dropLast(3)).trimmingCharacters(in: .whitespaces) : t
    guard let m = Int(digits) else {
      throw .invalid(field: "minutes", reason: "\"\(t)\" is not a whole number of minutes")
    }
    return try GoalRules.minutes(m)
  }
}

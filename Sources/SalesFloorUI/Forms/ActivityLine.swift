import SalesFloorKit

/// One typed line that logs a done activity and, optionally, sets the deal's next step:
/// `call: left voicemail, follow up +2d`. Parsed here (pure) so `A`, `:log` and tests share it.
///
/// Grammar: `KIND[:] SUBJECT[, NEXT STEP [by|on] DATE]`. KIND is call, email, meeting, demo or task.
/// The part after the last comma is a next step only when its last word reads as a date.
public struct ActivityLine: Hashable, Sendable {
  public var kind: Activity.Kind
  public var subject: String
  public var nextStep: String?
  public var nextStepDate: Day?

  /// What a valid line looks like, shown beside the field.
  public static let hint = "like \"call: left voicemail, follow up +2d\""

  public static func parse(
    _ text: String, today: Day, fiscalStartMonth: Int
  ) -> Result<ActivityLine, InputError> {
    let fail = Result<ActivityLine, InputError>.failure(InputError(field: "activity", message: hint))
    var s = Substring(text.trimmingCharacters(in: .whitespaces))
    let head = s.prefix { $0.isLetter }
    guard let kind = Activity.Kind(rawValue: head.lowercased()) else {
      let kinds = Activity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
      return .failure(InputError(field: "activity", message: "start with one of \(kinds), \(hint)"))
    }
    s = s.dropFirst(head.count).drop { $0 == ":" || $0 == " " || $0 == "-" }
    var subject = String(s).trimmingCharacters(in: .whitespaces)
    var line = ActivityLine(kind: kind, subject: subject, nextStep: nil, nextStepDate: nil)
    if let comma = subject.lastIndex(of: ",") {
      let tail = subject[subject.index(after: comma)...].split(separator: " ").map(String.init)
      if let next = NextStepPhrase.parse(tail, today: today, fiscalStartMonth: fiscalStartMonth) {
        line.nextStep = next.step ?? "follow up"
        line.nextStepDate = next.date
        subject = String(subject[..<comma]).trimmingCharacters(in: .whitespaces)
      }
    }
    line.subject = subject.isEmpty ? kind.rawValue : subject
    if text.trimmingCharacters(in: .whitespaces).isEmpty { return fail }
    return .success(line)
  }
}

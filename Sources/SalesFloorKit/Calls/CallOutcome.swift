/// How a call went, typed in one line in call mode or `salesfloor calls log`:
/// `connected, demo booked fri`, `voicemail, retry +2d`, `vm`, `no answer, next: email the deck mon`.
/// Parsed here (pure) so the cockpit, the CLI and the tests share one grammar (docs/salesops.md,
/// "Call outcomes").
///
/// Grammar: comma-separated parts. The first starts with an outcome (`Result`); words after it
/// count as a part of their own. Each later part is one of
/// - `retry [DAY]`, `call back [DAY]`, `call again [DAY]`: next step "Call again" / "Call back";
/// - `next: STEP DAY` (or `next STEP DAY`): that next step;
/// - `X booked DAY` (`demo booked fri`): next step "Demo" on that day;
/// - `STEP DAY` (`send proposal mon`) or a bare `DAY`: a next step, read by `NextStepPhrase`;
/// - anything else: a note, kept in the activity's subject.
///
/// Without a next step, voicemail, no answer and busy get "Call again" in
/// `retryBusinessDays` business days; "meeting booked" and "demo booked" need a day.
public struct CallOutcome: Hashable, Sendable {
  /// What happened on the call.
  public enum Result: String, CaseIterable, Sendable, Codable {
    case connected, voicemail, noAnswer, busy, wrongNumber, meetingBooked, demoBooked, notInterested

    /// How it is written: "no answer".
    public var label: String {
      switch self {
      case .noAnswer: return "no answer"
      case .wrongNumber: return "wrong number"
      case .meetingBooked: return "meeting booked"
      case .demoBooked: return "demo booked"
      case .notInterested: return "not interested"
      default: return rawValue
      }
    }

    /// The phrases that mean it (lower case), the label first.
    public var phrases: [String] {
      switch self {
      case .connected: return ["connected", "reached", "spoke", "talked"]
      case .voicemail: return ["voicemail", "vm", "left voicemail", "left vm"]
      case .noAnswer: return ["no answer", "na", "noanswer", "no-answer"]
      case .busy: return ["busy"]
      case .wrongNumber: return ["wrong number", "wrong"]
      case .meetingBooked: return ["meeting booked", "booked meeting"]
      case .demoBooked: return ["demo booked", "booked demo"]
      case .notInterested: return ["not interested"]
      }
    }

    /// Whether nobody picked up, so trying again is the default next step.
    public var retries: Bool { self == .voicemail || self == .noAnswer || self == .busy }
  }

  public var result: Result
  /// The activity it is logged as (a call).
  public var kind: Activity.Kind
  /// The activity's subject: the outcome and the rest of the line as typed.
  public var subject: String
  /// The deal's new next step and its day; nil leaves the deal's next step as it is.
  public var nextStep: String?
  public var nextStepDate: Day?
  /// True when the next step is the default (`Call again` after voicemail, no answer or busy).
  public var defaultedNextStep: Bool

  /// Business days until "Call again" when a voicemail, no answer or busy line gives no next step.
  public static let retryBusinessDays = 2
  /// What a valid line looks like, shown when one cannot be read.
  public static let hint = "like \"connected, demo booked fri\" or \"voicemail, retry +2d\""

  /// Every outcome phrase, longest first (so "no answer" wins over a shorter match).
  static let phrases: [(words: [String], result: Result)] = Result.allCases.flatMap { r in
    r.phrases.map { (words: $0.split(separator: " ").map(String.init), result: r) }
  }.sorted { $0.words.count > $1.words.count }

  public static func parse(
    _ text: String, today: Day, fiscalStartMonth: Int
  ) -> Swift.Result<CallOutcome, InputError> {
    func fail(_ message: String) -> Swift.Result<CallOutcome, InputError> {
      .failure(InputError(field: "outcome", message: message))
    }
    var parts = text.split(separator: ",").map { words(of: $0) }.filter { !$0.isEmpty }
    guard !parts.isEmpty else { return fail("type how the call went, \(hint)") }
    let first = parts.removeFirst()
    let lower = first.map { w in w.hasSuffix(":") ? String(w.lowercased().dropLast()) : w.lowercased() }
    guard let match = phrases.first(where: { lower.starts(with: $0.words) }) else {
      let known = Result.allCases.map(\.label).joined(separator: ", ")
      return fail("\"\(first[0])\" is not a call outcome: start with one of \(known) (vm, na), \(hint)")
    }
    let result = match.result
    let rest = Array(first.dropFirst(match.words.count))
    if !rest.isEmpty { parts.insert(rest, at: 0) }

    var out = CallOutcome(
      result: result, kind: .call, subject: "", nextStep: nil, nextStepDate: nil, defaultedNextStep: false)
    var nextFrom: String?
    for part in parts {
      let typed = part.joined(separator: " ")
      let step: (String, Day)?
      switch next(part, result: result, today: today, fiscal: fiscalStartMonth) {
      case .failure(let e): return .failure(e)
      case .success(let s): step = s
      }
      guard let (name, day) = step else { continue }
      if let earlier = nextFrom {
        return fail("two next steps (\"\(earlier)\" and \"\(typed)\"): keep one")
      }
      nextFrom = typed
      out.nextStep = name
      out.nextStepDate = day
    }
    if out.nextStep == nil, result == .meetingBooked || result == .demoBooked {
      return fail("\(result.label) needs a day, like \"\(result.label) fri\"")
    }
    if out.nextStep == nil, result.retries {
      out.nextStep = "Call again"
      out.nextStepDate = today.adding(businessDays: retryBusinessDays)
      out.defaultedNextStep = true
    }
    out.subject = ([result.label] + parts.map { $0.joined(separator: " ") }).joined(separator: ", ")
    return .success(out)
  }

  /// The next step a part sets, nil for a note, or why it cannot be read.
  static func next(
    _ part: [String], result: Result, today: Day, fiscal: Int
  ) -> Swift.Result<(String, Day)?, InputError> {
    func fail(_ message: String) -> Swift.Result<(String, Day)?, InputError> {
      .failure(InputError(field: "outcome", message: message))
    }
    func day(_ words: some Collection<String>, for what: String) -> Swift.Result<Day, InputError> {
      let within = words.first?.lowercased() == "in"  // "in 3d" means +3d
      let w = within ? Array(words.dropFirst()) : Array(words)
      guard !w.isEmpty else { return .success(today.adding(businessDays: retryBusinessDays)) }
      var text = w.joined(separator: " ")
      if within, text.first?.isNumber == true { text = "+" + text }
      guard case .success(let d) = DateParser.parse(text, today: today, fiscalStartMonth: fiscal) else {
        return .failure(
          InputError(field: "outcome", message: "\"\(text)\" after \(what) is not a day: \(DateParser.hint)"))
      }
      return .success(d)
    }
    let lower = part.map { $0.lowercased() }
    let head = lower[0].hasSuffix(":") ? String(lower[0].dropLast()) : lower[0]
    if head == "retry"
      || (lower.count >= 2 && lower[0] == "call" && (lower[1] == "back" || lower[1] == "again"))
      || head == "callback"
    {
      let back = head == "callback" || (lower.count >= 2 && lower[1] == "back")
      let skip = head == "retry" || head == "callback" ? 1 : 2
      return day(part.dropFirst(skip), for: back ? "call back" : "retry").map {
        (back ? "Call back" : "Call again", $0)
      }
    }
    if head == "next" {
      var words = Array(part.dropFirst())
      if words.first?.lowercased() == "step" || words.first?.lowercased() == "step:" { words.removeFirst() }
      if let f = words.first, f.hasPrefix(":") {
        words[0] = String(f.dropFirst())
        if words[0].isEmpty { words.removeFirst() }
      }
      guard !words.isEmpty else { return fail("say what happens next, like \"next: send proposal mon\"") }
      guard let p = NextStepPhrase.parse(words, today: today, fiscalStartMonth: fiscal) else {
        return fail("next step \"\(words.joined(separator: " "))\" needs a day at the end, like mon or +3d")
      }
      guard let step = p.step else { return fail("say what happens next, like \"next: send proposal mon\"") }
      return .success((step, p.date))
    }
    if let booked = lower.firstIndex(of: "booked"), booked > 0 {
      let what = part[..<booked].joined(separator: " ")
      let after = part[(booked + 1)...]
      guard !after.isEmpty else { return fail("\(what) booked needs a day, like \"\(what) booked fri\"") }
      return day(after, for: "booked").map { (what.prefix(1).uppercased() + what.dropFirst(), $0) }
    }
    guard let p = NextStepPhrase.parse(part, today: today, fiscalStartMonth: fiscal) else {
      return .success(nil)  // a note
    }
    return .success((p.step ?? defaultStep(result), p.date))
  }

  /// The next step a bare day means after this outcome: the booked meeting, else a call.
  static func defaultStep(_ r: Result) -> String {
    switch r {
    case .meetingBooked: return "Meeting"
    case .demoBooked: return "Demo"
    case .voicemail, .noAnswer, .busy: return "Call again"
    default: return "Follow up"
    }
  }

  static func words(of s: Substring) -> [String] {
    s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }
}

/// One letter of MEDDPICC, the qualification framework most B2B teams coach to.
///
/// Raw values are the JSON keys of `Deal.qualification` and the names `deal qualify --element`
/// accepts (`docs/format.md`, `docs/cli.md`).
public enum QualificationElement: String, Sendable, Codable, CaseIterable, Comparable {
  case metrics, economicBuyer, decisionCriteria, decisionProcess, paperProcess, pain, champion, competition

  public var title: String {
    switch self {
    case .metrics: return "Metrics"
    case .economicBuyer: return "Economic buyer"
    case .decisionCriteria: return "Decision criteria"
    case .decisionProcess: return "Decision process"
    case .paperProcess: return "Paper process"
    case .pain: return "Identify pain"
    case .champion: return "Champion"
    case .competition: return "Competition"
    }
  }

  /// Whether the element is about a person (who the champion or economic buyer is): its entry
  /// may point at a contact (`QualificationEntry.contactId`), and the note may name them as text.
  public var namesPerson: Bool { buyingRole != nil }

  /// The buying-team role the element's person plays (champion, economic buyer), nil for the
  /// elements about facts: linking a contact with this role fills the entry and back.
  public var buyingRole: Contact.BuyingRole? {
    switch self {
    case .champion: return .champion
    case .economicBuyer: return .economicBuyer
    default: return nil
    }
  }

  /// The element for what people type: the raw value, the title, a dashed or spaced form, or the
  /// MEDDPICC letter where it is unique (`m`, `e`, `p` is ambiguous and not accepted).
  public init?(parsing text: String) {
    let folded = text.lowercased().filter { $0.isLetter }
    guard !folded.isEmpty else { return nil }
    let aliases: [String: QualificationElement] = [
      "eb": .economicBuyer, "buyer": .economicBuyer, "dc": .decisionCriteria, "criteria": .decisionCriteria,
      "dp": .decisionProcess, "pp": .paperProcess, "paper": .paperProcess, "identifypain": .pain,
      "i": .pain, "m": .metrics, "e": .economicBuyer, "competitor": .competition,
    ]
    if let e = aliases[folded] {
      self = e
      return
    }
    guard
      let e = Self.allCases.first(where: {
        $0.rawValue.lowercased() == folded || $0.title.lowercased().filter(\.isLetter) == folded
      })
    else { return nil }
    self = e
  }

  /// Framework order (M, E, D, D, P, I, C, C).
  public static func < (a: Self, b: Self) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}

/// How well an element is known: three levels, scored 0 / 1 / 2 so a scorecard sums to 0–16.
///
/// Three levels rather than a free 0–10 because reps agree on "unknown / partly / confirmed" and
/// managers can check it in a one-to-one; the score is only a summary of those.
public enum QualificationStatus: String, Sendable, Codable, CaseIterable {
  case unknown, partial, confirmed

  public var points: Int {
    switch self {
    case .unknown: return 0
    case .partial: return 1
    case .confirmed: return 2
    }
  }

  /// `[ ]`, `[~]`, `[x]` in the deal card and `deal show`.
  public var mark: String {
    switch self {
    case .unknown: return "[ ]"
    case .partial: return "[~]"
    case .confirmed: return "[x]"
    }
  }
}

/// What is known about one MEDDPICC element of a deal, and who said so when.
public struct QualificationEntry: Hashable, Sendable, Codable {
  public var status: QualificationStatus
  /// A short note: the metric agreed, the champion's name, the competitor's angle …
  public var note: String?
  /// Person id of who last set it (nil when unknown, e.g. imported without an actor).
  public var by: String?
  public var at: Timestamp?
  /// For champion and economic buyer: the contact who it is, so the scorecard has a phone number
  /// attached. Omitted from JSON when nil, so files written before it load and save unchanged.
  public var contactId: String?

  public init(
    status: QualificationStatus, note: String? = nil, by: String? = nil, at: Timestamp? = nil,
    contactId: String? = nil
  ) {
    self.status = status
    self.note = note
    self.by = by
    self.at = at
    self.contactId = contactId
  }

  /// Nothing known (unknown, no note, nobody): such an entry is dropped from the scorecard.
  public var isBlank: Bool { status == .unknown && note == nil && contactId == nil }
}

/// A deal's MEDDPICC scorecard. Elements never assessed are absent and count as unknown, so old
/// deal files (with no `qualification` key) load as an all-unknown card.
///
/// JSON: an object keyed by `QualificationElement` raw value (`{"champion": {"status":
/// "confirmed", "note": "Dana Ruiz, VP Ops", "by": "p-1", "at": "…"}}`).
public struct Qualification: Hashable, Sendable, Codable {
  public var entries: [QualificationElement: QualificationEntry]

  public init(_ entries: [QualificationElement: QualificationEntry] = [:]) { self.entries = entries }

  public subscript(element: QualificationElement) -> QualificationEntry? {
    get { entries[element] }
    set { entries[element] = newValue }
  }

  /// An element's status; unknown when never assessed.
  public func status(_ element: QualificationElement) -> QualificationStatus {
    entries[element]?.status ?? .unknown
  }

  public var isEmpty: Bool { entries.isEmpty }

  /// Σ points over the eight elements (unknown 0, partial 1, confirmed 2): 0–16.
  public var score: Int { QualificationElement.allCases.reduce(0) { $0 + status($1).points } }
  public static let maxScore = QualificationElement.allCases.count * 2

  /// "MEDDPICC 9/16": the summary the deal card, `deal show` and list views print.
  public var summary: String { "MEDDPICC \(score)/\(Self.maxScore)" }

  public init(from decoder: Decoder) throws {
    let raw = try decoder.singleValueContainer().decode([String: QualificationEntry].self)
    var entries: [QualificationElement: QualificationEntry] = [:]
    for (k, v) in raw {
      guard let e = QualificationElement(rawValue: k) else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: decoder.codingPath,
            debugDescription: "unknown MEDDPICC element \"\(k)\" (one of "
              + QualificationElement.allCases.map(\.rawValue).joined(separator: ", ") + ")"))
      }
      entries[e] = v
    }
    self.entries = entries
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(Dictionary(uniqueKeysWithValues: entries.map { ($0.key.rawValue, $0.value) }))
  }
}

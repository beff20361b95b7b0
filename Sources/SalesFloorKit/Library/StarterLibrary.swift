/// The enablement library that ships with SalesFloor: plays, content and training a new
/// workspace starts with, so a team gets guided selling on day one instead of an empty screen.
///
/// Everything here is plain data built from the model types; ops edit or replace it in the
/// workspace like any other record. Ids are stable (`play-spin-discovery`, `content-roi-calculator`,
/// `train-product-fundamentals`) so workspaces, coaching items and tests can refer to them.
public enum StarterLibrary {
  /// Every starter play, in the order a deal meets them (early stage → late stage → objections).
  public static let playbooks: [Playbook] =
    discoveryPlays + qualificationPlays + lateStagePlays + objectionPlays

  /// Every starter content item; `playIds` lists the plays that link to it.
  public static let content: [ContentItem] = contentCatalog.map { item in
    var linked = item
    linked.playIds = playbooks.filter { $0.contentIds.contains(item.id) }.map(\.id)
    return linked
  }

  /// Every starter training module (product, sales skills, market).
  public static let trainingModules: [TrainingModule] = trainingCatalog

  /// A play by id, for code that wants one specific starter play.
  public static func play(_ id: String) -> Playbook? { playbooks.first { $0.id == id } }
}

/// The labels `Playbook.Question.kind` uses in the starter library, so fit logic, the UI and
/// tests agree on spelling (SPIN types, BANT and MEDDPICC letters, Challenger moves).
public enum PlayQuestionKind {
  // SPIN
  public static let situation = "situation"
  public static let problem = "problem"
  public static let implication = "implication"
  public static let needPayoff = "needPayoff"
  /// The four SPIN question types, in the order a conversation uses them.
  public static let spin = [situation, problem, implication, needPayoff]

  // BANT
  public static let budget = "budget"
  public static let authority = "authority"
  public static let need = "need"
  public static let timeline = "timeline"
  /// The four BANT letters.
  public static let bant = [budget, authority, need, timeline]

  // MEDDPICC
  public static let metrics = "metrics"
  public static let economicBuyer = "economicBuyer"
  public static let decisionCriteria = "decisionCriteria"
  public static let decisionProcess = "decisionProcess"
  public static let paperProcess = "paperProcess"
  public static let identifyPain = "identifyPain"
  public static let champion = "champion"
  public static let competition = "competition"
  /// The eight MEDDPICC letters (MEDDIC is the same list without paper process and competition).
  public static let meddpicc = [
    metrics, economicBuyer, decisionCriteria, decisionProcess, paperProcess, identifyPain, champion,
    competition,
  ]

  // Challenger
  public static let teach = "teach"
  public static let tailor = "tailor"
  public static let takeControl = "takeControl"

  // House kinds
  public static let confirm = "confirm"
  public static let technical = "technical"
  public static let commercial = "commercial"
}

extension Playbook.Question {
  /// Shorthand used by the library files: `.ask(PlayQuestionKind.problem, "…")`.
  static func ask(_ kind: String, _ text: String) -> Playbook.Question {
    Playbook.Question(kind: kind, text: text)
  }
}

extension Playbook.Objection {
  /// Shorthand used by the library files.
  static func when(_ objection: String, say response: String) -> Playbook.Objection {
    Playbook.Objection(objection: objection, response: response)
  }
}

/// Amounts in the starter library are in US cents, like the demo workspace's default currency.
let usd: Int64 = 100

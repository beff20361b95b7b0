/// A fuzzy match: the score (higher is better) and which characters of the candidate matched.
public struct FuzzyMatch: Hashable, Sendable {
  public var score: Int
  /// Character offsets in the candidate, for highlighting.
  public var positions: [Int]
}

/// Case-insensitive subsequence matching, scored like fzf/VS Code: consecutive matches and matches at
/// word starts score high, gaps and a late first match cost, so `dd` finds "**d**eal **d**elete" first.
public enum Fuzzy {
  /// Bonus per matched character.
  static let matchScore = 16
  /// Extra when the previous candidate character also matched.
  static let consecutiveBonus = 24
  /// Extra when the match starts a word (start, or after space, `-`, `_`, `.`, `:`, `/`, or a case hump).
  static let wordStartBonus = 20
  /// Cost per skipped candidate character between matches.
  static let gapPenalty = 2
  /// Cost per candidate character before the first match (capped).
  static let leadingPenalty = 3

  /// A candidate split into characters once, so ranking it against every query of a palette
  /// session does not lowercase and split its title again on every keystroke.
  public struct Candidate: Hashable, Sendable {
    let hay: [Character]
    let lowered: [Character]

    public init(_ text: String) {
      hay = Array(text)
      lowered = hay.map { Character($0.lowercased()) }
    }
  }

  /// The match of `query` in `candidate`, or `nil` when `query` is not a subsequence.
  /// An empty query matches everything with score 0.
  public static func match(_ query: String, in candidate: String) -> FuzzyMatch? {
    match(Array(query.lowercased()), in: Candidate(candidate))
  }

  /// `match` for a lowercased query and a prepared candidate (plain index loops: this runs per
  /// candidate per keystroke).
  static func match(_ needle: [Character], in candidate: Candidate) -> FuzzyMatch? {
    let hay = candidate.hay
    let lowered = candidate.lowered
    guard !needle.isEmpty else { return FuzzyMatch(score: 0, positions: []) }
    // Greedy from the end gives the tightest window's end; we instead prefer word starts:
    // for each needle char pick the next occurrence, but jump to a word start if one comes before
    // the next needle char would be needed. Simple and predictable for short command names.
    var positions: [Int] = []
    var index = 0
    for n in needle.indices {
      let char = needle[n]
      guard let next = firstIndex(of: char, in: lowered, from: index) else { return nil }
      var chosen = next
      let previousMatched = positions.last.map { $0 + 1 == next } ?? false
      if !previousMatched && !isWordStart(hay, next) {
        var start = next + 1
        while start < lowered.count && !(lowered[start] == char && isWordStart(hay, start)) { start += 1 }
        if start < lowered.count && canFinish(needle, after: n, in: lowered, from: start + 1) {
          chosen = start
        }
      }
      positions.append(chosen)
      index = chosen + 1
    }
    var score = 0
    for (i, position) in positions.enumerated() {
      score += matchScore
      if i > 0 {
        if positions[i - 1] + 1 == position {
          score += consecutiveBonus
        } else {
          score -= gapPenalty * (position - positions[i - 1] - 1)
        }
      }
      if isWordStart(hay, position) { score += wordStartBonus }
    }
    score -= leadingPenalty * min(positions.first ?? 0, 10)
    return FuzzyMatch(score: score, positions: positions)
  }

  /// Candidates that match, best first; ties go to the shorter candidate, then alphabetical.
  public static func rank(_ query: String, _ candidates: [String]) -> [(index: Int, match: FuzzyMatch)] {
    rank(query, prepared: candidates.map(Candidate.init))
  }

  /// `rank` over prepared candidates (the palette prepares its titles once).
  public static func rank(
    _ query: String, prepared candidates: [Candidate]
  ) -> [(index: Int, match: FuzzyMatch)] {
    let needle = Array(query.lowercased())
    return candidates.enumerated().compactMap { index, candidate in
      match(needle, in: candidate).map { (index, $0) }
    }.sorted { a, b in
      if a.match.score != b.match.score { return a.match.score > b.match.score }
      let lengthA = candidates[a.index].hay.count
      let lengthB = candidates[b.index].hay.count
      if lengthA != lengthB { return lengthA < lengthB }
      return String(candidates[a.index].hay) < String(candidates[b.index].hay)
    }
  }

  private static func firstIndex(of char: Character, in lowered: [Character], from start: Int) -> Int? {
    var i = start
    while i < lowered.count {
      if lowered[i] == char { return i }
      i += 1
    }
    return nil
  }

  static func isWordStart(_ hay: [Character], _ index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = hay[index - 1]
    if " -_.:/".contains(previous) { return true }
    return previous.isLowercase && hay[index].isUppercase
  }

  private static func canFinish(
    _ needle: [Character], after n: Int, in lowered: [Character], from start: Int
  ) -> Bool {
    var index = start
    var k = n + 1
    while k < needle.count {
      guard let next = firstIndex(of: needle[k], in: lowered, from: index) else { return false }
      index = next + 1
      k += 1
    }
    return true
  }
}

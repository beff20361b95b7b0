import SalesFloorKit

/// The palette's `candidate NAME… SOURCE` verb: a quick add for a hiring manager who just got a
/// name, without opening the Recruiting view's form.
enum HiringPalette {
  static func parse(_ args: [String]) -> Result<PaletteCommand, InputError> {
    let sources = Candidate.Source.allCases.map(\.label).joined(separator: ", ")
    for n in [2, 1] where args.count > n {
      if let s = Candidate.Source(parsing: args.suffix(n).joined()) {
        return .success(.candidate(name: args.dropLast(n).joined(separator: " "), source: s))
      }
    }
    return .failure(
      InputError(
        field: "source", message: "end with a source (\(sources)), e.g. candidate Dana Ruiz referral"))
  }

  /// The command the verb runs: the viewer hires for the candidate unless they are a rep.
  static func add(_ name: String, _ source: Candidate.Source, state s: CockpitState) -> AddCandidate {
    let manager = s.viewer.person.flatMap { $0.role == .rep ? nil : $0.id }
    return AddCandidate(name: name, source: source, managerId: manager)
  }
}

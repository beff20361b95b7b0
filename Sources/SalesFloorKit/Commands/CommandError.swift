/// Why a command refused, in words a user can act on. Every surface shows `description` as is
/// (the CLI after `salesfloor:`, the cockpit in its footer or form), so the message is the same
/// wherever the action came from.
public enum CommandError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A value the user gave cannot be used; `field` names it (`name`, `owner`, `stage` …).
  case invalid(field: String, reason: String)
  /// Nothing matches `query`; `hint` says where to look.
  case notFound(kind: String, query: String, hint: String)
  /// No record has this id.
  case missing(kind: String, id: String, hint: String)
  /// Several records match a name; `candidates` are shown as `Name (id)`.
  case ambiguous(kind: String, query: String, candidates: [String], more: Bool)
  /// The workspace itself cannot support the action (no open stage, no won stage …).
  case workspace(String)

  public var description: String {
    switch self {
    case .invalid(let field, let reason): return "\(field): \(reason)"
    case .notFound(let kind, let query, let hint): return "no \(kind) matches \"\(query)\": \(hint)"
    case .missing(let kind, let id, let hint): return "no \(kind) with id \"\(id)\": \(hint)"
    case .ambiguous(_, let query, let candidates, let more):
      return "\"\(query)\" matches several: \(candidates.joined(separator: ", "))\(more ? ", …" : ""); "
        + "be more specific"
    case .workspace(let message): return message
    }
  }

  /// True for errors in what the user typed (CLI exit 64), false for a workspace that cannot
  /// support the action (exit 65).
  public var isUsage: Bool {
    if case .workspace = self { return false }
    return true
  }
}

/// A user keymap override that could not be applied, with enough detail to fix the config file.
public struct KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
  public var context: String
  public var key: String
  public var reason: String

  public var description: String { "keymap override [\(context)] \"\(key)\": \(reason)" }
}

extension Keymap {
  /// The action id that removes a key's binding in an override (`"q": "none"`).
  public static let unbindAction = "none"

  /// This keymap with user overrides `[context: [keyNotation: actionId]]` merged in.
  ///
  /// Each valid override replaces whatever the key did in that context; `"none"` unbinds it.
  /// Invalid entries (unknown context, bad key notation, action not offered by the context) are
  /// skipped and reported, so one typo does not throw away the rest of the user's keys.
  public func applying(overrides: [String: [String: String]]) -> (keymap: Keymap, errors: [KeymapError]) {
    var result = self
    var errors: [KeymapError] = []
    for context in overrides.keys.sorted() {
      let entries = overrides[context] ?? [:]
      guard contextIDs.contains(context) else {
        for notation in entries.keys.sorted() {
          errors.append(
            KeymapError(
              context: context, key: notation,
              reason: "unknown context (known: \(contextIDs.joined(separator: ", ")))"))
        }
        continue
      }
      for notation in entries.keys.sorted() {
        let actionID = entries[notation] ?? ""
        let key: Key
        do {
          key = try KeyNotation.parseKey(notation)
        } catch {
          errors.append(KeymapError(context: context, key: notation, reason: error.description))
          continue
        }
        if actionID == Keymap.unbindAction {
          result.setBinding(key, action: nil, in: context)
          continue
        }
        guard action(named: actionID, in: context) != nil else {
          let known = actions(in: context).map(\.id).joined(separator: ", ")
          errors.append(
            KeymapError(
              context: context, key: notation,
              reason: "unknown action \"\(actionID)\" (known here: \(known), or \"none\")"))
          continue
        }
        result.setBinding(key, action: actionID, in: context)
      }
    }
    return (result, errors)
  }
}

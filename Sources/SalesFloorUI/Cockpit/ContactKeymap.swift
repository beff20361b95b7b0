import SalesFloorKit

/// Keys for contacts in the cockpit, kept apart from `CockpitKeymap.Action` (like `ViewsKeymap`)
/// so other cockpit work does not collide with them.
public enum ContactKeymap {
  public enum Action: String, CaseIterable, Sendable {
    /// `K` on the deal card: link a contact (new or at the account) with a role.
    case link = "contact.link"
  }

  static func bind(_ k: inout Keymap) {
    k.bind(
      [.char("K")], to: Action.link.rawValue, in: "detail",
      description: "link a contact to the deal with a role (a new name adds them at the account)",
      hint: "contact")
  }

  /// Every contact action opens a form on the deal on screen (nothing is written before Enter).
  static func rules(_ r: inout [String: BindingRule]) {
    for a in Action.allCases { r[a.rawValue] = BindingRule(.asksFirst, target: KeyTargets.dealOnScreen) }
  }
}

extension CockpitProgram {
  /// Reducer cases of the contact keys; nil when `id` is not one.
  mutating func performContact(id: String) -> [ProgramEffect]? {
    guard let action = ContactKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .link:
      guard let dealId = KeyTargets.dealOnScreen(state).id(of: .deals) else { return [] }
      openForm(.linkContact(dealId: dealId))
    }
    return []
  }
}

import SalesFloorKit

extension Viewer {
  /// Who an edit made in this cockpit is recorded for: the bound person at the keyboard, else (no
  /// binding: as before identities) the person viewed.
  public var actorId: String? {
    if let me = boundIdentity { return me.personId }
    return viewedBy?.id ?? person?.id
  }

  /// The top bar's "who": "Grace Osei · rep" when the person at the keyboard views their own
  /// cockpit, "viewing Aisha Nakamura's team as Grace Osei" when they view someone else's; without
  /// a bound person, the viewed person with role and team (or "everyone"), as before.
  public var topBarText: String {
    guard let me = boundIdentity else {
      if let by = viewedBy, let person, person.id != by.id { return Self.viewing(person, as: by.name) }
      return person.map { "\($0.name) (\(roleTitle)\($0.team.map { ", \($0)" } ?? ""))" } ?? "everyone"
    }
    guard let person, person.id != me.personId else {
      let role = me.person.map { Self.title(of: $0.role) } ?? "not in this workspace's people"
      return "\(me.name) · \(role)"
    }
    return Self.viewing(person, as: me.name)
  }

  /// "viewing Dana Reyes's day as Aisha Nakamura": whose cockpit shows, and who is looking.
  static func viewing(_ person: Person, as looker: String) -> String {
    let whose: String
    switch person.role {
    case .rep: whose = "day"
    case .manager: whose = "team"
    case .ops: whose = "view"
    }
    return "viewing \(person.name)'s \(whose) as \(looker)"
  }

  /// The person at the keyboard, when bound to this device or login.
  var boundIdentity: KeyboardIdentity? { identity.flatMap { $0.isBound ? $0 : nil } }

  /// A role as the top bar names it.
  static func title(of role: Person.Role) -> String {
    switch role {
    case .rep: return "rep"
    case .manager: return "manager"
    case .ops: return "ops"
    }
  }
}

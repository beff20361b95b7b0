/// Who is at the keyboard, and how we know: the person an edit made here is recorded for.
///
/// Why a value of its own: a device bound to a person (team sync, a shared host's login) makes that
/// person the author of every edit, whatever `--as` shows; a config file only states a preference.
/// Commands, the cockpit and `whoami` read the same answer, so they never disagree.
public struct KeyboardIdentity: Hashable, Sendable {
  /// How the person is known, strongest first.
  public enum Source: Hashable, Sendable {
    /// This copy is an enrolled device of a team (`<workspace>/.sync/device.json`).
    case device(id: String, hub: String)
    /// A shared host maps the login to a person.
    case sharedHost(login: String)
    /// The user's config file names the person (`person` in config.json).
    case config(path: String)
  }

  /// Person id; kept even when this copy's people do not hold it (yet), so edits stay theirs.
  public var personId: String
  /// The person record, when this workspace holds it.
  public var person: Person?
  public var source: Source

  public init(personId: String, person: Person?, source: Source) {
    self.personId = personId
    self.person = person
    self.source = source
  }

  /// True when the person is bound to this device or login: edits are theirs whatever `--as`
  /// says, and `--as` may only view what they may view. A config file binds nothing: anyone can
  /// edit it, so it only picks a default.
  public var isBound: Bool {
    switch source {
    case .device, .sharedHost: return true
    case .config: return false
    }
  }

  /// The name to show: the person's, else their id.
  public var name: String { person?.name ?? personId }

  /// "device laptop-grace (hub file:///srv/hub.git)", "login grace on this host", "config …".
  public var sourceDescription: String {
    switch source {
    case .device(let id, let hub): return "device \(id) (hub \(hub))"
    case .sharedHost(let login): return "login \(login) on this shared host"
    case .config(let path): return "config file \(path)"
    }
  }
}

/// The one place that decides who is at the keyboard.
public enum Identity {
  /// The person at the keyboard: the enrolled device's person, else the shared host's person for
  /// the login, else the config's `person` (ignored when it names nobody here), else nobody (nil).
  ///
  /// `sharedHost` is the person id or name the shared-host mode maps the login to (nil: not a
  /// shared host, or the login maps to nobody).
  public static func atKeyboard(
    device: SyncDeviceFile?, sharedHost: (login: String, person: String)?, configPerson: String?,
    configPath: String, in workspace: Workspace
  ) -> KeyboardIdentity? {
    if let device {
      return KeyboardIdentity(
        personId: device.person, person: workspace.people[id: device.person],
        source: .device(id: device.device, hub: device.hub))
    }
    if let sharedHost {
      let person = try? NameResolver.person(sharedHost.person, in: workspace)
      return KeyboardIdentity(
        personId: person?.id ?? sharedHost.person, person: person,
        source: .sharedHost(login: sharedHost.login))
    }
    guard let configPerson, let person = try? NameResolver.person(configPerson, in: workspace) else {
      return nil
    }
    return KeyboardIdentity(personId: person.id, person: person, source: .config(path: configPath))
  }
}

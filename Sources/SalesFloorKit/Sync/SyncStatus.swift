/// What the last sync round of this copy found, written by every round (`SyncFiles.status`) and
/// shown by `salesfloor sync status` and the cockpit's top bar.
///
/// Why a value in the domain: the cockpit (which does no I/O) renders it, the CLI prints it and
/// the sync code writes it; one type keeps the three saying the same thing.
public struct SyncStatus: Hashable, Sendable, Codable {
  /// The state a person needs to act on.
  public enum State: String, Hashable, Sendable, Codable {
    /// The round reached the hub: everything this copy had is out, everything there is in.
    case synced
    /// The hub could not be reached; edits are kept and go out on the next round.
    case offline
    /// Sync refuses to go on until a person acts (`message` says how): a copied folder, a revoked
    /// device, a hub that rejects this device's log.
    case stopped
  }

  public var state: State
  public var device: String
  /// Person id this copy is bound to.
  public var person: String?
  /// When the last round ended, and when a round last reached the hub.
  public var attempted: Timestamp
  public var lastSynced: Timestamp?
  /// Other devices' ops applied by the last round, and the records they changed here.
  public var pulled: Int
  public var changedRecords: Int
  /// Open conflicts after the round.
  public var conflicts: Int
  /// This device's ops not yet on the hub.
  public var waiting: Int
  /// Why the round was offline or stopped (and what to do); nil when synced.
  public var message: String?

  public init(
    state: State, device: String, person: String?, attempted: Timestamp, lastSynced: Timestamp?,
    pulled: Int = 0,
    changedRecords: Int = 0, conflicts: Int = 0, waiting: Int = 0, message: String? = nil
  ) {
    self.state = state
    self.device = device
    self.person = person
    self.attempted = attempted
    self.lastSynced = lastSynced
    self.pulled = pulled
    self.changedRecords = changedRecords
    self.conflicts = conflicts
    self.waiting = waiting
    self.message = message
  }

  /// One line for a top bar or a status command, e.g. "synced 12:03 · 3 pulled · 1 conflict",
  /// "offline — 4 edits waiting", "sync stopped: …". `clock` formats a timestamp as the caller
  /// shows time (the cockpit: HH:MM in UTC).
  public func headline(clock: (Timestamp) -> String) -> String {
    var parts: [String] = []
    switch state {
    case .synced:
      parts.append("synced " + clock(lastSynced ?? attempted))
      if pulled > 0 { parts.append("\(pulled) pulled") }
    case .offline:
      let edits = waiting == 1 ? "1 edit" : "\(waiting) edits"
      parts.append(waiting > 0 ? "offline — \(edits) waiting" : "offline")
      if let last = lastSynced { parts.append("last sync " + clock(last)) }
    case .stopped:
      parts.append("sync stopped: " + (message ?? "see salesfloor sync status"))
    }
    if conflicts > 0 { parts.append(conflicts == 1 ? "1 conflict" : "\(conflicts) conflicts") }
    if state == .synced, waiting > 0 { parts.append("\(waiting) waiting") }
    return parts.joined(separator: " · ")
  }
}

/// This copy's enrolment in a team (`SyncFiles.device`): which device it is, whose edits it makes,
/// where the hub is, and the folder it was enrolled in (a copied folder has another identity).
public struct SyncDeviceFile: Hashable, Sendable, Codable {
  public var device: String
  /// Person id: every edit made on this copy is this person's, whatever `--as` shows.
  public var person: String
  /// The hub's git URL (any URL `git` accepts: file://, ssh, https, git://).
  public var hub: String
  /// `<st_dev>:<st_ino>` of the workspace folder at enrolment: a copy of the folder differs.
  public var folder: String
  /// The host name at enrolment, to name the device in lists.
  public var host: String
  public var enrolled: Timestamp
  /// Collections this copy keeps to itself (not exported, not applied), e.g. compensation plans.
  public var local: [String]

  public init(
    device: String, person: String, hub: String, folder: String, host: String, enrolled: Timestamp,
    local: [String]
  ) {
    self.device = device
    self.person = person
    self.hub = hub
    self.folder = folder
    self.host = host
    self.enrolled = enrolled
    self.local = local
  }
}

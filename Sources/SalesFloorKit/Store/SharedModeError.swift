/// Why a shared-host workspace cannot be set up or used as asked; each message says what to run.
public enum SharedModeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The login has no person in `shared.json`.
  case unmappedLogin(login: String, group: String)
  /// The login's person was deleted from the workspace.
  case unknownPerson(login: String, personId: String)
  /// `init --shared GROUP`: no such Unix group.
  case unknownGroup(String)
  /// The user setting it up is not in the group (and is not root).
  case notInGroup(login: String, group: String, addedButNotActive: Bool)
  /// Members of the group could not reach the folder: an ancestor is not searchable for them.
  case unreachable(folder: String, blockedBy: String, mode: String, group: String)
  /// `init --shared` for a new folder whose parent does not exist yet (it would be created private).
  case missingParent(String)
  /// The workspace is shared with a group this user is not in: the folder cannot be read.
  case noAccess(folder: String, group: String?, login: String?, addedButNotActive: Bool)
  /// `shared map` or `shared list` on a private workspace.
  case notShared(folder: String)
  /// A login name SalesFloor will not store.
  case invalidLogin(String)

  public var description: String {
    switch self {
    case .unmappedLogin(let login, _):
      return "you are logged in as \(login), and this shared workspace does not say which person that is; "
        + "ask someone in the group to run `salesfloor shared map \(login) PERSON` (see `salesfloor shared list`)"
    case .unknownPerson(let login, let id):
      return
        "login \(login) is mapped to person \(id), who is no longer in this workspace; map it again with "
        + "`salesfloor shared map \(login) PERSON`"
    case .unknownGroup(let group):
      return "there is no Unix group \"\(group)\" on this host; create it first (`groupadd \(group)`, "
        + "then `usermod -aG \(group) LOGIN` for each member)"
    case .notInGroup(let login, let group, let added):
      return added
        ? "\(login) was added to group \(group), but this session started before that: log out and in again "
          + "(or run `newgrp \(group)`), then retry; nothing was changed"
        : "\(login) is not a member of group \(group): only a member (or root) can share a workspace with it "
          + "(`usermod -aG \(group) \(login)`, then log in again); nothing was changed"
    case .unreachable(let folder, let blocked, let mode, let group):
      return
        "members of \(group) could not reach \(folder): \(blocked) (mode \(mode)) does not let them through; "
        + "run `chmod o+x \(blocked)` (or `chgrp \(group) \(blocked) && chmod g+x \(blocked)`), then retry; "
        + "nothing was changed"
    case .missingParent(let parent):
      return
        "\(parent) does not exist: create it first, searchable by the group (e.g. `mkdir -m 0755 \(parent)`), "
        + "then retry; nothing was changed"
    case .noAccess(let folder, let group, let login, let added):
      let who = login ?? "this user"
      if let group, added {
        return
          "permission denied: the workspace \(folder) is shared with the Unix group \(group); \(who) was added "
          + "to it after this session started: log out and in again (or run `newgrp \(group)`)"
      }
      guard let group else {
        return "permission denied: \(who) may not read the workspace \(folder); ask its owner for access"
      }
      return
        "permission denied: the workspace \(folder) is shared with the Unix group \(group), and \(who) is "
        + "not a member; ask an administrator to run `usermod -aG \(group) \(who)`, then log in again"
    case .notShared(let folder):
      return "\(folder) is not a shared workspace; share it first with `salesfloor init --shared GROUP`"
    case .invalidLogin(let login):
      return "\"\(login)\" is not a login name (letters, digits, '.', '_', '-' only)"
    }
  }

  /// True for mistakes in what was typed (exit 64), false for the state of the host or workspace.
  public var isUsage: Bool {
    switch self {
    case .unknownGroup, .invalidLogin, .notShared, .missingParent: return true
    default: return false
    }
  }
}

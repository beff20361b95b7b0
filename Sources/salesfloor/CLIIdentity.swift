import Foundation
import SalesFloorKit
import SalesFloorSync
import SalesFloorUI

/// The command line's view of who is at the keyboard (`Identity.atKeyboard`) and the `--as` rule
/// for views (`ViewRule`), so writes, reports, the cockpit and `whoami` read one answer.
enum CLIIdentity {
  /// Reads this copy's device file, the shared host's mapping and the config's `person`.
  /// An enrolled folder whose device file cannot be read is an error: guessing would record edits
  /// as someone else.
  static func read(folder: URL, workspace: Workspace) throws -> KeyboardIdentity? {
    let device: SyncDeviceFile?
    if SyncEngine.isEnrolled(folder) {
      do {
        device = try SyncEngine.readDeviceFile(folder.standardizedFileURL.path)
      } catch {
        throw CLIError.data(error.message)
      }
    } else {
      device = nil
    }
    // A workspace shared on one host: the login's person (nil while the login is not mapped).
    var sharedHost: (login: String, person: String)?
    if let shared = try? SharedMode.load(folder: folder.standardizedFileURL.path),
      let login = try WorkspaceContext.login(in: shared, workspace: workspace)
    {
      sharedHost = (login.name, login.person.id)
    }
    let configURL = CockpitOptions.configURL
    let (config, _) = CockpitConfig.load(from: configURL)
    return Identity.atKeyboard(
      device: device, sharedHost: sharedHost, configPerson: config.person, configPath: configURL.path,
      in: workspace)
  }

  /// Refuses a `--as` view the person at the keyboard may not see: a usage error naming who this
  /// device (or login) is and what they may view.
  static func checkView(_ target: Person, identity: KeyboardIdentity?, in ws: Workspace) throws {
    guard let me = identity, !ViewRule.may(me, viewAs: target, in: ws) else { return }
    let role = me.person.map { " (\($0.role.rawValue))" } ?? ""
    let may = me.person.map { ViewRule.describe(for: $0, in: ws) } ?? "own view only"
    throw CLIError.usage(
      "--as \"\(target.name)\": not allowed: this is \(me.name)\(role), known by \(me.sourceDescription), "
        + "who may view: \(may)")
  }
}

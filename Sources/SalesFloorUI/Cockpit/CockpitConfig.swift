import Foundation
import SalesFloorKit

/// The user's settings file (`$XDG_CONFIG_HOME/salesfloor/config.json`): who "I" am, the theme,
/// and key overrides (`{"keys": {"pipeline": {"J": "down"}}}`).
public struct CockpitConfig: Codable, Sendable, Equatable {
  /// Person name or id the cockpit opens as (like `--as`).
  public var person: String?
  public var theme: String?
  /// Context → key notation → action id (`"none"` unbinds).
  public var keys: [String: [String: String]]?

  public init(person: String? = nil, theme: String? = nil, keys: [String: [String: String]]? = nil) {
    self.person = person
    self.theme = theme
    self.keys = keys
  }

  /// Parses the file's bytes (nil: there is no file, an empty config); a broken file yields the
  /// defaults and an error naming `source`. The launcher reads the file, so the UI never does.
  public static func parse(_ data: Data?, source: String) -> (config: CockpitConfig, error: String?) {
    guard let data else { return (CockpitConfig(), nil) }
    do {
      return (try JSONDecoder().decode(CockpitConfig.self, from: data), nil)
    } catch {
      return (CockpitConfig(), "\(source): not a valid config file (\(error)); using defaults")
    }
  }
}

/// Builds the cockpit for a workspace, a viewer name and a day: shared by the real cockpit and
/// `salesfloor screen`, so the headless screen is exactly what a user sees.
public enum CockpitLauncher {
  /// Finds the viewer by id or name (case-insensitive, unique prefix); nil name → the default viewer.
  public static func viewer(named name: String?, in ws: Workspace) -> Result<Viewer, LaunchError> {
    guard let name, !name.isEmpty else { return .success(Viewer.defaultViewer(in: ws)) }
    do {
      return .success(Viewer(person: try NameResolver.person(name, in: ws)))
    } catch .ambiguous(_, _, let candidates, _) {
      let names = candidates.joined(separator: ", ")
      return .failure(LaunchError(message: "--as \"\(name)\" matches several people: \(names)"))
    } catch {
      return .failure(LaunchError(message: "--as \"\(name)\": nobody by that name in this workspace"))
    }
  }

  /// The keymap with the config's overrides; errors are reported, valid overrides still apply.
  public static func keymap(overrides: [String: [String: String]]?) -> (Keymap, [String]) {
    guard let overrides, !overrides.isEmpty else { return (CockpitKeymap.standard, []) }
    let (k, errors) = CockpitKeymap.standard.applying(overrides: overrides)
    return (k, errors.map { "config keys: \($0)" })
  }
}

/// Why the cockpit cannot open as asked.
public struct LaunchError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var description: String { message }
}

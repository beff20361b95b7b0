import Foundation

/// Where a workspace and the user's config live, resolved the XDG way (DESIGN §2).
///
/// The environment is a parameter, not `ProcessInfo`, so tests pin every case.
public struct WorkspaceLocation: Sendable, Equatable {
  /// The workspace folder (collection files, journal, lock).
  public var dataFolder: URL
  /// `config.json`: theme, keymap overrides, who "I" am.
  public var configFile: URL

  public init(dataFolder: URL, configFile: URL) {
    self.dataFolder = dataFolder
    self.configFile = configFile
  }

  /// Resolves the folders: data is `--data DIR`, else `$SALESFLOOR_DATA`, else
  /// `$XDG_DATA_HOME/salesfloor`, else `~/.local/share/salesfloor`; config is
  /// `$XDG_CONFIG_HOME/salesfloor/config.json`, else `~/.config/salesfloor/config.json`.
  ///
  /// Empty variables count as unset and relative XDG paths are ignored, as the XDG spec asks.
  /// A leading `~/` in `--data` or `$SALESFLOOR_DATA` is expanded; other relative paths are
  /// taken from `currentDirectory`.
  public static func resolve(
    data explicit: String? = nil, environment: [String: String],
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) -> WorkspaceLocation {
    let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    func expand(_ path: String) -> URL {
      var p = path
      if p == "~" {
        p = home
      } else if p.hasPrefix("~/") {
        p = home + p.dropFirst(1)
      }
      if !p.hasPrefix("/") { p = currentDirectory + "/" + p }
      return URL(fileURLWithPath: p, isDirectory: true).standardizedFileURL
    }
    func xdg(_ name: String) -> String? { Self.xdg(name, environment) }
    let data: URL
    if let e = nonEmpty(explicit) {
      data = expand(e)
    } else if let e = nonEmpty(environment["SALESFLOOR_DATA"]) {
      data = expand(e)
    } else {
      let base = xdg("XDG_DATA_HOME") ?? home + "/.local/share"
      data = URL(fileURLWithPath: base + "/salesfloor", isDirectory: true).standardizedFileURL
    }
    let configBase = xdg("XDG_CONFIG_HOME") ?? home + "/.config"
    let config = URL(fileURLWithPath: configBase + "/salesfloor/config.json").standardizedFileURL
    return WorkspaceLocation(dataFolder: data, configFile: config)
  }

  /// The log file: `$XDG_STATE_HOME/salesfloor/salesfloor.log`, else
  /// `~/.local/state/salesfloor/salesfloor.log` (XDG's place for logs and history: not data the
  /// user backs up, not config they edit).
  public static func logFile(environment: [String: String]) -> URL {
    let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
    let base = xdg("XDG_STATE_HOME", environment) ?? home + "/.local/state"
    return URL(fileURLWithPath: base + "/salesfloor/salesfloor.log").standardizedFileURL
  }

  /// An XDG base directory variable when set to an absolute path (the spec ignores relative ones).
  private static func xdg(_ name: String, _ environment: [String: String]) -> String? {
    guard let v = nonEmpty(environment[name]), v.hasPrefix("/") else { return nil }
    return v
  }

  private static func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
  }
}

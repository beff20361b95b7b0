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
    func xdg(_ name: String) -> String? {
      guard let v = nonEmpty(environment[name]), v.hasPrefix("/") else { return nil }
      return v
    }
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

  private static func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
  }
}

import Foundation
import SalesFloorUI

/// The launcher's side of the settings the UI parses: reading `config.json` and theme files from
/// disk before the program starts (the UI only ever sees their bytes and text).
extension CockpitConfig {
  /// Reads the file; a missing file is an empty config, a broken one an error naming the file.
  public static func load(from url: URL) -> (config: CockpitConfig, error: String?) {
    parse(FileManager.default.contents(atPath: url.path), source: url.path)
  }
}

extension ThemeLoader {
  /// Names of all themes available: built-in plus `*.json` in `userDirectory`, sorted, unique.
  public static func availableNames(userDirectory: String?) -> [String] {
    availableNames(userNames: userThemeNames(in: userDirectory))
  }

  /// Loads `name` from `userDirectory/<name>.json` if present, else the built-in theme of that name.
  ///
  /// On any problem returns the default theme and the error (naming the file), for a notice.
  public static func load(name: String, userDirectory: String?) -> (theme: Theme, error: ThemeError?) {
    var file: UserThemeFile?
    if let userDirectory, isValidName(name) {
      let path = (userDirectory as NSString).appendingPathComponent(name + ".json")
      if FileManager.default.fileExists(atPath: path) {
        do {
          file = UserThemeFile(path: path, text: .success(try String(contentsOfFile: path, encoding: .utf8)))
        } catch {
          let failure = ThemeError(source: path, message: "cannot read: \(error.localizedDescription)")
          file = UserThemeFile(path: path, text: .failure(failure))
        }
      }
    }
    return load(name: name, userTheme: file, userNames: userThemeNames(in: userDirectory))
  }

  /// The theme names (`*.json` without the extension) in the user's theme folder.
  static func userThemeNames(in directory: String?) -> [String] {
    guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
  }
}

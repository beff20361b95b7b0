import Foundation
import SalesFloorThemes

/// Finds themes by name: the user's theme folder first, then the themes built into the binary.
/// Loading never fails outright: a broken theme yields the default theme plus the error to show.
public enum ThemeLoader {
  /// The theme used when none is configured or the configured one is broken.
  public static let defaultName = "dark"

  /// The built-in default theme (dark), or a plain theme should the embedded text ever be broken.
  public static var defaultTheme: Theme {
    bundled(named: defaultName) ?? Theme(name: defaultName, roles: [:])
  }

  /// A theme embedded in the binary (`dark`, `light`, `high-contrast`, `mono`).
  public static func bundled(named name: String) -> Theme? {
    guard let text = BundledThemes.texts[name] else { return nil }
    return try? ThemeParser.parse(text, source: name)
  }

  /// Names of all themes available: built-in plus `*.json` in `userDirectory`, sorted, unique.
  public static func availableNames(userDirectory: String?) -> [String] {
    var names = Set(BundledThemes.texts.keys)
    if let userDirectory, let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) {
      for file in files where file.hasSuffix(".json") { names.insert(String(file.dropLast(5))) }
    }
    return names.sorted()
  }

  /// Loads `name` from `userDirectory/<name>.json` if present, else the built-in theme of that name.
  ///
  /// On any problem returns the default theme and the error (naming the file), for a notice.
  public static func load(name: String, userDirectory: String?) -> (theme: Theme, error: ThemeError?) {
    guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
      return (defaultTheme, ThemeError(source: name, message: "not a valid theme name"))
    }
    if let userDirectory {
      let path = (userDirectory as NSString).appendingPathComponent(name + ".json")
      if FileManager.default.fileExists(atPath: path) {
        do {
          let text = try String(contentsOfFile: path, encoding: .utf8)
          return (try ThemeParser.parse(text, source: path), nil)
        } catch let error as ThemeError {
          return (defaultTheme, error)
        } catch {
          return (
            defaultTheme, ThemeError(source: path, message: "cannot read: \(error.localizedDescription)")
          )
        }
      }
    }
    if let theme = bundled(named: name) { return (theme, nil) }
    let known = availableNames(userDirectory: userDirectory).joined(separator: ", ")
    return (defaultTheme, ThemeError(source: name, message: "no such theme (available: \(known))"))
  }
}

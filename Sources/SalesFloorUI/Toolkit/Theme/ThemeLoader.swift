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

  /// Names of all themes available: built-in plus the user's (`userNames`), sorted, unique.
  public static func availableNames(userNames: [String]) -> [String] {
    Set(BundledThemes.texts.keys).union(userNames).sorted()
  }

  /// Whether `name` may name a theme file (no paths, no hidden files).
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
  }

  /// Picks `name`: the user's theme file if there is one (`userTheme`, read by the launcher), else
  /// the built-in theme of that name. `userNames` lists the user's themes for the error message.
  ///
  /// On any problem returns the default theme and the error (naming the file), for a notice.
  public static func load(
    name: String, userTheme: UserThemeFile?, userNames: [String]
  ) -> (
    theme: Theme, error: ThemeError?
  ) {
    guard isValidName(name) else {
      return (defaultTheme, ThemeError(source: name, message: "not a valid theme name"))
    }
    if let userTheme {
      switch userTheme.text {
      case .success(let text):
        do {
          return (try ThemeParser.parse(text, source: userTheme.path), nil)
        } catch {
          return (defaultTheme, error)
        }
      case .failure(let error):
        return (defaultTheme, error)
      }
    }
    if let theme = bundled(named: name) { return (theme, nil) }
    let known = availableNames(userNames: userNames).joined(separator: ", ")
    return (defaultTheme, ThemeError(source: name, message: "no such theme (available: \(known))"))
  }
}

/// A theme file from the user's theme folder, as the launcher read it: its path and its text, or
/// why it could not be read.
public struct UserThemeFile: Sendable {
  public var path: String
  public var text: Result<String, ThemeError>

  public init(path: String, text: Result<String, ThemeError>) {
    self.path = path
    self.text = text
  }
}

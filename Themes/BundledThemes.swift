/// The built-in themes' JSON, embedded in the binary by SwiftPM (`.embedInCode` in Package.swift)
/// so an installed binary copied anywhere still has them; the JSON files beside this one are the
/// only copy. A new theme file needs its name here and in Package.swift (a test lists the folder).
public enum BundledThemes {
  /// Theme name → JSON text, byte-for-byte the files in `Themes/`.
  public static let texts: [String: String] = [
    "dark": text(PackageResources.dark_json),
    "high-contrast": text(PackageResources.high_contrast_json),
    "light": text(PackageResources.light_json),
    "mono": text(PackageResources.mono_json),
  ]

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

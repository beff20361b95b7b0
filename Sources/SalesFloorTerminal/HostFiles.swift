import Foundation
import SalesFloorUI

/// Reading the user's files for the program (`readFile` effects, e.g. `:import ~/deals.csv`): the one
/// place that expands `~` and turns a failed read into words.
public enum HostFiles {
  /// `~` and `~/…` become the home folder (`HOME`); anything else is left as typed.
  public static func expandTilde(_ path: String, environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else {
      return path
    }
    return home + path.dropFirst()
  }

  /// The file's bytes, or a failure saying why (no such file, a folder, not readable).
  public static func read(_ path: String, environment: [String: String]) -> Result<Data, EffectFailure> {
    let expanded = expandTilde(path, environment: environment)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isFolder) else {
      return .failure(EffectFailure("no such file"))
    }
    if isFolder.boolValue { return .failure(EffectFailure("a folder, not a file")) }
    guard let data = FileManager.default.contents(atPath: expanded) else {
      return .failure(EffectFailure("not readable"))
    }
    return .success(data)
  }
}

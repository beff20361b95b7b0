import Foundation
import SalesFloorUI

/// Which editor a note opens in and how it is started: `$VISUAL`, else `$EDITOR`, else `vi`, run by
/// `/bin/sh` like git and crontab do, so a value with arguments (`code -w`, `vim -u NONE`) works.
/// `exec` makes the shell become the editor, so signalling the child signals the editor itself.
enum EditorCommand {
  /// The editor command line the environment asks for.
  static func editor(environment: [String: String]) -> String {
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
    }
    return "vi"
  }

  /// The argument vector that opens `path` in the editor.
  static func arguments(path: String, environment: [String: String]) -> [String] {
    ["/bin/sh", "-c", "exec \(editor(environment: environment)) \"$1\"", "sh", path]
  }

  /// The argument vector for a program's `runExternal` command (looked up in `PATH`).
  static func arguments(for command: ExternalCommand) -> [String] {
    ["/usr/bin/env", command.command] + command.arguments
  }
}

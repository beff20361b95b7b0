import Foundation

/// Asking before a change that touches many files or records: the user sees the list first and
/// answers on the terminal; a script (no terminal) must say `--yes`, so nothing changes unseen.
enum Confirmation {
  /// Returns when the change may go ahead; throws a usage error without a terminal and `--yes`, and
  /// a failure when the user answers anything but yes.
  static func ask(_ question: String, yes: Bool) throws {
    if yes { return }
    guard isatty(STDIN_FILENO) != 0 else {
      throw CLIError.usage(
        "\(question) Run it again with --yes to go ahead without asking; nothing was changed")
    }
    FileHandle.standardError.write(Data((TerminalText.human(question) + " [y/N] ").utf8))
    let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
    guard answer == "y" || answer == "yes" else { throw CLIError.failure("cancelled; nothing was changed") }
  }
}

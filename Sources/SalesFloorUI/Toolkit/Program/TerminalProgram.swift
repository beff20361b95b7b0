import Foundation

/// What the terminal can show, told to a program once before its first frame.
public struct TerminalCapabilities: Hashable, Sendable {
  /// `false` under a non-UTF-8 locale: draw with `Glyphs.ascii`.
  public var unicode: Bool
  public var colorDepth: ColorDepth

  public init(unicode: Bool, colorDepth: ColorDepth) {
    self.unicode = unicode
    self.colorDepth = colorDepth
  }

  /// The glyph set to draw with.
  public var glyphs: Glyphs { Glyphs.forTerminal(utf8: unicode) }
}

/// Something that happened to the program.
public enum InputEvent: Hashable, Sendable {
  /// Sent once, first: what the terminal supports.
  case start(TerminalCapabilities)
  case key(Key)
  case resize(Size)
  /// About once a second while no key arrives, for clocks and picking up other writers' journal lines.
  case tick
  /// A `runExternal` command finished (`id` as given, exit status or -1 if it could not start).
  case externalFinished(id: String, status: Int32)
  /// An `editText` came back: the edited text, or why it did not (editor missing, non-zero exit).
  case textEdited(id: String, result: Result<String, EffectFailure>)
  /// A `readFile` came back with the file's bytes, or why they could not be read.
  case fileRead(id: String, result: Result<Data, EffectFailure>)
  /// A background sync round finished (or could not run): its status and the open conflicts,
  /// posted by the launcher through a `ProgramMailbox`.
  case sync(SyncReport)
}

/// Why an effect could not be carried out, in words for the status line (the runner knows the
/// details: errno, exit status, path).
public struct EffectFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}

/// A program to run outside the UI with the terminal handed over (e.g. `$EDITOR notes.md`).
public struct ExternalCommand: Hashable, Sendable {
  /// Echoed back in `InputEvent.externalFinished` so the program knows what finished.
  public var id: String
  /// Program name (looked up in `PATH`) or path.
  public var command: String
  public var arguments: [String]

  public init(id: String, command: String, arguments: [String] = []) {
    self.id = id
    self.command = command
    self.arguments = arguments
  }
}

/// What a program asks the driver to do after handling an event.
public enum ProgramEffect: Hashable, Sendable {
  /// Leave the event loop (the driver restores the terminal and calls its exit callback).
  case quit
  /// Redraw everything from scratch (e.g. after the screen was garbled).
  case redraw
  /// Stop like Ctrl-Z: restore the terminal, stop the process, resume with a full redraw.
  case suspend
  /// Hand the terminal to a command, then send `.externalFinished`.
  case runExternal(ExternalCommand)
  /// Let the user edit `text` in their own editor (`$VISUAL`, `$EDITOR`, else `vi`), then send
  /// `.textEdited` with the same `id`. The runner owns the temp file, so the UI never touches disk.
  case editText(id: String, text: String)
  /// Read the file at `path` (the runner expands `~`), then send `.fileRead` with the same `id`.
  case readFile(id: String, path: String)
  /// Answer a sync conflict (the launcher runs it on its sync thread; the next `.sync` event
  /// brings the updated list). Nothing comes back as an event of its own.
  case resolveConflict(id: String, answer: ConflictReply)
}

/// The Elm-style contract between the UI and whatever runs it (the curses driver or the headless
/// terminal): events in, effects out, and a pure render of the current state.
public protocol TerminalProgram {
  /// Updates state for an event and says what the runner should do; the runner renders after every event.
  mutating func handle(_ event: InputEvent) -> [ProgramEffect]
  /// The whole frame for a screen of `size`.
  func render(size: Size) -> Grid
}

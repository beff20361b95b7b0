import CNCurses
import Foundation
import Glibc
import SalesFloorUI

/// The curses terminal as a `ProgramBackend` for `ProgramLoop`: keys, resizes, ticks and signals in;
/// frames out as the cells that changed; effects performed with the terminal handed over where they
/// need it (`$EDITOR`).
struct CursesBackend: ProgramBackend {
  let capabilities: TerminalCapabilities
  let resolved: ResolvedTheme
  let environment: [String: String]
  var pairs: ColorPairs
  var lastFrame: Grid?
  var initialSize: Size
  var lastTick = Date()
  /// Times in a row the terminal said "readable" but had no bytes: a dead terminal (EOF) does that.
  var emptyReads = 0
  /// Events posted by background work (sync) and the host effects handed to it; nil: none.
  var mailbox: ProgramMailbox?

  var presentsEveryFrame: Bool { true }

  init(theme: Theme, environment: [String: String], unicode: Bool) {
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(sf_stdscr(), true)
    _ = set_escdelay(25)
    // Never block in curses: the loop waits in poll(2), which also reports a terminal that is gone.
    timeout(0)
    _ = curs_set(0)
    var colors = 0
    if has_colors() {
      _ = start_color()
      _ = use_default_colors()
      colors = Int(sf_colors())
    }
    let depth = ColorDepth.detect(environment: environment, colors: colors)
    self.environment = environment
    capabilities = TerminalCapabilities(unicode: unicode, colorDepth: depth)
    resolved = theme.resolved(for: depth)
    pairs = ColorPairs(
      depth: depth, colors: colors, maxPairs: Int(sf_color_pairs()), canChangeColor: can_change_color())
    initialSize = Self.screenSize()
  }

  static func screenSize() -> Size { Size(width: Int(sf_cols()), height: Int(sf_lines())) }

  /// A key (or resize) if one is waiting, else waits up to 100 ms for the terminal; a tick about once
  /// a second. Ends the run on a terminating signal or when the terminal is gone (EOF, EIO, POLLHUP).
  mutating func nextInput() -> BackendInput {
    if let signal = Signals.takePending() {
      guard signal.number == SIGTSTP else { return .end(.signal(signal.number)) }
      suspend()
      return .event(.resize(Self.screenSize()))
    }
    if let posted = mailbox?.take() { return .event(posted) }
    var code: UInt32 = 0
    let kind = sf_get_wch(&code)
    if kind != ERR {
      emptyReads = 0
      let key = KeyDecoder.key(kind: kind, code: code)
      guard key == .resize else { return .event(.key(key)) }
      lastFrame = nil
      return .event(.resize(Self.screenSize()))
    }
    switch sf_wait_input(STDIN_FILENO, 100) {
    case -1:
      return .end(.signal(SIGHUP))
    case 1:
      // Readable with nothing to read, again and again: end of file. (Bytes curses could not
      // decode, such as a paste of invalid UTF-8, are something to read and do not count.)
      emptyReads = sf_pending_bytes(STDIN_FILENO) == 0 ? emptyReads + 1 : 0
      if emptyReads >= 50 { return .end(.signal(SIGHUP)) }
      return .idle
    default:
      break
    }
    guard Date().timeIntervalSince(lastTick) >= 1 else { return .idle }
    lastTick = Date()
    return .event(.tick)
  }

  mutating func perform(_ effect: ProgramEffect) -> EffectOutcome {
    switch effect {
    case .quit:
      return .done
    case .redraw:
      lastFrame = nil
      return .done
    case .suspend:
      suspend()
      return .done
    case .runExternal(let command):
      let ending = handOver(EditorCommand.arguments(for: command))
      if case .interrupted(let signal) = ending { return .end(.signal(signal)) }
      return .event(.externalFinished(id: command.id, status: ending.status))
    case .editText(let id, let text):
      return editText(id: id, text: text)
    case .readFile(let id, let path):
      return .event(.fileRead(id: id, result: HostFiles.read(path, environment: environment)))
    case .resolveConflict:
      mailbox?.forward(effect)
      return .done
    }
  }

  /// `$EDITOR` on a private temp file holding `text`; the file is gone afterwards on every path.
  private mutating func editText(id: String, text: String) -> EffectOutcome {
    switch NoteFile.edit(text, environment: environment, run: { handOver($0) }) {
    case .interrupted(let signal): return .end(.signal(signal))
    case .finished(let result): return .event(.textEdited(id: id, result: result))
    }
  }

  /// Gives the terminal to a child, then takes it back: input the terminal sent meanwhile (replies
  /// to the editor's queries, keys typed as it quit) is discarded, and the next frame is drawn whole.
  private mutating func handOver(_ arguments: [String]) -> ChildEnding {
    _ = endwin()
    let ending = ForegroundChild.run(arguments, environment: environment)
    // Replies to the editor's last queries may still be on their way: let them land, then drop them.
    usleep(50_000)
    _ = tcflush(STDIN_FILENO, TCIFLUSH)
    _ = refresh()
    _ = flushinp()
    lastFrame = nil
    return ending
  }

  /// Ctrl-Z: give the terminal back, stop, and redraw everything when continued.
  private mutating func suspend() {
    _ = endwin()
    Signals.stopSelf()
    _ = refresh()
    lastFrame = nil
  }

  /// Writes only the cells that changed since the last frame (everything after a resize or redraw).
  mutating func present(_ frame: Grid) {
    let previous: Grid
    if let lastFrame, lastFrame.size == frame.size {
      previous = lastFrame
    } else {
      _ = clearok(sf_stdscr(), true)
      _ = erase()
      previous = Grid(size: frame.size)
    }
    for run in frame.diff(from: previous) {
      var x = run.x
      for cell in run.cells {
        let style = resolved.style(for: cell)
        let attrs = attributes(style.attributes)
        let pair = pairs.pair(for: style)
        if cell.text.utf8.count == 1 {
          let codes = [UInt32(cell.text.utf8.first ?? 0x20)]
          _ = sf_mvadd_cell(Int32(run.y), Int32(x), codes, 1, attrs, pair)
        } else if capabilities.unicode {
          // Exactly the columns the grid gave the cluster, as curses counts them (no stale cell).
          for piece in CursesCellText.pieces(cell.text, width: cell.width) {
            _ = sf_mvadd_cell(
              Int32(run.y), Int32(x + piece.offset), piece.codes, Int32(piece.codes.count), attrs, pair)
          }
        } else {
          // A non-UTF-8 locale cannot show it: keep the columns with "?" rather than blanks.
          for column in 0..<cell.width {
            _ = sf_mvadd_cell(Int32(run.y), Int32(x + column), [63], 1, attrs, pair)
          }
        }
        x += cell.width
      }
    }
    _ = refresh()
    lastFrame = frame
  }

  private func attributes(_ attributes: TextAttributes) -> attr_t {
    var result = sf_a_normal()
    if attributes.contains(.bold) { result |= sf_a_bold() }
    if attributes.contains(.underline) { result |= sf_a_underline() }
    if attributes.contains(.reverse) { result |= sf_a_reverse() }
    if attributes.contains(.dim) { result |= sf_a_dim() }
    return result
  }
}

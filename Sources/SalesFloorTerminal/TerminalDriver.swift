import CNCurses
import Foundation
import SalesFloorUI

/// Why the event loop ended, and the process exit status that goes with it.
public enum TerminalExit: Hashable, Sendable {
  /// The program returned `.quit`.
  case quit
  /// A terminating signal (SIGINT, SIGTERM, SIGHUP) arrived.
  case signal(Int32)

  /// 0 for quit, 128 + signal otherwise (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
  public var exitCode: Int32 {
    switch self {
    case .quit: return 0
    case .signal(let number): return 128 + number
    }
  }
}

/// The only code that talks to the terminal: runs a `TerminalProgram` under ncurses, turning keys,
/// resizes and signals into events and writing only the cells that changed between frames.
public struct TerminalDriver: Sendable {
  public var theme: Theme
  public var environment: [String: String]

  /// `environment` decides colour (`NO_COLOR`, `COLORTERM`); pass the real process environment.
  public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.theme = theme
    self.environment = environment
  }

  /// Whether the locale (after `setlocale(LC_ALL, "")`) uses UTF-8; ASCII glyphs are used otherwise.
  public static func localeIsUTF8() -> Bool {
    _ = setlocale(LC_ALL, "")
    guard let codeset = sf_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// Takes over the terminal, runs `program` until it quits or a terminating signal arrives, restores
  /// the terminal, calls `onExit` (save state there) and returns why it ended; the caller exits with
  /// `exit.exitCode`. Crash signals restore the terminal and re-raise.
  public func run<Program: TerminalProgram>(
    _ program: inout Program, onExit: (TerminalExit) -> Void = { _ in }
  ) -> TerminalExit {
    let unicode = TerminalDriver.localeIsUTF8()
    Signals.install()
    _ = initscr()
    var session = Session(theme: theme, environment: environment, unicode: unicode)
    let reason = session.loop(&program)
    _ = endwin()
    Signals.uninstall()
    onExit(reason)
    return reason
  }
}

/// The state of one curses session: last frame drawn, colour pairs, screen size.
private struct Session {
  let capabilities: TerminalCapabilities
  let resolved: ResolvedTheme
  var pairs: ColorPairs
  var lastFrame: Grid?
  var size: Size
  /// A terminating signal that arrived while an external command ran, handled once it is back.
  var deferredSignal: Int32?

  init(theme: Theme, environment: [String: String], unicode: Bool) {
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(sf_stdscr(), true)
    _ = set_escdelay(25)
    timeout(100)
    _ = curs_set(0)
    var colors = 0
    if has_colors() {
      _ = start_color()
      _ = use_default_colors()
      colors = Int(sf_colors())
    }
    let depth = ColorDepth.detect(environment: environment, colors: colors)
    capabilities = TerminalCapabilities(unicode: unicode, colorDepth: depth)
    resolved = theme.resolved(for: depth)
    pairs = ColorPairs(
      depth: depth, colors: colors, maxPairs: Int(sf_color_pairs()), canChangeColor: can_change_color())
    size = Size(width: Int(sf_cols()), height: Int(sf_lines()))
  }

  mutating func loop<Program: TerminalProgram>(_ program: inout Program) -> TerminalExit {
    if apply(program.handle(.start(capabilities)), to: &program) { return .quit }
    if apply(program.handle(.resize(size)), to: &program) { return .quit }
    var lastTick = Date()
    var needsDraw = true
    while true {
      if let signal = deferredSignal ?? Signals.takePending() {
        deferredSignal = nil
        if signal != SIGTSTP { return .signal(signal) }
        suspend()
        needsDraw = true
      }
      if needsDraw || lastFrame == nil {
        draw(program.render(size: size))
        needsDraw = false
      }
      var code: UInt32 = 0
      let kind = sf_get_wch(&code)
      let event: InputEvent
      if kind == ERR {
        guard Date().timeIntervalSince(lastTick) >= 1 else { continue }
        lastTick = Date()
        event = .tick
      } else {
        let key = KeyDecoder.key(kind: kind, code: code)
        if key == .resize {
          size = Size(width: Int(sf_cols()), height: Int(sf_lines()))
          lastFrame = nil
          event = .resize(size)
        } else {
          event = .key(key)
        }
      }
      if apply(program.handle(event), to: &program) { return .quit }
      needsDraw = true
    }
  }

  /// Performs effects; returns `true` when the program asked to quit.
  private mutating func apply<Program: TerminalProgram>(
    _ effects: [ProgramEffect], to program: inout Program
  )
    -> Bool
  {
    var queue = effects
    while !queue.isEmpty {
      switch queue.removeFirst() {
      case .quit: return true
      case .redraw: lastFrame = nil
      case .suspend: suspend()
      case .runExternal(let command):
        let status = runExternal(command)
        queue += program.handle(.externalFinished(id: command.id, status: status))
      }
    }
    return false
  }

  /// Ctrl-Z: give the terminal back, stop, and redraw everything when continued.
  private mutating func suspend() {
    _ = endwin()
    Signals.stopSelf()
    _ = refresh()
    lastFrame = nil
  }

  /// Hands the terminal to a command (e.g. `$EDITOR`), then takes it back with a full redraw.
  private mutating func runExternal(_ command: ExternalCommand) -> Int32 {
    _ = endwin()
    var status: Int32 = -1
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [command.command] + command.arguments
    do {
      try process.run()
      process.waitUntilExit()
      status = process.terminationStatus
    } catch {
      status = -1
    }
    // Ctrl-C while the command ran was meant for the command; anything else is acted on afterwards.
    if let signal = Signals.takePending(), signal != SIGINT { deferredSignal = signal }
    _ = refresh()
    size = Size(width: Int(sf_cols()), height: Int(sf_lines()))
    lastFrame = nil
    return status
  }

  /// Writes only the cells that changed since the last frame (everything after a resize or redraw).
  private mutating func draw(_ frame: Grid) {
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
        if capabilities.unicode || cell.text.unicodeScalars.allSatisfy(\.isASCII) {
          let codes = cell.text.unicodeScalars.map(\.value)
          _ = sf_mvadd_cell(Int32(run.y), Int32(x), codes, Int32(codes.count), attrs, pair)
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

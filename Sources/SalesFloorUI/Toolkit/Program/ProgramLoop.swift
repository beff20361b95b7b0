/// What a backend has for the loop next.
public enum BackendInput: Hashable, Sendable {
  /// Something happened: deliver it to the program.
  case event(InputEvent)
  /// Nothing happened during the backend's wait; nothing to deliver or draw.
  case idle
  /// Input is over (the script ran out, the terminal went away, a terminating signal arrived).
  case end(LoopEnd)
}

/// What performing one effect led to.
public enum EffectOutcome: Hashable, Sendable {
  /// Done; nothing to tell the program.
  case done
  /// Done; tell the program this (e.g. `.textEdited` after `.editText`).
  case event(InputEvent)
  /// The run must end now (e.g. SIGTERM arrived while the editor had the terminal).
  case end(LoopEnd)
}

/// Why a run of the loop ended.
public enum LoopEnd: Hashable, Sendable {
  /// The program returned `.quit`.
  case quit
  /// A signal ended the run (a hang-up of the terminal counts as SIGHUP).
  case signal(Int32)
  /// The backend had no more input (a headless script ran out).
  case inputEnded
}

/// Where a program runs: the source of its events, the sink of its frames and the performer of
/// its effects. The curses driver, the headless terminal and the benchmarks each provide one, and
/// `ProgramLoop` is the single event loop over all of them, so they cannot drift apart.
public protocol ProgramBackend {
  /// What the terminal can show (sent once as `.start`).
  var capabilities: TerminalCapabilities { get }
  /// The screen size at start (sent as the first `.resize`).
  var initialSize: Size { get }
  /// `true` for a real screen (every frame is presented); `false` renders only the last frame.
  var presentsEveryFrame: Bool { get }
  /// Waits briefly for the next key, resize, tick or signal.
  mutating func nextInput() -> BackendInput
  /// Shows a frame.
  mutating func present(_ frame: Grid)
  /// Carries out one effect other than `.quit` (which the loop handles itself).
  mutating func perform(_ effect: ProgramEffect) -> EffectOutcome
}

/// The one event loop: deliver an event → the program handles it → its effects are performed in
/// order → the events they produce are delivered the same way → render.
public struct ProgramLoop<Program: TerminalProgram, Backend: ProgramBackend> {
  public var program: Program
  public var backend: Backend
  /// The size the program last heard of, used for rendering.
  public private(set) var size: Size
  /// Set once the run is over; nothing more is delivered after it.
  public private(set) var ended: LoopEnd?

  public init(program: Program, backend: Backend) {
    self.program = program
    self.backend = backend
    self.size = backend.initialSize
  }

  /// Sends `.start` and the initial `.resize`, as every runner must before the first frame.
  public mutating func start() {
    deliver(.start(backend.capabilities))
    deliver(.resize(size))
  }

  /// Runs until the program quits or the backend ends; the last frame is always presented.
  public mutating func run() -> LoopEnd {
    start()
    var needsFrame = true
    while ended == nil {
      if needsFrame && backend.presentsEveryFrame { presentFrame() }
      needsFrame = false
      switch backend.nextInput() {
      case .event(let event):
        deliver(event)
        needsFrame = true
      case .idle:
        break
      case .end(let end):
        ended = end
      }
    }
    if !backend.presentsEveryFrame { presentFrame() }
    return ended ?? .inputEnded
  }

  /// Delivers one event and everything it leads to; returns `false` once the run has ended.
  @discardableResult
  public mutating func deliver(_ event: InputEvent) -> Bool {
    var queue = [event]
    var next = 0
    while next < queue.count, ended == nil {
      let current = queue[next]
      next += 1
      if case .resize(let newSize) = current { size = newSize }
      for effect in program.handle(current) {
        if effect == .quit {
          ended = .quit
          return false
        }
        switch backend.perform(effect) {
        case .done: break
        case .event(let followUp): queue.append(followUp)
        case .end(let end):
          ended = end
          return false
        }
      }
    }
    return ended == nil
  }

  /// Renders the current state at the current size and hands it to the backend.
  public mutating func presentFrame() {
    backend.present(program.render(size: size))
  }
}

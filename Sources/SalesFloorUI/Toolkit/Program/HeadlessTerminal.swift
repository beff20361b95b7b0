import Foundation

/// The outcome of a headless run.
public struct HeadlessResult: Hashable, Sendable {
  /// The last frame rendered.
  public var grid: Grid
  /// Whether the program asked to quit (keys after that are not delivered).
  public var quit: Bool
  /// External commands the program asked for, in order (they are not run).
  public var externalCommands: [ExternalCommand]
  /// How many keys were delivered.
  public var keysDelivered: Int
  /// Every effect the program asked for except `.quit`, in order (what a real terminal would do).
  public var effects: [ProgramEffect] = []
}

/// Stands in for the user's editor in a headless run: given the text handed to `$EDITOR`, what
/// comes back (edited text, or a failure such as a non-zero exit).
public typealias ScriptedEditor = @Sendable (String) -> Result<String, EffectFailure>

/// Stands in for the disk in a headless run: given a path as typed, the file's bytes or why not.
public typealias FileSource = @Sendable (String) -> Result<Data, EffectFailure>

/// An in-memory terminal that runs a program against a size and a key list, for tests, benchmarks
/// and `salesfloor screen`: the same program code and the same event loop (`ProgramLoop`) as the
/// real cockpit, no curses, no disk unless a `files` source is given.
public struct HeadlessTerminal: Sendable {
  public var size: Size
  public var capabilities: TerminalCapabilities
  /// The status reported back for every `runExternal` (as if the command ran).
  public var externalStatus: Int32
  /// What `editText` returns; by default the editor saves the text unchanged.
  public var editor: ScriptedEditor
  /// Where `readFile` reads; by default no file exists.
  public var files: FileSource

  public init(
    size: Size, capabilities: TerminalCapabilities = TerminalCapabilities(unicode: true, colorDepth: .none),
    externalStatus: Int32 = 0, editor: @escaping ScriptedEditor = { .success($0) },
    files: @escaping FileSource = HeadlessTerminal.noFiles
  ) {
    self.size = size
    self.capabilities = capabilities
    self.externalStatus = externalStatus
    self.editor = editor
    self.files = files
  }

  /// A file source with no files: every read fails with "no such file".
  public static let noFiles: FileSource = { path in .failure(EffectFailure("no such file: \(path)")) }

  /// A file source over an in-memory map of path → contents (tests).
  public static func files(_ map: [String: Data]) -> FileSource {
    { path in map[path].map { .success($0) } ?? noFiles(path) }
  }

  /// Sends `.start`, `.resize(size)`, then each key (stopping at `.quit`) and renders the final frame.
  /// A `.resize` key resizes nothing here; use separate runs to test sizes.
  public func run<Program: TerminalProgram>(_ program: inout Program, keys: [Key]) -> HeadlessResult {
    var loop = ProgramLoop(program: program, backend: HeadlessBackend(terminal: self, keys: keys))
    let end = loop.run()
    program = loop.program
    let backend = loop.backend
    return HeadlessResult(
      grid: backend.lastFrame ?? program.render(size: size), quit: end == .quit,
      externalCommands: backend.effects.compactMap {
        if case .runExternal(let command) = $0 { return command }
        return nil
      },
      keysDelivered: backend.keysDelivered, effects: backend.effects)
  }

  /// Same as `run(_:keys:)` with keys in notation (`"j j <Enter>"`).
  public func run<Program: TerminalProgram>(
    _ program: inout Program, script: String
  ) throws(KeyNotationError) -> HeadlessResult {
    run(&program, keys: try KeyNotation.parse(script))
  }
}

/// The headless terminal as a `ProgramBackend`: keys from a list, frames kept in memory, effects
/// recorded and answered from the scripted editor and the file source.
public struct HeadlessBackend: ProgramBackend {
  public let terminal: HeadlessTerminal
  var keys: [Key]
  var nextKey = 0
  public private(set) var keysDelivered = 0
  public private(set) var effects: [ProgramEffect] = []
  public private(set) var lastFrame: Grid?

  public init(terminal: HeadlessTerminal, keys: [Key]) {
    self.terminal = terminal
    self.keys = keys
  }

  public var capabilities: TerminalCapabilities { terminal.capabilities }
  public var initialSize: Size { terminal.size }
  public var presentsEveryFrame: Bool { false }

  public mutating func nextInput() -> BackendInput {
    guard nextKey < keys.count else { return .end(.inputEnded) }
    nextKey += 1
    keysDelivered += 1
    return .event(.key(keys[nextKey - 1]))
  }

  public mutating func present(_ frame: Grid) { lastFrame = frame }

  public mutating func perform(_ effect: ProgramEffect) -> EffectOutcome {
    effects.append(effect)
    switch effect {
    case .quit, .redraw, .suspend, .resolveConflict: return .done
    case .runExternal(let command):
      return .event(.externalFinished(id: command.id, status: terminal.externalStatus))
    case .editText(let id, let text):
      return .event(.textEdited(id: id, result: terminal.editor(text)))
    case .readFile(let id, let path):
      return .event(.fileRead(id: id, result: terminal.files(path)))
    }
  }
}

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
}

/// An in-memory terminal that runs a program against a size and a key list, for tests, benchmarks
/// and `salesfloor screen`: the same program code as the real cockpit, no curses.
public struct HeadlessTerminal: Sendable {
  public var size: Size
  public var capabilities: TerminalCapabilities
  /// The status reported back for every `runExternal` (as if the command ran).
  public var externalStatus: Int32

  public init(
    size: Size, capabilities: TerminalCapabilities = TerminalCapabilities(unicode: true, colorDepth: .none),
    externalStatus: Int32 = 0
  ) {
    self.size = size
    self.capabilities = capabilities
    self.externalStatus = externalStatus
  }

  /// Sends `.start`, `.resize(size)`, then each key (stopping at `.quit`) and renders the final frame.
  /// A `.resize` key resizes nothing here; use separate runs to test sizes.
  public func run<Program: TerminalProgram>(_ program: inout Program, keys: [Key]) -> HeadlessResult {
    var commands: [ExternalCommand] = []
    var quit = false
    var delivered = 0
    func deliver(_ event: InputEvent) {
      var queue = [event]
      while !queue.isEmpty, !quit {
        for effect in program.handle(queue.removeFirst()) {
          switch effect {
          case .quit: quit = true
          case .redraw, .suspend: break
          case .runExternal(let command):
            commands.append(command)
            queue.append(.externalFinished(id: command.id, status: externalStatus))
          }
        }
      }
    }
    deliver(.start(capabilities))
    deliver(.resize(size))
    for key in keys where !quit {
      deliver(.key(key))
      delivered += 1
    }
    return HeadlessResult(
      grid: program.render(size: size), quit: quit, externalCommands: commands, keysDelivered: delivered)
  }

  /// Same as `run(_:keys:)` with keys in notation (`"j j <Enter>"`).
  public func run<Program: TerminalProgram>(
    _ program: inout Program, script: String
  ) throws(KeyNotationError) -> HeadlessResult {
    run(&program, keys: try KeyNotation.parse(script))
  }
}

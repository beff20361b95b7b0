import Testing

@testable import SalesFloorUI

/// A tiny program: `j` counts, `e` asks for an editor, `q` quits.
private struct Counter: TerminalProgram {
  var count = 0
  var started = false
  var finished: [String] = []
  var size = Size(width: 0, height: 0)

  mutating func handle(_ event: InputEvent) -> [ProgramEffect] {
    switch event {
    case .start: started = true
    case .resize(let newSize): size = newSize
    case .key(.char("j")): count += 1
    case .key(.char("e")):
      return [.runExternal(ExternalCommand(id: "note", command: "vi", arguments: ["x.md"]))]
    case .key(.char("q")): return [.quit]
    case .externalFinished(let id, let status): finished.append("\(id):\(status)")
    default: break
    }
    return []
  }

  func render(size: Size) -> Grid {
    var grid = Grid(size: size)
    grid.write("count \(count) \(started ? "started" : "")", at: Point(x: 0, y: 0))
    return grid
  }
}

@Suite("Toolkit headless terminal")
struct ToolkitHeadlessTests {
  @Test("runs a script, stops at quit, reports external commands")
  func script() throws {
    var program = Counter()
    let result = try HeadlessTerminal(size: Size(width: 20, height: 2)).run(&program, script: "j j e j q j")
    #expect(result.quit)
    #expect(result.keysDelivered == 5)  // the j after q is not delivered
    #expect(result.grid.plainText() == ["count 3 started", ""])
    #expect(result.externalCommands.map(\.command) == ["vi"])
    #expect(program.finished == ["note:0"])
    #expect(program.size == Size(width: 20, height: 2))
  }
}

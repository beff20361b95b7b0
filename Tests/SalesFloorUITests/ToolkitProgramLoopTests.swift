import Foundation
import Testing

@testable import SalesFloorUI

/// A program that logs what it hears and asks for two effects on `x`.
private struct Recorder: TerminalProgram {
  var log: [String] = []

  mutating func handle(_ event: InputEvent) -> [ProgramEffect] {
    switch event {
    case .key(.char("x")):
      log.append("x")
      return [.editText(id: "a", text: "old"), .readFile(id: "b", path: "f.txt"), .redraw]
    case .key(.char("q")):
      log.append("q")
      return [.quit, .readFile(id: "never", path: "f.txt")]
    case .key(let key): log.append("key \(key)")
    case .textEdited(let id, let result): log.append("edited \(id) \((try? result.get()) ?? "-")")
    case .fileRead(let id, let result):
      log.append("read \(id) \((try? result.get()).map { String(decoding: $0, as: UTF8.self) } ?? "-")")
    case .start: log.append("start")
    case .resize(let size): log.append("resize \(size.width)x\(size.height)")
    default: break
    }
    return []
  }

  func render(size: Size) -> Grid { Grid(size: size) }
}

@Suite("Toolkit program loop")
struct ToolkitProgramLoopTests {
  @Test("effects run in order, their events come back before the next key, nothing after quit")
  func order() throws {
    var program = Recorder()
    let terminal = HeadlessTerminal(
      size: Size(width: 10, height: 2), editor: { .success("\($0) → new") },
      files: HeadlessTerminal.files(["f.txt": Data("hello".utf8)]))
    let result = try terminal.run(&program, script: "x j q j")
    #expect(
      program.log == [
        "start", "resize 10x2", "x", "edited a old → new", "read b hello", "key \(Key.char("j"))", "q",
      ])
    #expect(result.quit)
    #expect(result.keysDelivered == 3)
    #expect(
      result.effects == [.editText(id: "a", text: "old"), .readFile(id: "b", path: "f.txt"), .redraw])
  }

  @Test("a backend that ends the run mid-effects stops delivery (a signal during the editor)")
  func backendEnds() {
    struct Ending: ProgramBackend {
      var capabilities: TerminalCapabilities { TerminalCapabilities(unicode: true, colorDepth: .none) }
      var initialSize: Size { Size(width: 4, height: 1) }
      var presentsEveryFrame: Bool { true }
      var keys: [Key] = [.char("x"), .char("j")]
      var frames = 0
      mutating func nextInput() -> BackendInput {
        keys.isEmpty ? .end(.inputEnded) : .event(.key(keys.removeFirst()))
      }
      mutating func present(_ frame: Grid) { frames += 1 }
      mutating func perform(_ effect: ProgramEffect) -> EffectOutcome {
        if case .editText = effect { return .end(.signal(15)) }
        return .done
      }
    }
    var loop = ProgramLoop(program: Recorder(), backend: Ending())
    #expect(loop.run() == .signal(15))
    #expect(loop.program.log == ["start", "resize 4x1", "x"])
    #expect(loop.backend.frames == 1, "only the first frame: the run ended before the next")
  }
}

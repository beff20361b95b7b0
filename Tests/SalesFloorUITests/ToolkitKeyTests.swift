import Testing

@testable import SalesFloorUI

@Suite("Toolkit keys and keymap")
struct ToolkitKeyTests {
  @Test("notation parses the documented example")
  func parseExample() throws {
    let keys = try KeyNotation.parse("2 j j z ? <Esc> q")
    #expect(keys == [.char("2"), .char("j"), .char("j"), .char("z"), .char("?"), .esc, .char("q")])
  }

  @Test("named keys, ctrl, function keys, words and brackets")
  func parseNames() throws {
    #expect(
      try KeyNotation.parse("<Enter> <Tab> <S-Tab> <BS> <Del> <Up> <Down> <Left> <Right>")
        == [.enter, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right])
    #expect(
      try KeyNotation.parse("<Home> <End> <PgUp> <PgDn> <F1> <F12>") == [
        .home, .end, .pageUp, .pageDown, .function(1), .function(12),
      ])
    #expect(
      try KeyNotation.parse("<C-r> <c-R> <Space> <lt> <gt> <") == [
        .ctrl("r"), .ctrl("r"), .char(" "), .char("<"), .char(">"), .char("<"),
      ])
    #expect(try KeyNotation.parse("hi<Enter>") == [.char("h"), .char("i"), .enter])
  }

  @Test("every key round-trips through its notation")
  func roundTrip() throws {
    let keys: [Key] = [
      .char("a"), .char(" "), .char("<"), .char(">"), .char("é"), .ctrl("w"), .enter, .esc, .tab, .backTab,
      .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .function(5), .resize,
    ]
    let text = KeyNotation.format(keys)
    #expect(try KeyNotation.parse(text) == keys)
    #expect(KeyNotation.format([.char(" "), .ctrl("r")]) == "<Space> <C-r>")
  }

  @Test("bad notation names the token")
  func errors() {
    #expect(throws: KeyNotationError.self) { try KeyNotation.parse("j <Esq>") }
    #expect(throws: KeyNotationError.self) { try KeyNotation.parse("<F13>") }
    #expect(throws: KeyNotationError.self) { try KeyNotation.parse("<Esc") }
    #expect(throws: KeyNotationError.self) { try KeyNotation.parseKey("ab") }
    do {
      _ = try KeyNotation.parse("<Esq>")
    } catch {
      #expect(error.token == "<Esq>")
      #expect(error.description.hasPrefix("invalid key \"<Esq>\""))
    }
  }

  @Test("control codes map to keys")
  func controlCodes() {
    #expect(Key.fromCharacterCode(18) == .ctrl("r"))
    #expect(Key.fromCharacterCode(13) == .enter)
    #expect(Key.fromCharacterCode(127) == .backspace)
    #expect(Key.fromCharacterCode(27) == .esc)
    #expect(Key.fromCharacterCode(0x61) == .char("a"))
    #expect(Key.fromCharacterCode(0x9B) == .unknown)
  }

  static func sampleKeymap() -> Keymap {
    var map = Keymap()
    map.bind([.char("q")], to: "quit", in: "global", description: "Quit SalesFloor", hint: "quit")
    map.bind([.char("?")], to: "help", in: "global", description: "Show help", hint: "help")
    map.bind([.char("j"), .down], to: "down", in: "global", description: "Move down")
    map.bind([.char("d")], to: "deal.delete", in: "pipeline", description: "Delete deal", hint: "delete")
    map.bind([.char("a")], to: "deal.add", in: "pipeline", description: "Add deal", hint: "add")
    map.declare(KeyAction(id: "deal.export", description: "Export deals"), in: "pipeline")
    map.bind([.char("q")], to: "close", in: "pipeline", description: "Close pane", hint: "close")
    map.titles["pipeline"] = "Pipeline"
    return map
  }

  @Test("lookup searches contexts most specific first")
  func lookup() {
    let map = Self.sampleKeymap()
    #expect(map.action(for: .char("q"), in: ["pipeline", "global"]) == "close")
    #expect(map.action(for: .char("q"), in: ["global"]) == "quit")
    #expect(map.action(for: .down, in: ["pipeline", "global"]) == "down")
    #expect(map.action(for: .char("z"), in: ["pipeline", "global"]) == nil)
  }

  @Test("overrides rebind, unbind and report errors without dropping good entries")
  func overrides() {
    let (map, errors) = Self.sampleKeymap().applying(overrides: [
      "pipeline": [
        "x": "deal.delete", "<C-e>": "deal.export", "d": "none", "<Bad>": "deal.add", "y": "deal.fly",
      ],
      "nowhere": ["k": "up"],
    ])
    #expect(map.action(for: .char("x"), in: ["pipeline"]) == "deal.delete")
    #expect(map.action(for: .ctrl("e"), in: ["pipeline"]) == "deal.export")
    #expect(map.action(for: .char("d"), in: ["pipeline", "global"]) == nil)
    #expect(errors.count == 3)
    let text = errors.map(\.description).joined(separator: "\n")
    #expect(text.contains("[nowhere] \"k\": unknown context"))
    #expect(text.contains("[pipeline] \"<Bad>\": invalid key"))
    #expect(text.contains("[pipeline] \"y\": unknown action \"deal.fly\""))
  }

  @Test("footer hints fit the width; shadowed keys appear once")
  func hints() {
    let map = Self.sampleKeymap()
    let all = map.footerHints(contexts: ["pipeline", "global"], width: 80)
    // pipeline: d delete, a add, q close; global q is shadowed; ? help.
    #expect(all.map { "\($0.key) \($0.label)" } == ["d delete", "a add", "q close", "? help"])
    // "d delete" (8) + 2 + "a add" (5) = 15; adding "q close" needs 2 + 7 → 24 > 20.
    #expect(map.footerHints(contexts: ["pipeline", "global"], width: 20).count == 2)
  }

  @Test("help lines list every key of each action under context headings")
  func help() {
    let lines = Self.sampleKeymap().helpLines(contexts: ["pipeline", "global"])
    #expect(
      lines == [
        .heading("Pipeline"), .binding(keys: "d", description: "Delete deal"),
        .binding(keys: "a", description: "Add deal"), .binding(keys: "q", description: "Close pane"),
        .heading("global"), .binding(keys: "q", description: "Quit SalesFloor"),
        .binding(keys: "?", description: "Show help"), .binding(keys: "j Down", description: "Move down"),
      ])
  }
}

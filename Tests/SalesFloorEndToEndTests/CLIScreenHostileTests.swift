import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import SalesFloorUI
import Testing

/// `salesfloor screen` (the real binary) over a workspace whose every name and note is hostile:
/// every pane, report view, detail, form and the palette print no raw control byte, no line wider
/// than the screen, and every bordered line exactly the screen's width (so columns line up).
@Suite struct CLIScreenHostileTests {
  private func hostileWorkspace(_ box: Sandbox) throws {
    let today = try #require(Day(iso: Sandbox.today))
    var ws = DemoGenerator(seed: 3, today: today, people: 8, deals: 40, activities: 40).makeWorkspace()
    HostileText.apply(to: &ws)
    _ = try WorkspaceStore.create(at: box.data, workspace: ws)
  }

  @Test func everyScreenPrintsCleanRowsOfTheScreenWidth() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try hostileWorkspace(box)
    let borders: Set<Character> = ["│", "┃", "┐", "┓", "┘", "┛"]
    var hostileShown = false
    for (width, height) in [(120, 40), (80, 24)] {
      for keys in [
        "", "1 z", "2 z", "3 z", "4 z", "5", "6", "7", "8", "9", "0", "<Enter>", "3 <Enter>", "4 <Enter>",
        "a", ":", "/ Zwj",
      ] {
        let r = try box.run([
          "screen", "--size", "\(width)x\(height)", "--keys", keys, "--data", box.data.path,
        ])
        let label = "screen \(width)x\(height) \(keys)"
        #expect(r.status == 0, "\(label): \(r.stderr)")
        let raw = r.stdout.unicodeScalars.filter { $0 != "\n" && Sanitize.needsReplacement($0) }
        #expect(raw.isEmpty, "\(label): raw \(raw.prefix(5).map { String($0.value, radix: 16) })")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == height, "\(label): \(lines.count) lines")
        for (y, line) in lines.enumerated() {
          let w = DisplayWidth.of(String(line))
          #expect(w <= width, "\(label) row \(y): \(w) columns")
          if let last = line.last, borders.contains(last) {
            #expect(w == width, "\(label) row \(y): border at column \(w), not \(width)")
          }
        }
        if r.stdout.contains("␛[") && r.stdout.contains("👩‍👩‍👧‍👦") { hostileShown = true }
      }
    }
    #expect(hostileShown, "the hostile names reached the screens")
  }
}

import Foundation
import SalesFloorKit
import SalesFloorUI
import Testing

/// `salesfloor screen` (the real binary) over a workspace whose every name and note is hostile:
/// every pane, report view, detail, form and the palette print no raw control byte, no line wider
/// than the screen, and every bordered line exactly the screen's width (so columns line up).
@Suite struct CLIScreenHostileTests {
  static let corpus: [String] = [
    "Esc \u{1B}[2J\u{1B}[31mred", "Osc \u{1B}]0;x\u{07}t", "Csi \u{1B}[1;1H home", "C1 \u{85}\u{9B}31m\u{9F}",
    "Bidi \u{202E}0001$ \u{2066}i\u{2069}", "Marks \u{200E}l\u{200F}r\u{061C}a", "Zero\u{200B}w\u{FEFF}",
    "Zwj 👩‍👩‍👧‍👦 🏳️‍🌈 🇫🇷 ❤\u{FE0F}", "Ten a" + String(repeating: "\u{301}", count: 10), "Tab\tcr\rnl\n",
  ]
  static let huge = String(repeating: "W株", count: 34_000)

  private func hostileWorkspace(_ box: Sandbox) throws {
    let today = try #require(Day(iso: Sandbox.today))
    var ws = DemoGenerator(seed: 3, today: today, people: 8, deals: 40, activities: 40).makeWorkspace()
    func name(_ i: Int) -> String { Self.corpus[i % Self.corpus.count] + " #\(i)" }
    for (i, p) in ws.people.items.enumerated() {
      var q = p
      q.name = name(i)
      ws.people.upsert(q)
    }
    for (i, a) in ws.accounts.items.enumerated() {
      var b = a
      b.name = name(i + 3)
      ws.accounts.upsert(b)
    }
    for (i, d) in ws.deals.items.enumerated() {
      var e = d
      e.name = i == 0 ? Self.huge : name(i + 5)
      e.nextStep = name(i + 1)
      e.notes = name(i + 2)
      ws.deals.upsert(e)
    }
    for (i, p) in ws.playbooks.items.enumerated() {
      var q = p
      q.name = name(i + 4)
      q.summary = name(i + 6)
      ws.playbooks.upsert(q)
    }
    for (i, c) in ws.coaching.items.enumerated() {
      var d = c
      d.title = name(i + 8)
      d.reason = name(i + 9)
      ws.coaching.upsert(d)
    }
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

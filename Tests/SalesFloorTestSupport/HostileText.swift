import SalesFloorKit

/// The hostile-string corpus every "nothing raw reaches a terminal" test uses (CLI under a pty,
/// `salesfloor screen`, the headless cockpit): one list, so every surface is held to the same text.
public enum HostileText {
  /// ESC/OSC/CSI sequences, C1 controls, bidi overrides, isolates and marks, zero-width characters,
  /// ZWJ emoji and flags, stacked combining marks, line and paragraph separators, C0 controls.
  public static let corpus: [String] = [
    "Esc \u{1B}[2J\u{1B}[31mred\u{1B}[0m",
    "Osc \u{1B}]0;x\u{07}title \u{1B}]8;;http://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ bel\u{07}",
    "Csi \u{1B}[1;1H\u{1B}[?1049h home",
    "C1 \u{80}\u{85}\u{9B}31m\u{9D}\u{9F}", "Bidi \u{202A}\u{202B}\u{202C}\u{202D}\u{202E}0001$",
    "Iso \u{2066}\u{2067}\u{2068}x\u{2069}", "Marks \u{200E}lrm\u{200F}rlm\u{061C}alm 1\u{200F}00",
    "Zero\u{200B}width\u{2060}joiner\u{FEFF}\u{200C}", "Zwj 👩‍👩‍👧‍👦 🏳️‍🌈 👩‍💻 🇫🇷 ❤\u{FE0F}",
    "Marks a" + String(repeating: "\u{301}", count: 10) + " z" + String(repeating: "\u{336}", count: 10),
    "Breaks\u{2028}ls\u{2029}ps cr\rnl\ntab\tdel\u{7F}",
  ]

  /// About 100 KB of wide text ending in an escape sequence.
  public static let huge = String(repeating: "Wide株", count: 17_000) + "\u{1B}[0m"

  /// The `i`-th hostile name (the corpus in turn, numbered so names stay unique).
  public static func name(_ i: Int) -> String { corpus[i % corpus.count] + " #\(i)" }

  /// `ws` with every person, account, deal (name, next step, notes), activity, play (name, summary,
  /// steps) and coaching item (title, reason) named from the corpus; the first deal carries `huge`
  /// as its name and notes.
  public static func apply(to ws: inout Workspace) {
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
      e.name = i == 0 ? huge : name(i + 5)
      e.nextStep = name(i + 1)
      e.notes = i == 0 ? huge : name(i + 2)
      ws.deals.upsert(e)
    }
    for (i, a) in ws.activities.items.enumerated() {
      var b = a
      b.subject = name(i + 7)
      ws.activities.upsert(b)
    }
    for (i, p) in ws.playbooks.items.enumerated() {
      var q = p
      q.name = name(i + 4)
      q.summary = name(i + 6)
      q.steps = q.steps.indices.map { name(i + $0) }
      ws.playbooks.upsert(q)
    }
    for (i, c) in ws.coaching.items.enumerated() {
      var d = c
      d.title = name(i + 8)
      d.reason = name(i + 9)
      ws.coaching.upsert(d)
    }
  }
}

import Foundation
import SalesFloorKit
import SalesFloorUI

/// Target 2: keystroke → frame on the pipeline pane (handle + render + `Grid.diff`), and
/// filter-as-you-type over every deal.
enum KeystrokeBench {
  /// Keys whose frames are measured; each scenario starts from a fresh cockpit state.
  struct Scenario {
    var name: String
    /// Keys pressed first, untimed (e.g. switch to the table view).
    var setup: String
    /// Keys pressed in a loop, each timed.
    var keys: [String]
    var target: Double
    /// Run as the rep with the most open deals instead of ops (call mode works one rep's deals).
    var asBusiestRep = false
  }

  static let scenarios: [Scenario] = [
    Scenario(name: "move selection (board)", setup: "", keys: ["j", "j", "j", "k"], target: 5),
    Scenario(name: "move selection (table)", setup: "v", keys: ["j", "j", "j", "k"], target: 5),
    Scenario(name: "page down (table)", setup: "v", keys: ["<PgDn>"], target: 5),
    Scenario(name: "switch pane (Tab)", setup: "", keys: ["<Tab>"], target: 5),
    Scenario(name: "board column (l/h)", setup: "", keys: ["l", "l", "h", "h"], target: 5),
    Scenario(name: "change sort over all deals (s)", setup: "v", keys: ["s"], target: 5),
    Scenario(name: "reverse sort (S)", setup: "v s", keys: ["S"], target: 5),
    Scenario(name: "period switch ([ / ])", setup: "", keys: ["]", "["], target: 5),
    // Each `[` goes to a period not shown before: its attainment is tallied from every deal.
    Scenario(name: "period switch, unvisited period ([ [ [)", setup: "", keys: ["["], target: 5),
    // Data entry: opening a form (and Esc closing it) is a keystroke too.
    Scenario(name: "open / close the add-deal form (a, Esc)", setup: "", keys: ["a", "<Esc>"], target: 5),
    Scenario(name: "open / close the activity form (+, Esc)", setup: "", keys: ["+", "<Esc>"], target: 5),
    // Call mode (issue #17): `c` takes the rep's queue and builds the first card; `j`/`k` build one card.
    Scenario(name: "open call mode (c)", setup: "", keys: ["c"], target: 5, asBusiestRep: true),
    Scenario(name: "next card (j)", setup: "c", keys: ["j", "k"], target: 5, asBusiestRep: true),
    // Handoffs (#18): rows come from `CockpitData.handoffQueue`, only the visible ones laid out.
    Scenario(name: "open handoffs view (H)", setup: "", keys: ["H", "<Esc>"], target: 5),
    Scenario(name: "move in handoffs view (j)", setup: "H", keys: ["j", "j", "j", "k"], target: 5),
    // The Activity view reads the goal bars CockpitData keeps patched: opening it scans nothing.
    Scenario(name: "open / close the Activity view (V, Esc)", setup: "", keys: ["V", "<Esc>"], target: 5),
    // The team feed: entries come from CockpitData (patched by change sets), never a rescan.
    Scenario(name: "open feed view (F)", setup: "", keys: ["F", "<Esc>"], target: 5),
    Scenario(name: "move in the feed view (j/k)", setup: "F", keys: ["j", "j", "k"], target: 5),
    // CRM hygiene: scores from the patched book; the past weeks' trend is computed on the first
    // open after a full refresh (the warm-up) and reused.
    Scenario(name: "open hygiene view (Y)", setup: "", keys: ["Y", "<Esc>"], target: 5),
    Scenario(name: "next rep in the hygiene view (j/k)", setup: "Y", keys: ["j", "k"], target: 5),
    // Products: opening runs the Kit's `report products` once (one pass, deals without lines
    // skipped); moving reads the rows built then and rescans nothing.
    Scenario(name: "open products view (I)", setup: "", keys: ["I", "<Esc>"], target: 20),
    Scenario(name: "move in the products view (j/k)", setup: "I", keys: ["j", "j", "k"], target: 5),
  ]

  static func run(_ fixture: Fixture, iterations: Int, only: String? = nil) throws -> [BenchResult] {
    let store = try WorkspaceStore(opening: fixture.folder, readOnly: true)
    let program = Fixture.program(store)
    var results: [BenchResult] = []
    for sc in scenarios where only.map({ sc.name.contains($0) }) ?? true {
      var driver = Driver(
        sc.asBusiestRep ? Fixture.program(store, viewer: Fixture.busiestRep(store.workspace)) : program)
      _ = try driver.press(script: sc.setup)
      let keys = try sc.keys.map { try KeyNotation.parseKey($0) }
      // Warm up caches the way a user's first keystrokes would, then measure.
      for k in keys { _ = driver.press(k) }
      var samples: [Double] = []
      samples.reserveCapacity(iterations)
      var i = 0
      while samples.count < iterations {
        samples.append(driver.press(keys[i % keys.count]))
        i += 1
      }
      results.append(
        .latency("keys", sc.name, Samples(samples), target: sc.target, note: "\(fixture.deals) deals"))
    }
    return results
  }
}

/// Filter-as-you-type: `/` then one character at a time, each keystroke re-filters every open deal.
enum FilterBench {
  /// Words people type: an account name fragment, an owner, a stage, and something matching nothing.
  static func words(_ ws: Workspace) -> [String] {
    var out: [String] = []
    if let a = ws.accounts.items.first { out.append(String(a.name.lowercased().prefix(6))) }
    if let p = ws.people.items.dropFirst(5).first { out.append(String(p.name.lowercased().prefix(5))) }
    out.append("propos")
    out.append("zzqx")
    return out.map { $0.replacingOccurrences(of: " ", with: "") }.filter { !$0.isEmpty }
  }

  static func run(_ fixture: Fixture, iterations: Int) throws -> [BenchResult] {
    let store = try WorkspaceStore(opening: fixture.folder, readOnly: true)
    let program = Fixture.program(store)
    let list = words(store.workspace)
    var results: [BenchResult] = []
    for (mode, setup) in [("board", ""), ("table", "v")] {
      var driver = Driver(program)
      _ = try driver.press(script: setup)
      var samples: [Double] = []
      var w = 0
      while samples.count < iterations {
        let word = list[w % list.count]
        w += 1
        _ = driver.press(.char("/"))
        for c in word { samples.append(driver.press(.char(c))) }
        for _ in word { samples.append(driver.press(.backspace)) }
        _ = driver.press(.esc)
      }
      results.append(
        .latency(
          "filter", "filter as you type (\(mode))", Samples(samples), target: 16,
          note: "\(fixture.deals) deals; typing and deleting: " + list.joined(separator: ", ")))
    }
    return results
  }
}

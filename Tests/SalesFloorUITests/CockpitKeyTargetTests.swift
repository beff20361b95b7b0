import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

extension CockpitRun {
  /// The style role of the first cell of `needle` on screen (nil when it is not shown).
  func role(of needle: String) -> StyleRole? {
    for (y, line) in lines.enumerated() {
      guard let x = line.displayColumn(of: needle) else { continue }
      return grid[x, y].role
    }
    return nil
  }
}

/// Keys act only on what the screen shows (issue #16): a report view hides the Pipeline, so deal
/// keys there say why they do nothing instead of acting on the hidden selection.
@Suite("Cockpit keys act on what is on screen")
struct CockpitKeyTargetTests {
  @Test("w in the Forecast view closes nothing and says why in the status line")
  func wInReportView() throws {
    let run = try CockpitRun("5 w")
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("w: no deal selected in this view"))
    #expect(run.state.overlay.isNone)
    GoldenScreen.check("forecast-view-w-disabled-120x40", run.lines)
  }

  @Test("e, n, A, d, < and > in every report view open nothing and write nothing")
  func dealKeysInViews() throws {
    for view in ["5", "6", "7", "8", "9", "0"] {
      // In view 9 `d` dismisses the signal under the cursor (a form, on screen): not a deal key.
      for key in ["e", "n", "A", "d", "L", "<lt>", "<gt>", "<Space>"] where !(view == "9" && key == "d") {
        let run = try CockpitRun("\(view) \(key)")
        #expect(run.store.committed.isEmpty, "\(view) \(key) wrote")
        #expect(run.state.overlay.isNone, "\(view) \(key) opened an overlay")
      }
    }
    #expect(try CockpitRun("5 e").footer.contains("e: no record selected in this view"))
  }

  @Test("deal keys with another pane focused say the deal is not on screen")
  func otherPane() throws {
    let run = try CockpitRun("3 w")
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("w: no deal selected in this pane: 1 focuses the Pipeline"))
  }

  @Test("? in a report view greys the deal keys and gives the reason")
  func helpGreysDisabled() throws {
    let run = try CockpitRun("5 ?")
    let text = "close the selected deal won (asks first) (off here: no deal selected in this view)"
    #expect(run.screen.contains(text))
    #expect(run.role(of: text) == .muted)
    // Keys that do work here are listed as usual.
    #expect(run.role(of: "scroll down (Comp: next person)") == .overlay)
    GoldenScreen.check("forecast-view-help-120x40", run.lines)
  }

  @Test("on the Pipeline the deal keys are listed without a reason")
  func helpOnPipeline() throws {
    let run = try CockpitRun("?")
    #expect(run.screen.contains("close the selected deal won (asks first)"))
    #expect(!run.screen.contains("close the selected deal won (asks first) (off here"))
  }

  @Test("every bound action's target resolver answers in every view without crashing")
  func resolversTotal() throws {
    for script in ["", "2", "3", "4", "<Enter>", "5", "9", "0", "X"] {
      let run = try CockpitRun(script)
      for context in CockpitKeymap.contexts(for: run.state) {
        for b in run.state.keymap.bindings(in: context) {
          _ = CockpitBindings.target(b.action, in: run.state)
        }
      }
    }
  }
}

/// The Methods view's columns are laid out by display width: a gap between every two columns.
@Suite("Methods view columns")
struct MethodsColumnsTests {
  @Test("each row's cohorts are separated by at least two spaces")
  func gaps() throws {
    let run = try CockpitRun("0")
    let rows = run.lines.filter { $0.contains("n=") }
    #expect(!rows.isEmpty)
    for row in rows {
      // "… n=7 56% (…" ran together before: the text after each "n=N" starts two or more columns on.
      let parts = row.components(separatedBy: "n=").dropFirst().dropLast()
      for part in parts {
        let afterCount = part.drop { $0.isNumber }
        #expect(afterCount.hasPrefix("  "), "columns run together in: \(row)")
      }
    }
    GoldenScreen.check("methods-view-120x40", run.lines)
  }
}

import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Whole-screen behaviour: sizes, first run, scope, ASCII, hostile and wide text.
@Suite("Cockpit screens")
struct CockpitScreenTests {
  let ws = CockpitFixture.demo

  @Test("below 80×24 the screen says it is too small", arguments: [(79, 24), (80, 23), (40, 10)])
  func tooSmall(width: Int, height: Int) throws {
    let run = try CockpitRun(size: Size(width: width, height: height))
    #expect(run.screen.contains("terminal too small: need 80×24"))
    #expect(!run.screen.contains("Pipeline"))
  }

  @Test("80×24 is enough for the four panes")
  func minimum() throws {
    let run = try CockpitRun(size: Size(width: 80, height: 24))
    #expect(!run.screen.contains("too small"))
    for title in ["1 Pipeline", "2 Quota", "3 Coaching", "4 Playbooks"] {
      #expect(run.screen.contains(title))
    }
  }

  @Test("an empty workspace (even with the starter plays) opens on the welcome screen")
  func welcome() throws {
    var starter = Workspace()
    StarterLibrary.install(into: &starter)
    for w in [Workspace(), starter] {
      let run = try CockpitRun(workspace: w)
      #expect(run.screen.contains("Welcome to SalesFloor"))
      #expect(run.screen.contains("salesfloor demo --data DIR"))
      #expect(run.screen.contains("Add a deal"))
      #expect(run.screen.contains("Import a CSV"))
    }
  }

  @Test("without --as: the first manager's team, and the top bar says it is the default view")
  func managerDefault() throws {
    let run = try CockpitRun()
    let manager = try #require(run.state.viewer.person)
    #expect(manager.role == .manager)
    #expect(run.topBar.contains("\(manager.name) (manager"))
    #expect(run.topBar.contains("default view: first manager"))
    let team = Scope.personAndReports(manager.id).ownerIds(in: ws)
    let open = Reports.pipeline(ws, scope: .personAndReports(manager.id), asOf: CockpitFixture.today)
    #expect(run.pane(.pipeline).contains("1 Pipeline · \(open.totals.openCount) open"))
    #expect(team.count > 2)
    #expect(run.pane(.coaching).contains("(team)"))
    #expect(run.pane(.quota).contains("Team "))
    // At 80 columns the note still shows, shortened, next to the person.
    let narrow = try CockpitRun(size: Size(width: 80, height: 24))
    #expect(narrow.topBar.contains("\(manager.name) (manager"))
    #expect(narrow.topBar.contains("default view"))
  }

  @Test("--as a rep: My Day and only their own deals and coaching")
  func repScope() throws {
    let grace = CockpitFixture.person("Grace Osei")
    let run = try CockpitRun("v z", as: "Grace Osei")
    #expect(run.topBar.contains("Grace Osei (rep"))
    #expect(!run.topBar.contains("default view"))
    let mine = ws.deals.items.filter { $0.ownerId == grace.id && StageLookup(ws.settings).isOpen($0) }
    let lines = run.text(in: try #require(run.rect(.pipeline)))
    #expect(lines[0].contains("\(mine.count) open"))
    let rows = run.tableRows(.pipeline)
    #expect(rows.count == mine.count)
    #expect(rows.allSatisfy { $0.contains("Grace Osei") })
    let home = try CockpitRun(as: "Grace Osei")
    let myDay = home.pane(.quota)
    #expect(myDay.contains("2 My Day · 2026-11-27"))
    #expect(myDay.contains("Next steps due ("))
    #expect(myDay.contains("Closing this period ("))
    let coaching = home.pane(.coaching)
    let myItems = ws.coaching.items.filter { $0.personId == grace.id && $0.isActive }
    #expect(coaching.contains("\(myItems.count) open (mine)"))
  }

  @Test(
    "ASCII terminals get no non-ASCII character anywhere",
    arguments: ["", "v z", "?", "2 z", "<Enter>", ":", "4 z"])
  func ascii(script: String) throws {
    for name in [nil, "Grace Osei"] {
      let run = try CockpitRun(script, as: name, unicode: false)
      let bad = run.lines.enumerated().filter { !$0.element.allSatisfy(\.isASCII) }
      #expect(bad.isEmpty, "non-ASCII on rows \(bad.map(\.offset)): \(bad.first?.element ?? "")")
    }
    let board = try CockpitRun(unicode: false)
    #expect(board.text(in: try #require(board.rect(.pipeline)))[3].dropFirst().hasPrefix("> "))
  }

  /// The demo with its first board deal renamed, and the account of another given a CJK name.
  func hostile() throws -> (Workspace, Deal) {
    var w = ws
    let first = try #require(CockpitRun(workspace: w).state.data.openDeals.first)
    var evil = first
    evil.name = "Evil\u{1B}[31mCorp"
    w.deals.upsert(evil)
    return (w, evil)
  }

  @Test("control characters in a deal name never reach the grid")
  func controlCharacters() throws {
    let (w, evil) = try hostile()
    for script in ["v z", "v z <Enter>", "/ evil <Enter>"] {
      let run = try CockpitRun(script, workspace: w)
      let cells = (0..<run.size.height).flatMap { y in (0..<run.size.width).map { run.grid[$0, y].text } }
      #expect(
        !cells.contains { $0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }
      )
      #expect(run.screen.contains("Evil␛[31m"), "shown with a visible stand-in: \(script)")
    }
    let table = try CockpitRun("v z", workspace: w)
    let row = try #require(table.lines.first { $0.contains("Evil␛") })
    let header = try #require(table.lines.first { $0.contains("Account") })
    // The stand-in counts one column: the Account column still starts where its header does.
    let accountColumn = try #require(header.displayColumn(of: "Account"))
    let account = w.accounts[id: evil.accountId ?? ""]?.name ?? "—"
    #expect(row.displaySlice(from: accountColumn, width: 5) == String(account.prefix(5)))
  }

  @Test("a CJK account name keeps the table columns aligned")
  func wideCharacters() throws {
    var w = ws
    let deals = try CockpitRun(workspace: w).state.data.openDeals
    let target = try #require(deals.first?.accountId)
    var account = try #require(w.accounts[id: target])
    account.name = "東京精密工業株式会社"
    w.accounts.upsert(account)
    let run = try CockpitRun("v z", workspace: w)
    let lines = run.text(in: try #require(run.rect(.pipeline)))
    let stageColumn = try #require(lines[1].displayColumn(of: "Stage"))
    let rows = run.tableRows(.pipeline)
    #expect(rows.count > 20)
    #expect(rows.contains { $0.contains("東京") })
    let names = StageLookup(w.settings).openStages.map(\.name)
    for row in rows {
      let cell = row.displaySlice(from: stageColumn, width: 7)
      #expect(names.contains { $0.hasPrefix(cell) || cell.hasPrefix($0) }, "Stage column in: \(row)")
      #expect(row.displaySlice(from: stageColumn - 1, width: 1) == " ", "a space before Stage in: \(row)")
    }
  }
}

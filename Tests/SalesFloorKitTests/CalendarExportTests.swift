import Foundation
import Testing

@testable import SalesFloorKit

/// The iCalendar export must be valid RFC 5545 that calendar apps re-import without duplicates.
@Suite struct CalendarExportTests {
  static let t0 = Timestamp(day: Day(year: 2026, month: 11, day: 2) ?? Day(ordinal: 0), hour: 9)
  static let longStep =
    "Send the revised proposal, pricing; legal redlines \\ and the Zürich rollout plan 🚀 to the buyer\n"
    + "then book the exec call with their CFO — Ω≈ç√∫ and more text to force folding"

  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people.upsert(Person(id: "p-mgr", name: "Maya Manager", role: .manager))
    ws.people.upsert(Person(id: "p-rep", name: "Ravi Rep", role: .rep, managerId: "p-mgr"))
    ws.accounts.upsert(Account(id: "a-1", name: "Acme, Inc."))
    let dec15 = Day(year: 2026, month: 12, day: 15)
    ws.deals.upsert(
      Deal(
        id: "d-1", name: "Acme renewal", accountId: "a-1", ownerId: "p-rep", amount: 1_240_000,
        currency: "USD",
        stage: "proposal", closeDate: dec15, createdAt: t0, nextStep: longStep,
        nextStepDate: Day(year: 2026, month: 11, day: 5)))
    // No next step date, and a closed deal: neither appears.
    ws.deals.upsert(
      Deal(
        id: "d-2", name: "Undated", accountId: nil, ownerId: "p-rep", amount: 1, currency: "USD",
        stage: "qualify", closeDate: dec15, createdAt: t0, nextStep: "Call"))
    ws.deals.upsert(
      Deal(
        id: "d-3", name: "Won", accountId: nil, ownerId: "p-rep", amount: 1, currency: "USD", stage: "won",
        closeDate: dec15, createdAt: t0, nextStep: "Kickoff", nextStepDate: dec15))
    ws.activities.upsert(
      Activity(
        id: "act-1", kind: .demo, subject: "Demo, part 2", ownerId: "p-rep", dealId: "d-1",
        dueDate: Day(year: 2026, month: 11, day: 6), createdAt: t0))
    ws.activities.upsert(
      Activity(
        id: "act-2", kind: .call, subject: "Done already", ownerId: "p-rep",
        dueDate: Day(year: 2026, month: 11, day: 1), doneAt: t0, createdAt: t0))
    ws.coaching.upsert(
      CoachingItem(
        id: "c-1", personId: "p-rep", coachId: "p-mgr", title: "Multi-thread Acme", reason: "Single contact",
        dueDate: Day(year: 2026, month: 11, day: 9), createdAt: t0))
    return ws
  }

  /// Unfolds content lines (RFC 5545 §3.1) after checking the raw structure.
  static func unfold(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test func repCalendarStructure() throws {
    let ws = Self.workspace()
    let events = CalendarFeed.events(for: "p-rep", in: ws)
    // d-1 next step, act-1 (act-2 is done), c-1 (the rep's own coaching item).
    #expect(
      events.map(\.uid) == [
        "d-1-nextstep@salesfloor", "act-1-activity@salesfloor", "c-1-coaching@salesfloor",
      ])
    let text = ICalendar.render(events, stamp: Self.t0)
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    // Every line ends in CRLF: no bare LF or CR anywhere.
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    let raw = text.components(separatedBy: "\r\n").dropLast()
    for line in raw { #expect(line.utf8.count <= 75, "\(line)") }
    #expect(raw.contains { $0.hasPrefix(" ") })  // the long next step was folded
    let lines = Self.unfold(text)
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.contains("VERSION:2.0"))
    #expect(lines.contains { $0.hasPrefix("PRODID:") })
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
    #expect(lines.filter { $0 == "END:VEVENT" }.count == 3)
    #expect(lines.filter { $0 == "DTSTAMP:20261102T090000Z" }.count == 3)
    #expect(lines.contains("DTSTART;VALUE=DATE:20261105"))
    #expect(lines.contains("DTEND;VALUE=DATE:20261106"))
    let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:Send") })
    #expect(
      summary
        == "SUMMARY:Send the revised proposal\\, pricing\\; legal redlines \\\\ and the Zürich rollout plan 🚀 "
        + "to the buyer\\nthen book the exec call with their CFO — Ω≈ç√∫ and more text to force folding — "
        + "Acme renewal (Acme\\, Inc.)")
    #expect(lines.contains("SUMMARY:Demo: Demo\\, part 2"))
  }

  @Test func foldingNeverSplitsACharacter() {
    let line = "SUMMARY:" + String(repeating: "é", count: 100)  // 2 octets each
    let folded = ICalendar.fold(line)
    for part in folded.components(separatedBy: "\r\n").dropLast() {
      #expect(part.utf8.count <= 75)
      #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
    }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
  }

  @Test func managerSeesTeamCoachingAndUIDsAreStable() {
    let ws = Self.workspace()
    let manager = CalendarFeed.events(for: "p-mgr", in: ws)
    #expect(manager.map(\.uid) == ["c-1-coaching@salesfloor"])
    #expect(manager.first?.summary == "Coaching with Ravi Rep: Multi-thread Acme")
    let a = ICalendar.render(CalendarFeed.events(for: "p-rep", in: ws), stamp: Self.t0)
    let b = ICalendar.render(
      CalendarFeed.events(for: "p-rep", in: ws), stamp: Self.t0.adding(seconds: 86_400))
    let uids = { (t: String) in Self.unfold(t).filter { $0.hasPrefix("UID:") } }
    #expect(uids(a) == uids(b))
    #expect(uids(a).count == 3)
    #expect(a != b)  // only DTSTAMP moved
  }
}

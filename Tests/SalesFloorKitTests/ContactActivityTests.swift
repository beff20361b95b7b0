import Foundation
import Testing

@testable import SalesFloorKit

/// Activities logged against a contact, and each contact's last touch.
@Suite("Contact activities")
struct ContactActivityTests {
  typealias F = CommandFixture

  @Test("a call on the Acme deal with Dana names her; the account defaults to hers without a deal")
  func logWithContact() throws {
    let ws = ContactTests.workspace
    var log = LogActivity(kind: .call, subject: "Pricing", dealId: "d-1")
    log.contactId = "c-dana"
    let edit = try log.edit(in: F.context(ws))
    guard case .put(.activity(let a)) = edit.mutations.first else {
      Issue.record("\(edit.mutations)")
      return
    }
    #expect(a.contactId == "c-dana")
    #expect(a.dealId == "d-1")
    var noDeal = LogActivity(kind: .email, subject: "Intro")
    noDeal.contactId = "c-eli"
    guard case .put(.activity(let b)) = try noDeal.edit(in: F.context(ws)).mutations.first else {
      Issue.record("no activity")
      return
    }
    #expect(b.accountId == "a-acme")
  }

  @Test("a contact from another account on the deal is refused, naming both accounts")
  func otherAccountRefused() throws {
    var ws = ContactTests.workspace
    ws.contacts.upsert(Contact(id: "c-ivo", accountId: "a-glob", name: "Ivo Marsh", createdAt: F.now))
    var log = LogActivity(kind: .call, subject: "Pricing", dealId: "d-1")
    log.contactId = "c-ivo"
    #expect(
      F.error(log, F.context(ws))?.description
        == "contact: Ivo Marsh works at Globex, not at the deal's account Acme Corp")
    var unknown = LogActivity(kind: .call, subject: "Pricing")
    unknown.contactId = "c-nobody"
    #expect(F.error(unknown, F.context(ws)) != nil)
  }

  @Test("editing an activity sets or clears its contact")
  func updateContact() throws {
    let ws = ContactTests.workspace
    var u = UpdateActivity(activityId: "act-1")
    u.contactId = .some("c-eli")
    let after = F.applying(try u.edit(in: F.context(ws)), to: ws)
    #expect(after.activities[id: "act-1"]?.contactId == "c-eli")
    var clear = UpdateActivity(activityId: "act-1")
    clear.contactId = .some(nil)
    #expect(
      F.applying(try clear.edit(in: F.context(after)), to: after).activities[id: "act-1"]?.contactId == nil)
  }

  @Test("last touch: the latest done activity on or before asOf; scheduled ones do not count")
  func lastTouch() throws {
    var ws = ContactTests.workspace
    func add(_ id: String, _ kind: Activity.Kind, done day: Int?, due: Int? = nil) {
      var a = Activity(id: id, kind: kind, subject: id, ownerId: "p-bo", createdAt: F.now)
      a.contactId = "c-dana"
      a.doneAt = day.flatMap { Day(year: 2026, month: 11, day: $0) }.map { Timestamp(day: $0, hour: 9) }
      a.dueDate = due.flatMap { Day(year: 2026, month: 11, day: $0) }
      ws.activities.upsert(a)
    }
    ws.activities = RecordTable([])
    add("act-a", .email, done: 10)
    add("act-b", .meeting, done: 18)
    add("act-c", .call, done: nil, due: 19)  // scheduled, not a touch
    let asOf = try #require(Day(year: 2026, month: 11, day: 20))
    let touches = ws.lastTouches(of: ["c-dana", "c-eli"], asOf: asOf)
    #expect(touches["c-dana"]?.activity.id == "act-b")
    #expect(touches["c-dana"]?.daysAgo == 2)  // 2026-11-20 − 2026-11-18
    #expect(touches["c-dana"]?.text == "last touch meeting 2026-11-18 (2 days ago)")
    #expect(touches["c-eli"] == nil)
    // Seen from 2026-11-15 the meeting has not happened yet: the email (5 days before) is the touch.
    let earlier = try #require(Day(year: 2026, month: 11, day: 15))
    #expect(
      ws.lastTouches(of: ["c-dana"], asOf: earlier)["c-dana"]?.text
        == "last touch email 2026-11-10 (5 days ago)")
    #expect(ContactTouch.describe(nil) == "never touched")
  }
}

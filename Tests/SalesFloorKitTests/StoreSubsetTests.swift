import Foundation
import Testing

@testable import SalesFloorKit

/// A store opened with only the collections a report needs gives the same report as a full open.
@Suite struct StoreSubsetTests {
  @Test func subsetOpenGivesIdenticalPipelineAndAttainment() throws {
    let folder = StoreFixtures.tempFolder()
    defer { StoreFixtures.cleanUp(folder) }
    let demo = DemoFixture.workspace
    let writer = try WorkspaceStore.create(at: folder, workspace: demo)
    // Journal lines the subset must replay (a deal moved, a quota raised) and skip (an activity).
    var deal = try #require(demo.deals.items.first { StageLookup(demo.settings).isOpen($0) })
    deal.amount += 777_00
    var quota = try #require(demo.quotas.items.first)
    quota.amount += 1_000_00
    try writer.commit(
      StoreFixtures.tx(
        "tx-a", [.put(.deal(deal)), .put(.quota(quota)), .put(.activity(StoreFixtures.activity))]))

    let full = try WorkspaceStore(opening: folder, readOnly: true).workspace
    let store = try WorkspaceStore(opening: folder, collections: Reports.attainmentCollections)
    let part = store.workspace
    // Only the asked-for collections were read, and the partial store refuses edits.
    #expect(part.activities.isEmpty && !full.activities.isEmpty)
    #expect(part.accounts.isEmpty && !full.accounts.isEmpty)
    #expect(part.deals[id: deal.id]?.amount == deal.amount)
    #expect(store.isReadOnly)
    let asOf = DemoFixture.today
    let period = Period.containing(asOf, kind: .quarter, fiscalStartMonth: full.settings.fiscalYearStartMonth)
    #expect(
      Reports.pipeline(part, scope: .everyone, asOf: asOf)
        == Reports.pipeline(full, scope: .everyone, asOf: asOf))
    #expect(
      Reports.pipeline(part, scope: .everyone, asOf: asOf, period: period)
        == Reports.pipeline(full, scope: .everyone, asOf: asOf, period: period))
    #expect(
      Reports.attainment(part, period: period, scope: .everyone, asOf: asOf)
        == Reports.attainment(full, period: period, scope: .everyone, asOf: asOf))
  }
}

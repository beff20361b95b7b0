import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The commands' validation reaches the cockpit as it reaches the CLI: a duplicate person name, a
/// currency that is no ISO 4217 code and an empty name are refused with the same words, and a form
/// saved unchanged writes nothing.
@Suite("Cockpit: validation")
struct CockpitValidationTests {
  @Test("the person form refuses a name another person has, in any case; nothing saved")
  func duplicatePersonName() throws {
    let grace = CockpitFixture.person("Grace Osei")
    let run = try CockpitRun("P \(typed("grace OSEI")) <Enter>", as: "Grace Osei")
    #expect(run.store.committed.isEmpty)
    #expect(run.screen.contains("Grace Osei (\(grace.id)) already has this name"), "\(run.screen)")
  }

  @Test(":deal with a currency that is no ISO 4217 code is refused naming the field; nothing saved")
  func paletteUnknownCurrency() throws {
    let run = try CockpitRun(": \(typed("deal Initech pilot XYZ8k eom")) <Enter>", as: "Grace Osei")
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("amount currency: \"XYZ\" is not an ISO 4217 currency code"), "\(run.footer)")
  }

  @Test("the deal form saved unchanged writes nothing; emptied, its name is refused")
  func formNoOpAndEmptyName() throws {
    let unchanged = try CockpitRun("e <Enter>")
    #expect(unchanged.store.committed.isEmpty)
    #expect(openForm(unchanged) == nil)
    let emptied = try CockpitRun("e <C-u> <Enter>")
    #expect(emptied.store.committed.isEmpty)
    #expect(openForm(emptied) != nil)
  }
}

import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// `:contact …` parsed (docs/commands.md): flags split the name from its fields.
@Suite("Palette grammar: contact")
struct ContactPaletteTests {
  let today = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)
  var ws: Workspace {
    var w = Workspace()
    _ = w.accounts.upsert(Account(id: "a1", name: "Acme Corp"))
    _ = w.contacts.upsert(
      Contact(id: "c1", accountId: "a1", name: "Eli Park", createdAt: Timestamp(day: today, hour: 9)))
    return w
  }

  func parse(_ s: String) -> Result<PaletteCommand, InputError> {
    PaletteGrammar.parse(s, workspace: ws, today: today)
  }

  @Test("contact NAME with flags: multi-word values, the account by name, the role by label or alias")
  func add() {
    #expect(PaletteGrammar.isCommand(":contact Dana"))
    #expect(
      parse(":contact Dana Ruiz --account acme corp --title VP of Ops --role eb --phone +1 555 0100")
        == .success(
          .contact(
            .add(
              name: "Dana Ruiz", accountId: "a1", title: "VP of Ops", email: nil, phone: "+1 555 0100",
              role: .economicBuyer))))
    #expect(
      parse("contact Dana")
        == .success(
          .contact(.add(name: "Dana", accountId: nil, title: nil, email: nil, phone: nil, role: nil))))
  }

  @Test("link and edit; unknown flags, roles and contacts say why")
  func linkEditErrors() {
    #expect(
      parse("contact link Eli --role decision maker")
        == .success(.contact(.link(contact: "Eli", role: .decisionMaker))))
    #expect(parse("contact edit eli park") == .success(.contact(.edit(contactId: "c1"))))
    guard case .failure(let role) = parse("contact link Eli --role boss") else {
      Issue.record("a bad role parsed")
      return
    }
    #expect(role.message.contains("\"boss\" is not a buying role"))
    guard case .failure(let flag) = parse("contact Dana --mood happy") else {
      Issue.record("an unknown flag parsed")
      return
    }
    #expect(flag.message.contains("--mood is not an option here"))
    guard case .failure(let nobody) = parse("contact edit Zed") else {
      Issue.record("an unknown contact parsed")
      return
    }
    #expect(nobody.field == "contact")
    guard case .failure(let noName) = parse("contact --account Acme Corp") else {
      Issue.record("no name parsed")
      return
    }
    #expect(noName.field == "name")
  }
}

import SalesFloorKit
import Testing

/// One way to find a person, account or deal from what a user typed.
@Suite("Name resolver")
struct NameResolverTests {
  let ws = CommandFixture.workspace

  func person(_ text: String) -> Result<String, CommandError> {
    Result { () throws(CommandError) in try NameResolver.person(text, in: ws).id }
  }

  @Test("id, exact name in any case, unique prefix, unique word prefix")
  func finds() throws {
    #expect(try person("p-bo").get() == "p-bo")
    #expect(try person("bo seller").get() == "p-bo")
    #expect(try person("Ana").get() == "p-ana")
    #expect(try person("manager").get() == "p-ana")
    #expect(try NameResolver.account(" globex ", in: ws).id == "a-glob")
    #expect(try NameResolver.deal("acme", in: ws).id == "d-1")
  }

  @Test("several matches list the candidates; none says where to look")
  func refuses() {
    guard case .failure(let several) = person("seller") else {
      Issue.record("\"seller\" should be ambiguous")
      return
    }
    #expect(
      several.description
        == "\"seller\" matches several: Bo Seller (p-bo), Bea Seller (p-bea); be more specific")
    guard case .failure(let none) = person("Zed") else {
      Issue.record("\"Zed\" should match nobody")
      return
    }
    #expect(none.description == "no person matches \"Zed\": see `salesfloor person list`")
    guard case .failure(let empty) = person("  ") else {
      Issue.record("an empty name should match nobody")
      return
    }
    #expect(empty.isUsage)
  }
}

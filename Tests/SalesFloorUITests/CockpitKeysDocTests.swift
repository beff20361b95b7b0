import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// docs/keys.md's keymap override example is real: parsed from the file and loaded with the
/// launcher's override loader, it applies without one error.
@Suite("docs/keys.md")
struct CockpitKeysDocTests {
  static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../docs/keys.md").standardized

  /// The first ```json block after the "## Keymap overrides" heading.
  static func overrideExample() throws -> String {
    let text = try String(contentsOf: doc, encoding: .utf8)
    let section = try #require(text.range(of: "## Keymap overrides"))
    let rest = text[section.upperBound...]
    let open = try #require(rest.range(of: "```json\n"))
    let close = try #require(rest[open.upperBound...].range(of: "```"))
    return String(rest[open.upperBound..<close.lowerBound])
  }

  @Test("the override example loads with no errors and does what the text says")
  func exampleWorks() throws {
    let json = try Self.overrideExample()
    let (config, error) = CockpitConfig.parse(Data(json.utf8), source: "docs/keys.md")
    #expect(error == nil)
    let overrides = try #require(config.keys)
    let (keymap, errors) = CockpitLauncher.keymap(overrides: overrides)
    #expect(errors.isEmpty, "\(errors)")
    // Every entry took effect: its key now runs its action (or is unbound for "none").
    for (context, entries) in overrides {
      for (notation, action) in entries {
        let key = try KeyNotation.parseKey(notation)
        let bound = keymap.bindings(in: context).first { $0.key == key }?.action
        #expect(bound == (action == Keymap.unbindAction ? nil : action), "[\(context)] \(notation)")
      }
    }
  }

  @Test("docs/keys.md names every action id of the cockpit's contexts")
  func everyActionDocumented() throws {
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    for a in CockpitKeymap.Action.allCases {
      #expect(text.contains("`\(a.rawValue)`"), "docs/keys.md lists `\(a.rawValue)`")
    }
  }
}

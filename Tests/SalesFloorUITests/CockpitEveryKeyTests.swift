import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Walks every view and presses every bound key (issue #16): no key writes data without a
/// confirmation step unless its binding rule says it is instant and undoable, and those really
/// are undone by `u`.
@Suite("Cockpit every key")
struct CockpitEveryKeyTests {
  /// Where the walk stands before each key: Home with each pane focused, a deal card, each report
  /// view, the Conflicts view; as a manager and as a rep.
  static let places = [
    "", "2", "3", "4", "<Enter>", "3 <Enter>", "4 <Enter>", "5", "6", "7", "8", "9", "0", "X",
  ]

  @Test(
    "no key writes without a confirmation unless it is instant and undoable",
    arguments: ["Elena Tanaka", "Grace Osei"])
  func everyKey(viewer: String) throws {
    var checked = 0
    for place in Self.places {
      var run = try CockpitRun(place, as: viewer)
      let contexts = CockpitKeymap.contexts(for: run.state)
      var seen: Set<Key> = []
      for context in contexts {
        for binding in run.state.keymap.bindings(in: context) where seen.insert(binding.key).inserted {
          // Only the binding the key reaches from here (a more specific context shadows others).
          guard run.state.keymap.action(for: binding.key, in: contexts) == binding.action else { continue }
          let before = run.store.committed.count
          let ws = run.store.workspace
          var program = run.program
          let effects = program.handle(.key(binding.key))
          let wrote = run.store.committed.count > before
          let safety = CockpitBindings.safety(binding.action)
          let label = "\(viewer) at [\(place)] \(KeyNotation.label(binding.key)) → \(binding.action)"
          checked += 1
          if effects.contains(where: { if case .resolveConflict = $0 { return true } else { return false } })
          {
            #expect(safety == .answersShownQuestion, "\(label) answered a conflict")
          }
          guard wrote else {
            if safety == .asksFirst,
              CockpitBindings.target(binding.action, in: run.state).disabledReason == nil
            {
              // A key that asks first shows its question (a form or a confirmation) or says why not.
              switch program.state.overlay {
              case .form, .confirm: break
              default: #expect(program.state.status != nil, "\(label) neither asked nor explained")
              }
            }
            continue
          }
          #expect(safety == .instantUndoable, "\(label) wrote without asking first")
          // Instant keys are undoable: `u` brings the records back as they were.
          _ = program.handle(.key(.char("u")))
          if binding.action != CockpitKeymap.Action.undo.rawValue
            && binding.action != CockpitKeymap.Action.redo.rawValue
          {
            #expect(run.store.workspace.deals.items == ws.deals.items, "\(label): u did not restore")
          }
          run = try CockpitRun(place, as: viewer)
        }
      }
    }
    #expect(checked > 100)
  }

  @Test("the instant keys are exactly the stage moves, a tick, accepting a signal, undo and redo")
  func instantKeysAreDocumented() throws {
    let instant = CockpitBindings.rules.filter { $0.value.safety == .instantUndoable }.map(\.key).sorted()
    #expect(instant == ["redo", "signals.accept", "stageBack", "stageForward", "toggleCheck", "undo"])
  }
}

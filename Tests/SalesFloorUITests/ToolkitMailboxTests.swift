import Foundation
import Testing

@testable import SalesFloorUI

@Suite("Toolkit program mailbox")
struct ToolkitMailboxTests {
  @Test("events posted from another thread come out once each, in order; effects reach the handler")
  func postAndTake() {
    final class Seen: @unchecked Sendable {
      let lock = NSLock()
      var effects: [ProgramEffect] = []
    }
    let seen = Seen()
    let mailbox = ProgramMailbox { effect in
      seen.lock.lock()
      seen.effects.append(effect)
      seen.lock.unlock()
    }
    let posted = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      mailbox.post(.tick)
      mailbox.post(.key(.char("x")))
      posted.signal()
    }
    posted.wait()
    #expect(mailbox.take() == .tick)
    #expect(mailbox.take() == .key(.char("x")))
    #expect(mailbox.take() == nil)
    mailbox.forward(.resolveConflict(id: "x-1", answer: .keepMine))
    #expect(seen.effects == [.resolveConflict(id: "x-1", answer: .keepMine)])
  }
}

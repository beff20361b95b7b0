import Foundation
import SalesFloorKit
import SalesFloorSync
import SalesFloorUI

/// The cockpit's background team sync: one `SyncEngine` on the cockpit's own store, rounds on a
/// thread of their own every `interval` seconds and about a second after an own edit, each
/// round's status and conflicts posted to the program as a `.sync` event.
///
/// Why a thread and not the loop: a round runs git (a push and a fetch over the network); the
/// keyboard must never wait for it. The applied change set reaches the cockpit through
/// `store.changes()` like any other writer's (`commitInBackground`), so the worker never touches
/// the program's state. Errors become the top bar's status, never a dialog.
final class CockpitSyncWorker: @unchecked Sendable {
  let store: WorkspaceStore
  let interval: TimeInterval
  private let condition = NSCondition()
  /// When the next round is due (the first one at once).
  private var due = Date.distantPast
  private var answers: [(id: String, reply: ConflictReply)] = []
  private var stopping = false
  private var mailbox: ProgramMailbox?
  private let finished = DispatchSemaphore(value: 0)

  /// The default seconds between rounds, and the environment variable that overrides it (tests).
  static let defaultInterval: TimeInterval = 10
  static let intervalVariable = "SALESFLOOR_SYNC_INTERVAL"

  init(store: WorkspaceStore, interval: TimeInterval) {
    self.store = store
    self.interval = interval
  }

  /// Seconds between rounds from the environment, or the default with a message when the value
  /// is not a positive number.
  static func interval(environment: [String: String]) -> (TimeInterval, String?) {
    guard let raw = environment[intervalVariable] else { return (defaultInterval, nil) }
    guard let seconds = TimeInterval(raw.trimmingCharacters(in: .whitespaces)), seconds > 0, seconds.isFinite
    else {
      return (
        defaultInterval,
        "\(intervalVariable)=\"\(raw)\" is not a number of seconds; syncing every \(Int(defaultInterval)) s"
      )
    }
    return (max(0.2, seconds), nil)
  }

  /// Starts the worker thread; reports go to `mailbox`.
  func start(posting mailbox: ProgramMailbox) {
    condition.lock()
    self.mailbox = mailbox
    condition.unlock()
    let thread = Thread { [self] in
      run()
      finished.signal()
    }
    thread.name = "salesfloor-sync"
    thread.start()
  }

  /// An own edit was committed: sync it about a second from now (edits in a burst share a round).
  func editMade() {
    condition.lock()
    due = min(due, Date().addingTimeInterval(1))
    condition.signal()
    condition.unlock()
  }

  /// The host side of the program's sync effects (called on the loop's thread; returns at once).
  func perform(_ effect: ProgramEffect) {
    guard case .resolveConflict(let id, let reply) = effect else { return }
    condition.lock()
    answers.append((id, reply))
    condition.signal()
    condition.unlock()
  }

  /// Asks the worker to stop and waits up to `seconds` for a running round to end; false when it
  /// is still running (it is abandoned: a round is crash-safe, and the process is exiting).
  func stop(within seconds: TimeInterval) -> Bool {
    condition.lock()
    stopping = true
    condition.signal()
    condition.unlock()
    return finished.wait(timeout: .now() + seconds) == .success
  }

  private func post(_ report: SyncReport) {
    condition.lock()
    let mailbox = self.mailbox
    condition.unlock()
    mailbox?.post(.sync(report))
  }

  private func run() {
    let engine: SyncEngine
    do {
      engine = try SyncEngine(store: store)
    } catch {
      let file = try? SyncEngine.readDeviceFile(store.folder.path)
      post(
        SyncReport(
          status: SyncEngine.readStatus(store.folder.path), conflicts: [], device: file?.device ?? "",
          person: file?.person, problem: error.message))
      return
    }
    while let todo = nextWork() {
      var problems: [String] = []
      for answer in todo {
        do {
          try engine.resolve(answer.id, Self.answer(answer.reply))
        } catch {
          problems.append(error.message)
        }
      }
      var status: SyncStatus?
      do {
        status = try engine.round(wait: false)
      } catch {
        problems.append(error.message)
      }
      if status == nil, problems.isEmpty {
        // A CLI `sync` holds the folder's sync lock: try again shortly.
        retrySoon()
        if todo.isEmpty { continue }
      }
      post(
        SyncReport(
          status: status ?? SyncEngine.readStatus(store.folder.path), conflicts: engine.conflicts,
          device: engine.deviceFile.device, person: engine.deviceFile.person,
          problem: problems.isEmpty ? nil : problems.joined(separator: "; ")))
    }
  }

  /// Waits until a round is due or an answer arrives; nil once asked to stop.
  private func nextWork() -> [(id: String, reply: ConflictReply)]? {
    condition.lock()
    defer { condition.unlock() }
    while !stopping, answers.isEmpty, Date() < due { _ = condition.wait(until: due) }
    if stopping { return nil }
    let todo = answers
    answers = []
    due = Date().addingTimeInterval(interval)
    return todo
  }

  private func retrySoon() {
    condition.lock()
    due = min(due, Date().addingTimeInterval(1))
    condition.unlock()
  }

  /// The cockpit's answer in the sync engine's words.
  static func answer(_ reply: ConflictReply) -> ConflictAnswer {
    switch reply {
    case .keepMine: return .keepMine
    case .takeTheirs: return .takeTheirs
    case .edit(let fields): return .edit(fields)
    }
  }
}

/// The cockpit's store in a synced workspace: the `WorkspaceStore` itself, telling the sync worker
/// after each own commit (edits, undo, redo) so it goes out within about a second.
final class SyncingCockpitStore: CockpitStore {
  let base: WorkspaceStore
  let worker: CockpitSyncWorker

  init(base: WorkspaceStore, worker: CockpitSyncWorker) {
    self.base = base
    self.worker = worker
  }

  var workspace: Workspace { base.workspace }
  var isReadOnly: Bool { base.isReadOnly }
  var notices: [String] { base.notices }

  @discardableResult
  func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64]) throws -> CommitResult {
    let result = try base.commit(transaction, expecting: expecting)
    worker.editMade()
    return result
  }

  func changes() throws -> [ChangeSet] { try base.changes() }

  func revision(of collection: CollectionName, id: String) -> UInt64 {
    base.revision(of: collection, id: id)
  }
}

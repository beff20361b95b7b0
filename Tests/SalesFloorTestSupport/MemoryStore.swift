import SalesFloorKit
import SalesFloorUI

/// An in-memory `CockpitStore` for tests: edits apply to the workspace and vanish with the
/// process; `receive` plays another process's transaction, which the next `changes()` returns.
public final class MemoryStore: CockpitStore, @unchecked Sendable {
  public private(set) var workspace: Workspace
  /// Every committed transaction, in order (tests read it).
  public private(set) var committed: [Transaction] = []
  /// When set, the next commit fails with this message (tests of the failure path).
  public var failNextCommit: String?
  public var isReadOnly = false
  /// Set by tests to stand for a store's notices.
  public var notices: [String] = []

  /// Revision per record: the sequence number of the last transaction that touched it.
  private var revisions: [RecordKey: UInt64] = [:]
  private var sequence: UInt64 = 0
  private var pending: [ChangeSet] = []

  public init(_ workspace: Workspace) { self.workspace = workspace }

  public func revision(of collection: CollectionName, id: String) -> UInt64 {
    revisions[RecordKey(collection, id)] ?? 0
  }

  @discardableResult
  public func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64] = [:]) throws -> CommitResult
  {
    if let message = failNextCommit {
      failNextCommit = nil
      throw MemoryStoreError(message: message)
    }
    if isReadOnly { throw WorkspaceError.readOnly(reason: "opened read-only") }
    for (key, expected) in expecting where (revisions[key] ?? 0) != expected {
      throw WorkspaceError.conflict(
        collection: key.collection, id: key.id, expected: expected, found: revisions[key] ?? 0)
    }
    committed.append(transaction)
    let own = apply(transaction, origin: .own)
    defer { pending = [] }
    return CommitResult(external: pending, own: own)
  }

  /// Applies a transaction as if another process had written it to the journal.
  public func receive(_ transaction: Transaction) {
    pending.append(apply(transaction, origin: .external))
  }

  public func changes() throws -> [ChangeSet] {
    defer { pending = [] }
    return pending
  }

  private func apply(_ transaction: Transaction, origin: ChangeSet.Origin) -> ChangeSet {
    sequence += 1
    for m in transaction.mutations { revisions[RecordKey(m.collection, m.recordId)] = sequence }
    return ChangeSet(
      transactionId: transaction.id, at: transaction.at, actor: transaction.actor,
      summary: transaction.summary,
      origin: origin, changes: workspace.applyRecording(transaction))
  }
}

/// The failure `MemoryStore` reports when told to fail.
public struct MemoryStoreError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

/// One record's part in a change: what it was before and what it is after (nil: absent).
///
/// Why both images: a view that keeps derived numbers (sums, sorted lists, search text) takes
/// the old version out and puts the new one in, so it never rescans the collection; undo puts
/// the before images back.
public struct RecordChange: Sendable {
  public var collection: CollectionName
  public var id: String
  public var before: Record?
  public var after: Record?

  public init(collection: CollectionName, id: String, before: Record?, after: Record?) {
    self.collection = collection
    self.id = id
    self.before = before
    self.after = after
  }

  public var key: RecordKey { RecordKey(collection, id) }

  /// The mutation that restores `before`.
  public var undo: Mutation {
    if let before { return .put(before) }
    return .delete(collection, id: id)
  }
}

/// What one durable transaction changed, record by record, as the store applied it.
///
/// Every way the workspace changes produces one: the cockpit's own commits, undo and redo (which
/// are commits), and journal lines written by another process or machine. Consumers apply them
/// in the order the store returns them.
public struct ChangeSet: Sendable {
  /// Whose transaction this is: this store instance's own commit, or a line read from the journal.
  public enum Origin: Sendable, Equatable { case own, external }

  public var transactionId: String
  public var at: Timestamp
  public var actor: String?
  public var summary: String
  public var origin: Origin
  /// One entry per record touched, in the order first touched (several mutations of one record
  /// in a transaction fold into one entry: the first before image, the last after image).
  public var changes: [RecordChange]

  public init(
    transactionId: String, at: Timestamp, actor: String?, summary: String, origin: Origin,
    changes: [RecordChange]
  ) {
    self.transactionId = transactionId
    self.at = at
    self.actor = actor
    self.summary = summary
    self.origin = origin
    self.changes = changes
  }

  /// The mutations that reverse this change set (last touched first).
  public var undo: [Mutation] { changes.reversed().map(\.undo) }

  /// The keys of the records it touched.
  public var keys: Set<RecordKey> { Set(changes.map(\.key)) }

  /// Whether any record of `collection` changed.
  public func touches(_ collection: CollectionName) -> Bool {
    changes.contains { $0.collection == collection }
  }
}

/// A commit's outcome: the other writers' transactions the store caught up with first (under the
/// same lock, in journal order), then this commit's own.
public struct CommitResult: Sendable {
  public var external: [ChangeSet]
  public var own: ChangeSet

  public init(external: [ChangeSet], own: ChangeSet) {
    self.external = external
    self.own = own
  }

  /// Every change set in the order it was applied.
  public var all: [ChangeSet] { external + [own] }
}

extension Workspace {
  /// Applies a transaction and says what it changed, record by record (see `ChangeSet.changes`).
  public mutating func applyRecording(_ transaction: Transaction) -> [RecordChange] {
    var changes: [RecordChange] = []
    var position: [RecordKey: Int] = [:]
    for m in transaction.mutations {
      let old = apply(m)
      let key = RecordKey(m.collection, m.recordId)
      let new: Record?
      switch m {
      case .put(let r): new = r
      case .delete: new = nil
      }
      if let at = position[key] {
        changes[at].after = new
      } else {
        position[key] = changes.count
        changes.append(RecordChange(collection: key.collection, id: key.id, before: old, after: new))
      }
    }
    return changes
  }
}

import Foundation

/// Every field an edit would change, record by record, before it is applied: the dry-run a bulk
/// command (`territory assign`, `territory reassign`, `undo`) shows and asks about, so nobody
/// confirms "37 deals" without seeing which deals and what becomes of them.
public struct ChangePreview: Hashable, Sendable, Codable {
  /// One field of one record: what it is now and what it would become (`null`: absent).
  public struct Line: Hashable, Sendable, Codable {
    public var collection: String
    public var recordId: String
    /// What a user calls the record (its name, subject or title), else its id.
    public var record: String
    /// The JSON key (docs/format.md); `(record)` for a record created or deleted whole.
    public var field: String
    public var before: String
    public var after: String
  }

  public var lines: [Line]
  /// Records the edit touches (created, changed or deleted).
  public var recordCount: Int

  /// The preview of `mutations` applied, in order, to `workspace`; bookkeeping fields (`updatedAt`,
  /// the append-only deal `history`) are left out, and person ids are shown with the name.
  public init(_ mutations: [Mutation], in workspace: Workspace) {
    var copy = workspace
    let changes = copy.applyRecording(
      Transaction(id: "preview", at: Timestamp(seconds: 0), summary: "", mutations: mutations))
    var lines: [Line] = []
    var touched = 0
    for c in changes {
      let before = c.before.map(RecordFields.init)
      let after = c.after.map(RecordFields.init)
      let name = after?.displayName ?? before?.displayName ?? c.id
      func line(_ field: String, _ from: String, _ to: String) -> Line {
        Line(
          collection: c.collection.rawValue, recordId: c.id, record: name, field: field, before: from,
          after: to)
      }
      switch (before, after) {
      case (nil, nil): continue
      case (nil, .some): lines.append(line("(record)", "absent", "created"))
      case (.some, nil): lines.append(line("(record)", "present", "deleted"))
      case (.some(let b), .some(let a)):
        let fields = b.changed(to: a)
        if fields.isEmpty { continue }
        for f in fields {
          lines.append(line(f, Self.text(b, f, workspace), Self.text(a, f, workspace)))
        }
      }
      touched += 1
    }
    self.lines = lines
    self.recordCount = touched
  }

  /// A value as a person reads it: a person id also gives the person's name.
  static func text(_ fields: RecordFields, _ field: String, _ ws: Workspace) -> String {
    let raw = fields.text(field)
    if let id = try? JSONDecoder().decode(String.self, from: fields[field]) {
      if let p = ws.people[id: id] { return "\(p.name) (\(id))" }
      return id
    }
    return raw
  }
}

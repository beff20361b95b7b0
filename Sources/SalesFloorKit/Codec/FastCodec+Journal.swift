/// Journal lines: `{"actor":ID?,"at":ISO,"ops":[OP,...],"summary":TEXT,"tx":ID}` where an OP is
/// `{"c":COLLECTION,"op":"put","v":RECORD}` or `{"c":COLLECTION,"id":ID,"op":"del"}` (keys sorted).
extension JSONWriter {
  mutating func write(_ t: Transaction) throws(CodecError) {
    beginObject()
    optString("actor", t.actor)
    key("at")
    timestamp(t.at)
    key("ops")
    beginArray()
    for m in t.mutations {
      beginObject(element: true)
      key("c")
      string(m.collection.rawValue)
      switch m {
      case .put(let record):
        key("op")
        string("put")
        key("v")
        try write(record)
      case .delete(_, let id):
        key("id")
        string(id)
        key("op")
        string("del")
      }
      endObject()
    }
    endArray()
    key("summary")
    string(t.summary)
    key("tx")
    string(t.id)
    endObject()
  }
}

extension JSONReader {
  private enum TxKey: Int, JSONKeys {
    case actor, at, ops, summary, tx
    static let keys = table()
  }
  private enum OpKey: Int, JSONKeys {
    case c, id, op, v
    static let keys = table()
  }

  mutating func decodeTransaction() throws(JSONFailure) -> Transaction {
    var id: String?
    var time: Timestamp?
    var actor: String?
    var summary: String?
    var ops: [Mutation]?
    let at = try object(TxKey.keys) { r, k throws(JSONFailure) in
      switch TxKey(rawValue: k) {
      case .actor: actor = try r.optString()
      case .at: time = try r.readTimestamp()
      case .ops: ops = try r.readArray("an array of operations") { r throws(JSONFailure) in try r.decodeOp() }
      case .summary: summary = try r.readString()
      case .tx: id = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return Transaction(
      id: try req(id, "tx", at), at: try req(time, "at", at), actor: actor,
      summary: try req(summary, "summary", at),
      mutations: try req(ops, "ops", at))
  }

  /// One operation. The record `v` is decoded by collection `c`; when `v` comes first (keys not
  /// sorted) its offset is remembered and it is decoded once `c` is known.
  private mutating func decodeOp() throws(JSONFailure) -> Mutation {
    var collection: CollectionName?
    var id: String?
    var op: String?
    var opAt = 0
    var record: Record?
    var pendingValue: Int?
    let at = try object(OpKey.keys) { r, k throws(JSONFailure) in
      switch OpKey(rawValue: k) {
      case .c: collection = try r.readEnum(CollectionName.self, "collection")
      case .id: id = try r.readString()
      case .op:
        opAt = r.peekOffset()
        op = try r.readString()
      case .v:
        if let collection {
          record = try r.decodeRecord(collection)
        } else {
          pendingValue = r.peekOffset()
          try r.skipValue()
        }
      case nil: try r.skipValue()
      }
    }
    let c = try req(collection, "c", at)
    if let pendingValue {
      let resume = pos
      pos = pendingValue
      do throws(JSONFailure) {
        record = try decodeRecord(c)
      } catch {
        throw error.prefixed(.key("v"))
      }
      pos = resume
    }
    switch try req(op, "op", at) {
    case "put": return .put(try req(record, "v", at))
    case "del": return .delete(c, id: try req(id, "id", at))
    default: throw fail("unknown op, expected \"put\" or \"del\"", at: opAt)
    }
  }
}

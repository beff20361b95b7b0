/// The sync log's line format: one op per line as compact JSON with sorted keys, e.g.
/// `{"a":"p-ann","c":"deals","d":"lap1","k":"put","n":7,"r":"d-1","s":"1764580000000-0-lap1","w":[…]}`.
///
/// Keys: `a` author, `c` collection, `d` device, `k` kind, `n` sequence, `r` record id, `s` stamp;
/// then per kind `v` (values), `w` (writes), `f` (field), `seen`, `x` (conflict id), `reg`/`e`
/// (register, element). Keys and kinds a newer version adds are kept (`extra`, `.unknown`).
extension SyncOp {
  private static let envelope: Set<String> = ["a", "c", "d", "k", "n", "r", "s"]

  /// The op as one line of the log (no newline).
  public var jsonLine: String { jsonValue.canonical }

  /// The op as a JSON object.
  public var jsonValue: SyncValue {
    var o = extra
    let (kind, body) = payload.encoded
    for (k, v) in body { o[k] = v }
    if let author { o["a"] = .string(author) }
    o["c"] = .string(collection)
    o["d"] = .string(device)
    o["k"] = .string(kind)
    o["n"] = .int(Int64(seq))
    o["r"] = .string(recordId)
    o["s"] = .string(stamp.description)
    return .object(o)
  }

  /// Reads one line of a sync log.
  public init(jsonLine: some StringProtocol) throws(SyncError) {
    let value: SyncValue
    do throws(SyncError) {
      value = try SyncValue(json: Array(String(jsonLine).utf8))
    } catch {
      throw SyncError("a sync op is not valid JSON (\(error.message)): \(jsonLine.prefix(80))")
    }
    try self.init(json: value)
  }

  /// Reads an op from its JSON object; the message names the op and the key at fault.
  public init(json: SyncValue) throws(SyncError) {
    guard var o = json.objectValue else { throw SyncError("a sync op must be a JSON object") }
    func text(_ key: String) throws(SyncError) -> String {
      guard let s = o[key]?.stringValue else { throw SyncError("a sync op lacks \"\(key)\" (text)") }
      return s
    }
    let device = try text("d")
    guard SyncDevice.isValidId(device) else {
      throw SyncError("a sync op has an invalid device id: \(device)")
    }
    guard case .int(let n) = o["n"], n >= 1, n <= Int64(Int.max) else {
      throw SyncError("sync op from \(device) lacks a sequence number \"n\" (1 or more)")
    }
    let id = "\(device):\(n)"
    guard let stamp = Stamp(try text("s")) else { throw SyncError("sync op \(id): \"s\" is not a stamp") }
    let author: String?
    switch o["a"] {
    case nil, .null?: author = nil
    case .string(let s)?: author = s
    default: throw SyncError("sync op \(id): \"a\" must be a person id")
    }
    let collection = try text("c")
    let recordId = try text("r")
    let kind = try text("k")
    for key in SyncOp.envelope { o[key] = nil }
    let payload: SyncPayload
    do throws(SyncError) {
      payload = try SyncPayload(kind: kind, body: &o)
    } catch {
      throw SyncError("sync op \(id): \(error.message)")
    }
    self.init(
      device: device, seq: Int(n), author: author, stamp: stamp, collection: collection,
      recordId: recordId, payload: payload, extra: o)
  }
}

extension SyncPayload {
  /// The kind's name and its keys.
  var encoded: (String, [String: SyncValue]) {
    switch self {
    case .create(let fields): return ("create", ["v": .object(fields)])
    case .put(let writes):
      return (
        "put",
        [
          "w": .array(
            writes.map { w in
              var o: [String: SyncValue] = ["v": .object(w.fields)]
              if let base = w.base { o["b"] = .string(base.description) }
              return .object(o)
            })
        ]
      )
    case .elements(let field, let writes):
      return (
        "elements",
        [
          "f": .string(field),
          "w": .array(
            writes.map { w in
              var o: [String: SyncValue] = ["e": w.element, "in": .bool(w.present)]
              if let base = w.base { o["b"] = .string(base.description) }
              return .object(o)
            }),
        ]
      )
    case .append(let field, let entries): return ("append", ["f": .string(field), "v": .array(entries)])
    case .delete(let seen): return ("delete", ["seen": Self.stamps(seen)])
    case .restore(let seen): return ("restore", ["seen": Self.stamps(seen)])
    case .resolve(let r):
      var o: [String: SyncValue] = [
        "x": .string(r.conflict), "reg": .string(r.register.name), "v": r.value, "seen": Self.stamps(r.seen),
      ]
      if let e = r.register.element { o["e"] = e }
      return ("resolve", o)
    case .unknown(let kind, let body): return (kind, body)
    }
  }

  private static func stamps(_ s: [Stamp]) -> SyncValue { .array(s.map { .string($0.description) }) }

  /// Decodes the keys of `kind` out of `body`, leaving the keys it does not know.
  init(kind: String, body o: inout [String: SyncValue]) throws(SyncError) {
    func take(_ key: String) throws(SyncError) -> SyncValue {
      guard let v = o.removeValue(forKey: key) else { throw SyncError("\(kind) lacks \"\(key)\"") }
      return v
    }
    func object(_ v: SyncValue, _ what: String) throws(SyncError) -> [String: SyncValue] {
      guard let x = v.objectValue else { throw SyncError("\(what) must be an object") }
      return x
    }
    func array(_ v: SyncValue, _ what: String) throws(SyncError) -> [SyncValue] {
      guard let x = v.arrayValue else { throw SyncError("\(what) must be an array") }
      return x
    }
    func field() throws(SyncError) -> String {
      guard let f = try take("f").stringValue else { throw SyncError("\"f\" must be a field name") }
      return f
    }
    func stamp(_ v: SyncValue?) throws(SyncError) -> Stamp? {
      switch v {
      case nil, .null?: return nil
      case .string(let s)?:
        guard let st = Stamp(s) else { throw SyncError("\"\(s)\" is not a stamp") }
        return st
      default: throw SyncError("a base must be a stamp")
      }
    }
    func stamps(_ v: SyncValue) throws(SyncError) -> [Stamp] {
      var out: [Stamp] = []
      for item in try array(v, "\"seen\"") {
        guard let s = try stamp(item) else { throw SyncError("\"seen\" holds a null") }
        out.append(s)
      }
      return out
    }
    switch kind {
    case "create": self = .create(try object(try take("v"), "\"v\""))
    case "put":
      var writes: [SyncFieldWrite] = []
      for w in try array(try take("w"), "\"w\"") {
        let wo = try object(w, "a write")
        writes.append(
          SyncFieldWrite(fields: try object(wo["v"] ?? .null, "a write's \"v\""), base: try stamp(wo["b"])))
      }
      self = .put(writes)
    case "elements":
      let f = try field()
      var writes: [SyncElementWrite] = []
      for w in try array(try take("w"), "\"w\"") {
        let wo = try object(w, "an element write")
        guard let e = wo["e"], case .bool(let present) = wo["in"] else {
          throw SyncError("an element write needs \"e\" and \"in\" (true or false)")
        }
        writes.append(SyncElementWrite(element: e, present: present, base: try stamp(wo["b"])))
      }
      self = .elements(field: f, writes)
    case "append":
      let f = try field()
      self = .append(field: f, entries: try array(try take("v"), "\"v\""))
    case "delete": self = .delete(seen: try stamps(try take("seen")))
    case "restore": self = .restore(seen: try stamps(try take("seen")))
    case "resolve":
      guard let conflict = try take("x").stringValue, let reg = try take("reg").stringValue else {
        throw SyncError("resolve needs \"x\" (conflict id) and \"reg\" (register) as text")
      }
      let element = o.removeValue(forKey: "e")
      self = .resolve(
        SyncResolution(
          conflict: conflict, register: SyncRegister(name: reg, element: element), value: try take("v"),
          seen: try stamps(try take("seen"))))
    default:
      self = .unknown(kind: kind, body: o)
      o = [:]
    }
  }
}

/// What one op writes: the single place that maps each payload kind onto registers and logs.
extension SyncOp {
  struct Effects {
    var writes: [(SyncRegister, RegisterWrite)] = []
    var entries: [(String, LogEntry)] = []
    var problems: [String] = []
  }

  func effects(_ schema: SyncSchema) -> Effects {
    var out = Effects()
    func write(_ register: SyncRegister, _ value: SyncValue, knows: [Stamp], ordinal: Int = 0) {
      let w = RegisterWrite(
        opId: id, author: author, device: device, stamp: stamp, ordinal: ordinal, value: value, knows: knows)
      out.writes.append((register, w))
    }
    func append(_ field: String, _ entries: [SyncValue]) {
      for (i, e) in entries.enumerated() {
        out.entries.append((field, LogEntry(stamp: stamp, opId: id, ordinal: i, value: e)))
      }
    }
    /// Field writes (of a create or a put) grouped into their registers; a partial group is refused.
    func put(_ fields: [String: SyncValue], base: Stamp?) {
      var byRegister: [String: [String: SyncValue]] = [:]
      for (field, value) in fields {
        guard schema.isRegisterField(field) else {
          out.problems.append("\"\(field)\" is a set or a log: it changes by elements or appends, not puts")
          continue
        }
        byRegister[schema.registerName(of: field), default: [:]][field] = value
      }
      for (name, values) in byRegister.sorted(by: { SyncValue.byteOrder($0.key, $1.key) }) {
        let members = schema.members(of: name)
        guard values.count == members.count else {
          let missing = members.filter { values[$0] == nil }.joined(separator: ", ")
          out.problems.append("a write of \(name) lacks \(missing): those fields change only together")
          continue
        }
        write(SyncRegister(name: name), .object(values), knows: base.map { [$0] } ?? [])
      }
    }
    switch payload {
    case .create(let fields):
      write(.existence, .bool(true), knows: [])
      var plain: [String: SyncValue] = [:]
      for (field, value) in fields {
        if let shape = schema.sets[field] {
          for (i, e) in schema.elements(of: value, shape: shape).enumerated() {
            write(SyncRegister(name: field, element: e), .bool(true), knows: [], ordinal: i)
          }
        } else if schema.logs.contains(field) {
          append(field, value.arrayValue ?? [])
        } else {
          plain[field] = value
        }
      }
      // A group member a record omits (an optional left nil) is written as null with its group.
      for g in schema.groups where g.contains(where: { plain[$0] != nil }) {
        for m in g where plain[m] == nil { plain[m] = .null }
      }
      put(plain, base: nil)
    case .put(let writes):
      for w in writes { put(w.fields, base: w.base) }
    case .elements(let field, let writes):
      guard schema.sets[field] != nil else {
        out.problems.append("\"\(field)\" is not a set field of \(collection)")
        break
      }
      for (i, w) in writes.enumerated() {
        write(
          SyncRegister(name: field, element: w.element), .bool(w.present), knows: w.base.map { [$0] } ?? [],
          ordinal: i)
      }
    case .append(let field, let entries):
      guard schema.logs.contains(field) else {
        out.problems.append("\"\(field)\" is not a log of \(collection)")
        break
      }
      append(field, entries)
    case .delete(let seen): write(.existence, .bool(false), knows: seen)
    case .restore(let seen): write(.existence, .bool(true), knows: seen)
    case .resolve(let r):
      let isBool: Bool
      if case .bool = r.value { isBool = true } else { isBool = false }
      let wantsBool = r.register.element != nil || r.register == .existence
      if wantsBool != isBool || (!wantsBool && r.value.objectValue == nil) {
        out.problems.append("a resolution of \(r.register.name) has a value of the wrong shape")
      } else {
        write(r.register, r.value, knows: r.seen)
      }
    case .unknown: break
    }
    return out
  }
}

import SalesFloorKit

/// Lowercased search text of every open deal (name, account, owner) in one byte buffer, so
/// filter-as-you-type is a byte search, not `lowercased()` allocations per deal per keystroke.
/// Built when deals are scanned and patched by deal deltas, so the first keystroke after an
/// edit does not rebuild it. The stage is matched through the deal's board column instead
/// (`DealFacts.column`): a stage move then leaves the text, and this buffer, untouched.
public struct DealSearchIndex: Sendable {
  var bytes: [UInt8] = []
  /// Start of deal i's text; `starts[i + 1]` is its end.
  var starts: [Int] = [0]

  public init() {}

  init(deals: [Deal], workspace ws: Workspace) {
    bytes.reserveCapacity(deals.count * 64)
    starts.reserveCapacity(deals.count + 1)
    var names = Names(ws)
    deals.withUnsafeBufferPointer { all in  // in place: `for d in deals` copies each deal
      for i in all.indices {
        bytes.append(contentsOf: names.text(all[i]))
        starts.append(bytes.count)
      }
    }
  }

  /// Lowercased names by id, looked up once per account, owner and stage.
  struct Names {
    let ws: Workspace
    var accounts: [String: String] = [:]
    var owners: [String: String] = [:]

    init(_ ws: Workspace) { self.ws = ws }

    /// `name NUL account NUL owner`, lowercased.
    mutating func text(_ d: Deal) -> [UInt8] {
      var out = Array(d.name.lowercased().utf8)
      out.append(0)
      if let a = d.accountId {
        if accounts[a] == nil { accounts[a] = ws.accounts[id: a]?.name.lowercased() ?? "" }
        out.append(contentsOf: (accounts[a] ?? "").utf8)
      }
      out.append(0)
      if owners[d.ownerId] == nil { owners[d.ownerId] = ws.people[id: d.ownerId]?.name.lowercased() ?? "" }
      out.append(contentsOf: (owners[d.ownerId] ?? "").utf8)
      return out
    }
  }

  /// Appends a deal's text as the next slot.
  mutating func append(_ text: [UInt8]) {
    bytes.append(contentsOf: text)
    starts.append(bytes.count)
  }

  /// Appends the texts of `other`'s deals `from..<to` as the next slots (deals kept by a batch
  /// rebuild), as one block.
  mutating func append(segmentsOf other: DealSearchIndex, from: Int, to: Int) {
    let shift = bytes.count - other.starts[from]
    bytes.append(contentsOf: other.bytes[other.starts[from]..<other.starts[to]])
    for i in (from + 1)...to { starts.append(other.starts[i] + shift) }
  }

  /// Removes deal `i`'s text; later deals move down one place.
  mutating func remove(at i: Int) {
    let start = starts[i]
    let length = starts[i + 1] - start
    bytes.removeSubrange(start..<start + length)
    starts.remove(at: i + 1)
    for k in (i + 1)..<starts.count { starts[k] -= length }
  }

  /// Inserts `text` as deal `i`; later deals move up one place.
  mutating func insert(_ text: [UInt8], at i: Int) {
    let start = starts[i]
    bytes.insert(contentsOf: text, at: start)
    starts.insert(start + text.count, at: i + 1)
    for k in (i + 2)..<starts.count { starts[k] += text.count }
  }

  /// Deal `i`'s text becomes `text` (same place in the list).
  mutating func replace(at i: Int, with text: [UInt8]) {
    let start = starts[i]
    let end = starts[i + 1]
    if end - start == text.count {
      bytes.replaceSubrange(start..<end, with: text)
      return
    }
    remove(at: i)
    insert(text, at: i)
  }

  /// Whether deal `i`'s text contains `needle` (lowercased UTF-8, no NUL).
  func matches(_ i: Int, _ needle: [UInt8]) -> Bool {
    guard i + 1 < starts.count else { return false }
    let start = starts[i]
    let length = starts[i + 1] - start
    guard !needle.isEmpty else { return true }
    guard needle.count <= length else { return false }
    return bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { n in
        let first = n[0]
        let last = start + length - n.count
        var p = start
        while p <= last {
          if hay[p] == first {
            var k = 1
            while k < n.count && hay[p + k] == n[k] { k += 1 }
            if k == n.count { return true }
          }
          p += 1
        }
        return false
      }
    }
  }
}

/// An id-indexed collection of records: O(1) lookup, insert, replace and delete.
///
/// Order of `items` is not meaningful (deletes swap the last item into the hole);
/// the store writes files in id order, and views sort for themselves.
public struct RecordTable<Element: Identifiable & Sendable>: Sendable, RandomAccessCollection
where Element.ID == String {
  public private(set) var items: [Element] = []
  private var index: [String: Int] = [:]

  public init() {}
  public init(_ elements: some Sequence<Element>) {
    for e in elements { upsert(e) }
  }

  public var startIndex: Int { items.startIndex }
  public var endIndex: Int { items.endIndex }
  public subscript(position: Int) -> Element { items[position] }

  public subscript(id id: String) -> Element? {
    guard let i = index[id] else { return nil }
    return items[i]
  }
  public func contains(id: String) -> Bool { index[id] != nil }

  /// Inserts or replaces; returns the previous value.
  @discardableResult
  public mutating func upsert(_ element: Element) -> Element? {
    if let i = index[element.id] {
      let old = items[i]
      items[i] = element
      return old
    }
    index[element.id] = items.count
    items.append(element)
    return nil
  }

  /// Removes by id; returns the removed value.
  @discardableResult
  public mutating func remove(id: String) -> Element? {
    guard let i = index.removeValue(forKey: id) else { return nil }
    let old = items[i]
    let last = items.count - 1
    if i != last {
      items[i] = items[last]
      index[items[i].id] = i
    }
    items.removeLast()
    return old
  }

  public mutating func reserveCapacity(_ n: Int) {
    items.reserveCapacity(n)
    index.reserveCapacity(n)
  }

  /// Items sorted by id, the order files are written in.
  public var sortedById: [Element] { items.sorted { $0.id < $1.id } }
}

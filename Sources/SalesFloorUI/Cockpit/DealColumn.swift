import SalesFloorKit

/// One board column's deals, without copying `Deal` values.
///
/// Why: a filtered board column used to be built as `[Deal]` on every keystroke (100k struct
/// copies with their string retains); this holds either the unfiltered column array as it is in
/// `CockpitData.stageIndexes`, or indexes into `CockpitData.openDeals`, and reads a deal only
/// when a visible card asks for it.
public struct DealColumn: RandomAccessCollection, Sendable {
  enum Storage: Sendable {
    case deals([Deal])
    case indexes([Int32], of: [Deal])
  }
  let storage: Storage

  /// A column that is exactly these deals.
  public init(_ deals: [Deal]) { storage = .deals(deals) }
  /// The deals at `indexes` of `all`, in that order.
  init(indexes: [Int32], of all: [Deal]) { storage = .indexes(indexes, of: all) }

  public var startIndex: Int { 0 }
  public var endIndex: Int {
    switch storage {
    case .deals(let d): return d.count
    case .indexes(let i, _): return i.count
    }
  }
  public subscript(position: Int) -> Deal {
    switch storage {
    case .deals(let d): return d[position]
    case .indexes(let i, let all): return all[Int(i[position])]
    }
  }
}

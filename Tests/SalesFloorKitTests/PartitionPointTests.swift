import SalesFloorKit
import Testing

@Suite("partitionPoint: where a value belongs in a sorted list")
struct PartitionPointTests {
  @Test func edgesAndMiddle() {
    let xs = [1, 3, 3, 5, 8]
    #expect(xs.partitionPoint { $0 < 0 } == 0)
    #expect(xs.partitionPoint { $0 < 3 } == 1)
    #expect(xs.partitionPoint { $0 <= 3 } == 3)
    #expect(xs.partitionPoint { $0 < 100 } == 5)
    #expect([Int]().partitionPoint { $0 < 1 } == 0)
    #expect(xs[1...].partitionPoint { $0 < 5 } == 3, "slices keep their own indexes")
  }

  @Test func agreesWithALinearScan() {
    var state: UInt64 = 7
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 58)
    }
    for _ in 0..<200 {
      let xs = (0..<Int(next())).map { _ in next() }.sorted()
      let target = next()
      #expect(xs.partitionPoint { $0 < target } == (xs.firstIndex { $0 >= target } ?? xs.count))
    }
  }
}

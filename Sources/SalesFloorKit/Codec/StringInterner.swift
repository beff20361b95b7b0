/// A small fixed-size cache that makes repeated reference strings share one heap allocation.
///
/// Swift stores strings of up to 15 UTF-8 bytes inline (no allocation), so only longer values are
/// cached: 100k deals that name the same 20-byte account or owner id then hold one buffer, not 100k.
/// A hash slot is simply overwritten on collision, so memory stays bounded whatever the input.
struct StringInterner {
  private static let slotCount = 4096
  private var slots: [String?] = []

  init() {}

  @inline(__always)
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let n = bytes.count
    if n <= 15 || n > 128 { return String(decoding: bytes, as: UTF8.self) }
    if slots.isEmpty { slots = Array(repeating: nil, count: StringInterner.slotCount) }
    var h: UInt32 = 2_166_136_261
    for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
    let slot = Int(h) & (StringInterner.slotCount - 1)
    if var cached = slots[slot] {
      let same = cached.withUTF8 { c in
        c.count == n && (0..<n).allSatisfy { c[$0] == bytes[$0] }
      }
      if same { return cached }
    }
    let s = String(decoding: bytes, as: UTF8.self)
    slots[slot] = s
    return s
  }
}

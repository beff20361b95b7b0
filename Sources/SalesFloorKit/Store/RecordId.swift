import Foundation

extension WorkspaceStore {
  /// A new record id: `prefix` + 10 base32 characters of the Unix time in milliseconds + 6 random
  /// base32 characters, e.g. `newId(prefix: "d-")` → `d-01jd8x4c7q3kz9tw`.
  ///
  /// Two processes never coordinate on ids (each appends to the journal on its own), so the random
  /// part (30 bits per millisecond) makes collisions negligible; the time part makes ids sort
  /// roughly by creation, which keeps files in id order also in creation order. The alphabet is
  /// Crockford's lowercase base32, whose ASCII order matches its numeric order.
  public static func newId(prefix: String, now: Date = Date()) -> String {
    let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    let ms = UInt64(max(0, now.timeIntervalSince1970 * 1000))
    var chars: [Character] = []
    chars.reserveCapacity(16)
    for i in stride(from: 9, through: 0, by: -1) {
      chars.append(alphabet[Int((ms >> (UInt64(i) * 5)) & 31)])
    }
    var random = UInt32.random(in: 0..<(1 << 30))
    for _ in 0..<6 {
      chars.append(alphabet[Int(random & 31)])
      random >>= 5
    }
    return prefix + String(chars)
  }
}

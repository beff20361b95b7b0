/// Deterministic record ids for things two devices may create independently (a coaching item
/// accepted from one signal): the same inputs give the same id everywhere, so the merge sees one
/// record created twice instead of two records.
public enum DerivedId {
  /// `prefix` + 26 characters of Crockford base32 from a 128-bit hash of the parts (length-prefixed,
  /// so `["ab","c"]` and `["a","bc"]` differ). Not a secret and not cryptographic: only stable.
  public static func make(prefix: String, from parts: [String]) -> String {
    var h1: UInt64 = 0xcbf2_9ce4_8422_2325
    var h2: UInt64 = 0x6c62_272e_07bb_0142
    func mix(_ byte: UInt8) {
      h1 = (h1 ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      h2 = (h2 ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      h2 = (h2 << 7) | (h2 >> 57)
    }
    for part in parts {
      let bytes = Array(part.utf8)
      var n = UInt64(bytes.count)
      for _ in 0..<8 {
        mix(UInt8(n & 0xff))
        n >>= 8
      }
      for b in bytes { mix(b) }
    }
    // Finalize (splitmix64) so nearby inputs spread over all bits.
    func finish(_ x: UInt64) -> UInt64 {
      var z = x &+ 0x9E37_79B9_7F4A_7C15
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    let a = finish(h1 ^ (h2 &* 31))
    let b = finish(h2 ^ a)
    let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    var out = prefix
    for i in 0..<13 { out.append(alphabet[Int((a >> (UInt64(i) * 5)) & 31)]) }
    for i in 0..<13 { out.append(alphabet[Int((b >> (UInt64(i) * 5)) & 31)]) }
    return out
  }
}

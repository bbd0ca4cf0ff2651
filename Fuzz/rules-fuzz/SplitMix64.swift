/// SplitMix64 (Steele, Lea and Flood 2014): a tiny 64-bit generator, used here to expand one seed into the state
/// of ``Xoshiro256`` and to derive an independent stream per input.
///
/// Every output is a bijective mix of a counter, so nearby seeds (`seed`, `seed + 1`) give unrelated streams.
struct SplitMix64 {
  /// The counter; advanced by the golden-ratio increment on every call.
  var state: UInt64

  /// Creates a generator from a seed.
  ///
  /// - Parameter seed: any value, zero included.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  ///
  /// - Complexity: O(1).
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The SplitMix64 finaliser: a bijection on 64 bits that scatters every input bit over the output.
  ///
  /// - Parameter value: the value to mix.
  /// - Returns: the mixed value.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

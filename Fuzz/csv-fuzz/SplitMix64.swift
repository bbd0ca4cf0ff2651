/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator; input `i` of seed `s` draws from its own
/// stream, `SplitMix64(seed: mix(s) ^ i)`, so any input can be regenerated alone with `--replay i`.
struct SplitMix64: RandomNumberGenerator {
  /// The counter, advanced by the golden-ratio increment on every call.
  var state: UInt64

  /// Creates a generator from a seed (zero included).
  init(seed: UInt64) { state = seed }

  /// The generator of one input of a run.
  ///
  /// - Parameters:
  ///   - seed: the run's seed.
  ///   - index: the input's index.
  init(seed: UInt64, index: Int) { state = SplitMix64.mix(seed) ^ SplitMix64.mix(UInt64(index) &+ 0x5DEECE66D) }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The SplitMix64 finaliser, a bijection on 64 bits.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Whether an event of probability `percent`% happens.
  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

  /// A random element (the collection must not be empty).
  mutating func pick<Element>(_ items: [Element]) -> Element {
    items[Int.random(in: 0..<items.count, using: &self)]
  }
}

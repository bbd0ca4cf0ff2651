/// Makes input number `index` of a run: a corpus entry, damaged by one to eight ``Mutator``s, every choice drawn
/// from `Xoshiro256(seed: seed, stream: index)`.
///
/// The same `(seed, index)`, corpus and `--mutators` always give the same input, whichever job generates it
/// and whatever ran before, which is what `--replay` relies on.
struct InputGenerator: Sendable {
  /// One generated input.
  struct Input: Sendable {
    /// The text to parse: the mutated bytes decoded as UTF-8, invalid bytes replaced by U+FFFD.
    var text: String
    /// The corpus entry it started from.
    var base: String
    /// The mutators applied, in order.
    var mutators: [Mutator]
  }

  /// Inputs stop growing at about this many bytes (1 MiB): no further mutator runs on a larger one.
  static let sizeLimit = 1 << 20

  /// The corpus.
  let corpus: Corpus
  /// The run's seed.
  let seed: UInt64
  /// The mutators to choose from (`--mutators`); all by default.
  var mutators: [Mutator] = Mutator.allCases

  /// Generates one input.
  ///
  /// - Parameter index: the input's index in the run.
  /// - Returns: the input.
  /// - Complexity: O(size of the result) per mutator.
  func input(at index: Int) -> Input {
    var rng = Xoshiro256(seed: seed, stream: UInt64(truncatingIfNeeded: index))
    let entry = corpus.entries[rng.below(corpus.entries.count)]
    var bytes = entry.bytes
    var applied: [Mutator] = []
    for _ in 0..<rng.smallCount(upTo: 8) {
      let mutator = Mutator.choose(from: mutators, using: &rng)
      mutator.apply(to: &bytes, corpus: corpus.bytes, using: &rng)
      applied.append(mutator)
      if mutator.isHeavy || bytes.count > InputGenerator.sizeLimit { break }
    }
    return Input(text: String(decoding: bytes, as: UTF8.self), base: entry.name, mutators: applied)
  }
}

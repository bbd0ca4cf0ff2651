/// One way of damaging an input. Each input of a run is a corpus entry with one or more mutators applied, all
/// choices drawn from the input's own ``Xoshiro256`` stream.
enum Mutator: String, CaseIterable, Sendable {
  /// Removes one token.
  case dropToken = "drop-token"
  /// Repeats one token, usually once, one time in sixteen up to 2 000 times (at most a megabyte).
  case repeatToken = "repeat-token"
  /// Exchanges two tokens.
  case swapTokens = "swap-tokens"
  /// Inserts a keyword, punctuation mark, literal or Korean text from ``Vocabulary``.
  case insertToken = "insert-token"
  /// Inserts random bytes.
  case insertBytes = "insert-bytes"
  /// Overwrites bytes with random ones.
  case overwriteBytes = "overwrite-bytes"
  /// Cuts a multi-byte UTF-8 sequence short.
  case truncateUTF8 = "truncate-utf8"
  /// Inserts bytes that are never valid UTF-8 (lone continuation bytes, overlong forms, surrogates).
  case invalidUTF8 = "invalid-utf8"
  /// Inserts one line of about a megabyte.
  case longLine = "long-line"
  /// Inserts 49 to 100 000 levels of `(`, `{`, `[`, `not`, `-` or `all {`, closed or not.
  case deepNesting = "deep-nesting"
  /// Inserts a number of 19 to 100 000 digits, as an integer, decimal, percentage or amount.
  case longNumber = "long-number"
  /// Inserts or removes a `"`.
  case loneQuote = "lone-quote"
  /// Cuts the input at a random byte.
  case truncate = "truncate"
  /// Inserts a run of tokens from another corpus entry.
  case splice = "splice"

  /// How often each mutator is chosen, relative to the others; the expensive ones are rare.
  var weight: Int {
    switch self {
    case .dropToken, .insertToken: return 100
    case .repeatToken, .swapTokens: return 50
    case .insertBytes, .overwriteBytes: return 25
    case .truncateUTF8, .invalidUTF8, .loneQuote: return 20
    case .longNumber, .splice: return 15
    case .truncate: return 10
    case .deepNesting: return 2
    case .longLine: return 1
    }
  }

  /// Whether the mutator makes a large input; no further mutator runs after one of these.
  var isHeavy: Bool { self == .longLine || self == .deepNesting }

  /// Chooses one of `allowed` by ``weight``.
  ///
  /// - Parameters:
  ///   - allowed: the mutators to choose from; an empty list means all.
  ///   - rng: the input's generator.
  /// - Returns: the mutator.
  static func choose(from allowed: [Mutator], using rng: inout Xoshiro256) -> Mutator {
    let candidates = allowed.isEmpty ? allCases : allowed
    var ticket = rng.below(candidates.reduce(0) { $0 + $1.weight })
    for mutator in candidates {
      if ticket < mutator.weight { return mutator }
      ticket -= mutator.weight
    }
    return candidates[0]
  }

  /// Applies the mutator.
  ///
  /// - Parameters:
  ///   - bytes: the input, changed in place.
  ///   - corpus: the corpus, for ``splice``.
  ///   - rng: the input's generator.
  func apply(to bytes: inout [UInt8], corpus: [[UInt8]], using rng: inout Xoshiro256) {
    switch self {
    case .dropToken, .repeatToken, .swapTokens: applyTokenEdit(to: &bytes, using: &rng)
    case .insertToken:
      var token = rng.pick(Vocabulary.all)
      if rng.oneIn(2) { token = [UInt8(ascii: " ")] + token + [UInt8(ascii: " ")] }
      insert(token, into: &bytes, using: &rng)
    case .insertBytes:
      let count = rng.smallCount(upTo: 16)
      insert((0..<count).map { _ in rng.byte() }, into: &bytes, using: &rng)
    case .overwriteBytes:
      guard !bytes.isEmpty else { return }
      for _ in 0..<rng.smallCount(upTo: 8) { bytes[rng.below(bytes.count)] = rng.byte() }
    case .truncateUTF8: Mutator.truncateUTF8(in: &bytes, using: &rng)
    case .invalidUTF8:
      insert(rng.pick(Mutator.invalidSequences), into: &bytes, anywhere: true, using: &rng)
    case .longLine: insert(Mutator.longLine(using: &rng), into: &bytes, using: &rng)
    case .deepNesting: insert(Mutator.deepNesting(using: &rng), into: &bytes, using: &rng)
    case .longNumber: insert(Mutator.longNumber(using: &rng), into: &bytes, using: &rng)
    case .loneQuote: Mutator.loneQuote(in: &bytes, using: &rng)
    case .truncate:
      guard !bytes.isEmpty else { return }
      bytes.removeSubrange(rng.below(bytes.count)...)
    case .splice:
      let other = rng.pick(corpus)
      let tokens = TokenSplitter.tokens(in: other)
      guard !tokens.isEmpty else { return }
      let first = rng.below(tokens.count)
      let last = min(tokens.count - 1, first + rng.smallCount(upTo: 64) - 1)
      insert(Array(other[tokens[first].lowerBound..<tokens[last].upperBound]), into: &bytes, using: &rng)
    }
  }

  /// Drops, repeats or swaps tokens found by ``TokenSplitter``.
  private func applyTokenEdit(to bytes: inout [UInt8], using rng: inout Xoshiro256) {
    let tokens = TokenSplitter.tokens(in: bytes)
    guard !tokens.isEmpty else { return }
    let token = tokens[rng.below(tokens.count)]
    switch self {
    case .dropToken:
      bytes.removeSubrange(token)
    case .repeatToken:
      let copy = Array(bytes[token]) + (rng.oneIn(2) ? [UInt8(ascii: " ")] : [])
      let times = min(rng.oneIn(16) ? rng.int(in: 2...2_000) : 1, max(1, InputGenerator.sizeLimit / copy.count))
      let repeated = [[UInt8]](repeating: copy, count: times).flatMap { $0 }
      bytes.insert(contentsOf: repeated, at: rng.oneIn(2) ? token.upperBound : token.lowerBound)
    default:
      let other = tokens[rng.below(tokens.count)]
      guard other != token else { return }
      let (first, second) = token.lowerBound < other.lowerBound ? (token, other) : (other, token)
      let firstBytes = Array(bytes[first])
      let secondBytes = Array(bytes[second])
      bytes.replaceSubrange(second, with: firstBytes)  // The later one first, so `first` stays valid.
      bytes.replaceSubrange(first, with: secondBytes)
    }
  }

  /// Inserts `piece` at a token boundary, or (when `anywhere`, or one time in eight) at any byte.
  private func insert(
    _ piece: [UInt8], into bytes: inout [UInt8], anywhere: Bool = false, using rng: inout Xoshiro256
  ) {
    let offset: Int
    if anywhere || rng.oneIn(8) {
      offset = rng.below(bytes.count + 1)
    } else {
      offset = rng.pick(TokenSplitter.boundaries(in: bytes))
    }
    bytes.insert(contentsOf: piece, at: offset)
  }
}

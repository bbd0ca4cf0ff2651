import Rules

/// One service's waitlist keys as flat, order-preserving 64-bit codes, so that sorting compares integers and
/// looks at the values themselves (``WaitlistOrder/precedes(_:_:keys:)``) only where two approximate codes tie.
///
/// Per key, a code never reverses the order: `a` before `b` implies `code(a) ≤ code(b)` (after flipping for a
/// descending key), and a missing value gets the largest code, after every known one in either direction. Dates,
/// priority rows, enumeration cases, booleans and whole numbers are coded exactly (equal codes, equal values);
/// other numbers by ⌊value × 2³²⌋, texts by their first eight bytes when every text of the key is ASCII (whose
/// order is byte order), anything else by one code for all, so that ties fall back to the exact comparison.
struct RankCodes {
  /// Per result (in the order given) and key: the code.
  private(set) var codes: [UInt64]
  /// Per key: whether equal codes mean equal values.
  private(set) var exact: [Bool]
  let keyCount: Int

  /// Codes the keys of `indices` in `results`.
  init(_ results: UnsafeBufferPointer<BatchResult>, indices: [Int], keys: [RankKey]) {
    keyCount = keys.count
    codes = [UInt64](repeating: 0, count: indices.count * keys.count)
    exact = []
    var valueIndex = 0
    for (k, key) in keys.enumerated() {
      let position: Int?
      if case .priority = key.source {
        position = nil
      } else {
        position = valueIndex
        valueIndex += 1
      }
      func value(_ result: borrowing BatchResult) -> Value? {
        guard let position else { return result.priorityPosition.map { .count(Int64($0)) } }
        return position < result.rankValues.count ? result.rankValues[position] : nil
      }
      let coding = Coding(indices.lazy.map { value(results[$0]) })
      exact.append(coding.isExact)
      for (r, index) in indices.enumerated() {
        guard let known = value(results[index]) else {
          codes[r * keyCount + k] = .max
          continue
        }
        let raw = min(coding.code(known), .max - 1)
        codes[r * keyCount + k] = key.descending ? (.max - 1) - raw : raw
      }
    }
  }

  /// How one key's values become codes.
  private enum Coding {
    case day, integer, enumCase, boolean, rational, asciiPrefix, constant

    /// The coding that fits every known value of a key.
    init(_ values: some Sequence<Value?>) {
      var coding: Coding?
      for value in values {
        guard let value else { continue }
        let fits: Coding
        switch value {
        case .date: fits = .day
        case .count, .money: fits = .integer
        case .enumCase: fits = .enumCase
        case .bool: fits = .boolean
        case .ratio: fits = .rational
        case .text(let text): fits = text.utf8.allSatisfy { $0 < 0x80 } ? .asciiPrefix : .constant
        default: fits = .constant
        }
        switch (coding, fits) {
        case (nil, _): coding = fits
        case (.integer?, .rational), (.rational?, .integer): coding = .rational
        case (let now?, _) where now == fits: break
        default: coding = .constant
        }
        if coding == .constant { break }
      }
      self = coding ?? .constant
    }

    var isExact: Bool { self == .day || self == .integer || self == .enumCase || self == .boolean }

    /// The code of a known value; order-preserving among the values this coding was chosen for.
    func code(_ value: Value) -> UInt64 {
      switch (self, value) {
      case (.day, .date(let date)): return Self.biased(Int64(date.dayNumber))
      case (.integer, .count(let n)), (.integer, .money(let n)): return Self.biased(n)
      case (.enumCase, .enumCase(let n)): return Self.biased(Int64(n))
      case (.boolean, .bool(let b)): return b ? 1 : 0
      case (.rational, _):
        guard let r = value.rational else { return 0 }
        // ⌊n × 2³² / d⌋ in 128 bits (d > 0), clamped to 64.
        let scaled = (Int128(r.numerator) << 32)
        let quotient = scaled >= 0 ? scaled / Int128(r.denominator) : (scaled - Int128(r.denominator) + 1) / Int128(r.denominator)
        return Self.biased(Int64(clamping: quotient))
      case (.asciiPrefix, .text(let text)):
        var code: UInt64 = 0
        var count = 0
        for byte in text.utf8.prefix(8) {
          code |= UInt64(byte) << (56 - 8 * UInt64(count))
          count += 1
        }
        return code
      default: return 0
      }
    }

    /// A signed number as an unsigned code of the same order.
    private static func biased(_ n: Int64) -> UInt64 { UInt64(bitPattern: n) ^ (1 << 63) }
  }
}

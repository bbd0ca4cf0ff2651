/// One distinct test that criteria and rows are built from, computed for every record of a block into a truth
/// byte (0 no, 1 yes, 2 unknown, as ``Truth``).
///
/// Comparisons are canonical so that uses share one atom: `a > b` is `b < a`, `a <= b` is `not (b < a)`,
/// `a != b` is `not (a == b)`; `income_pct <= 120%` and `120% < income_pct` are one atom.
enum AtomTest: Sendable, Hashable {
  /// `a < b` on integer registers (numbers, day numbers).
  case less(Int, Int)
  /// `a == b` on integer registers (numbers, day numbers, case indices, text ids).
  case equal(Int, Int)
  /// `a < b` on rationals, by 128-bit cross-multiplication.
  case lessRatio(RatioRegister, RatioRegister)
  /// `a == b` on rationals.
  case equalRatio(RatioRegister, RatioRegister)
  /// An enumeration case in a set (bit mask).
  case inMask(Int, UInt64)
  /// A text id in a set of literal ids (bit set by id).
  case inTexts(Int, [UInt64])
  /// A bool register is 1.
  case isTrue(Int)
  /// The register is known (yes) or not (unknown); for a service in force whatever the date.
  case isKnown(Int)

  /// Computes the atom for `count` records from the workspace's registers.
  ///
  /// - Parameters:
  ///   - values: the register values (register `r` at `values + r * stride`).
  ///   - known: the registers' known flags, laid out alike.
  ///   - stride: the block size.
  ///   - count: how many records.
  ///   - truths: where to write the truth bytes.
  func run(
    values: UnsafeMutablePointer<Int64>, known: UnsafeMutablePointer<UInt8>, stride: Int, count: Int,
    into truths: UnsafeMutablePointer<UInt8>
  ) {
    // The pointers address the workspace's own buffers, sized `registers × stride`, and `count ≤ stride`; every
    // index below is `register * stride + i` with `i < count`.
    @inline(__always) func truth(_ condition: Bool, _ isKnown: UInt8) -> UInt8 {
      (condition ? 1 : 0) & isKnown | (isKnown ^ 1) << 1
    }
    switch self {
    case .less(let a, let b), .equal(let a, let b):
      let va = values + a * stride
      let vb = values + b * stride
      let ka = known + a * stride
      let kb = known + b * stride
      if case .less = self {
        for i in 0..<count { truths[i] = truth(va[i] < vb[i], ka[i] & kb[i]) }
      } else {
        for i in 0..<count { truths[i] = truth(va[i] == vb[i], ka[i] & kb[i]) }
      }
    case .lessRatio(let a, let b), .equalRatio(let a, let b):
      let an = values + a.numerator * stride
      let ad = values + a.denominator * stride
      let bn = values + b.numerator * stride
      let bd = values + b.denominator * stride
      let ka = known + a.numerator * stride
      let kad = known + a.denominator * stride
      let kb = known + b.numerator * stride
      let kbd = known + b.denominator * stride
      let isLess: Bool
      if case .lessRatio = self { isLess = true } else { isLess = false }
      for i in 0..<count {
        let k = ka[i] & kad[i] & kb[i] & kbd[i]
        // Denominators are positive, so a/b < c/d ⇔ a·d < c·b; 64×64-bit products fit in 128 bits.
        let left = Int128(an[i]) * Int128(bd[i])
        let right = Int128(bn[i]) * Int128(ad[i])
        truths[i] = truth(isLess ? left < right : left == right, k)
      }
    case .inMask(let a, let mask):
      let va = values + a * stride
      let ka = known + a * stride
      for i in 0..<count {
        // Case indices are 0…254; shifting a UInt64 by 64 or more gives 0 (not in the set).
        truths[i] = truth(mask >> UInt64(truncatingIfNeeded: va[i]) & 1 == 1, ka[i])
      }
    case .inTexts(let a, let words):
      let va = values + a * stride
      let ka = known + a * stride
      let limit = Int64(words.count * 64)
      words.withUnsafeBufferPointer { bits in
        for i in 0..<count {
          let id = va[i]
          let hit = id >= 0 && id < limit && bits[Int(id >> 6)] >> UInt64(id & 63) & 1 == 1
          truths[i] = truth(hit, ka[i])
        }
      }
    case .isTrue(let a):
      let va = values + a * stride
      let ka = known + a * stride
      for i in 0..<count { truths[i] = truth(va[i] != 0, ka[i]) }
    case .isKnown(let a):
      let ka = known + a * stride
      for i in 0..<count { truths[i] = truth(true, ka[i]) }
    }
  }
}

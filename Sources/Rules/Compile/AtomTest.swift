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
  /// `a < p/q` (or `p/q < a` when `constantFirst`) with a constant `q > 0`: `a.n · q < p · a.d`.
  case lessRatioConstant(RatioRegister, numerator: Int64, denominator: Int64, constantFirst: Bool)
  /// An enumeration case in a set (bit mask).
  case inMask(Int, UInt64)
  /// A text id in a set of literal ids (bit set by id).
  case inTexts(Int, [UInt64])
  /// A bool register is 1.
  case isTrue(Int)
  /// The register is known (yes) or not (unknown); for a service in force whatever the date.
  case isKnown(Int)
  /// A bool column is 1, read straight from the batch.
  case byteTrue(column: Int)
  /// An enumeration column's case is in a set (bit mask), read straight from the batch.
  case byteInMask(column: Int, mask: UInt64)
  /// A text column's id is in a set of literal ids, read straight from the batch.
  case textIn(column: Int, words: [UInt64])
  /// A text column's id is one literal's id, read straight from the batch.
  case textEquals(column: Int, id: Int32)
  /// The truth of a sub-condition, written by the ``DecisionPart`` with this index (nothing to compute here).
  case part(Int)

  /// Computes the atom for records `start ..< start + count` of a batch.
  ///
  /// - Parameters:
  ///   - batch: the records (for the column atoms).
  ///   - start: the block's first record.
  ///   - count: how many records.
  ///   - registers: the block's registers.
  ///   - truths: where to write the truth bytes.
  func run(
    batch: RecordBatch, start: Int, count: Int, registers: BlockRegisters, into truths: UnsafeMutablePointer<UInt8>
  ) {
    // The pointers address the workspace's own buffers, sized `registers × stride`, and `count ≤ stride`; every
    // index below is `register * stride + i` with `i < count`. Column pointers start at `start`, and the caller
    // checked `start + count ≤ batch.count`.
    @inline(__always) func truth(_ condition: Bool, _ isKnown: UInt8) -> UInt8 {
      (condition ? 1 : 0) & isKnown | (isKnown ^ 1) << 1
    }
    let values = registers.values
    let known = registers.known
    let stride = registers.stride
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
        // Denominators are positive, so a/b < c/d ⇔ a·d < c·b. Won amounts times percentages fit 64 bits; the
        // rare wider product is compared in 128 bits, where any two 64-bit factors fit.
        let (left, o1) = an[i].multipliedReportingOverflow(by: bd[i])
        let (right, o2) = bn[i].multipliedReportingOverflow(by: ad[i])
        let holds: Bool
        if o1 || o2 {
          let wideLeft = Int128(an[i]) * Int128(bd[i])
          let wideRight = Int128(bn[i]) * Int128(ad[i])
          holds = isLess ? wideLeft < wideRight : wideLeft == wideRight
        } else {
          holds = isLess ? left < right : left == right
        }
        truths[i] = truth(holds, k)
      }
    case .lessRatioConstant(let a, let p, let q, let constantFirst):
      let an = values + a.numerator * stride
      let ad = values + a.denominator * stride
      let ka = known + a.numerator * stride
      let kad = known + a.denominator * stride
      for i in 0..<count {
        // As `lessRatio`, with the constant's factors fixed: 64-bit products, 128 bits only on overflow.
        let (left, o1) = an[i].multipliedReportingOverflow(by: q)
        let (right, o2) = ad[i].multipliedReportingOverflow(by: p)
        let holds: Bool
        if o1 || o2 {
          let (wideLeft, wideRight) = (Int128(an[i]) * Int128(q), Int128(ad[i]) * Int128(p))
          holds = constantFirst ? wideRight < wideLeft : wideLeft < wideRight
        } else {
          holds = constantFirst ? right < left : left < right
        }
        truths[i] = truth(holds, ka[i] & kad[i])
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
    case .byteTrue(let column):
      batch.byteColumns[column].withUnsafeBufferPointer { source in
        guard let v = source.baseAddress.map({ $0 + start }) else { return }
        // 0 → no, the missing marker (255) → unknown, anything else → yes (as `RecordBatch.facts(at:)` reads it).
        for i in 0..<count { truths[i] = v[i] == RecordBatch.missingByte ? 2 : (v[i] != 0 ? 1 : 0) }
      }
    case .byteInMask(let column, let mask):
      batch.byteColumns[column].withUnsafeBufferPointer { source in
        guard let v = source.baseAddress.map({ $0 + start }) else { return }
        // The missing marker 255 is ≥ 64, so its shifted bit is 0; `truth` then marks it unknown.
        for i in 0..<count {
          let k: UInt8 = v[i] == RecordBatch.missingByte ? 0 : 1
          truths[i] = truth(mask >> UInt64(v[i]) & 1 == 1, k)
        }
      }
    case .part:
      break
    case .textEquals(let column, let id):
      batch.textColumns[column].withUnsafeBufferPointer { source in
        guard let v = source.baseAddress.map({ $0 + start }) else { return }
        for i in 0..<count { truths[i] = truth(v[i] == id, v[i] >= 0 ? 1 : 0) }
      }
    case .textIn(let column, let words):
      batch.textColumns[column].withUnsafeBufferPointer { source in
        guard let v = source.baseAddress.map({ $0 + start }) else { return }
        let limit = Int32(clamping: words.count * 64)
        words.withUnsafeBufferPointer { bits in
          for i in 0..<count {
            let id = v[i]
            let hit = id >= 0 && id < limit && bits[Int(id >> 6)] >> UInt64(id & 63) & 1 == 1
            truths[i] = truth(hit, id >= 0 ? 1 : 0)
          }
        }
      }
    }
  }
}

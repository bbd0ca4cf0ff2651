/// Ranking of one service's eligible applicants: priority (none last), `income_pct` ascending as an exact ratio
/// (unknown last), application date (missing last), id (missing last), input line.
///
/// Each eligible row gets a 64-bit key: the priority in the top byte, then ⌊income × 2³² / median⌋ (capped; the
/// largest value for an unknown income). The keys are radix-sorted (8 bits a pass, stable); since the key is a
/// monotone function of (priority, ratio), only rows with equal keys can be out of order, and each run of equal keys
/// is then sorted by the exact comparison: the ratios by cross-multiplication in 128 bits, then date, id and line.
enum HandRank {
  static let unknownRatio: UInt64 = (1 << 56) - 1

  /// The ranks 1…n of the rows whose outcome is eligible, in row order.
  ///
  /// - Parameters:
  ///   - outcomeIDs: each row's outcome id for the service.
  ///   - outcomes: the service's outcomes by id.
  ///   - applicants: the rows.
  /// - Returns: one rank per eligible row, in the order the rows come.
  /// - Complexity: O(n) for the scan, O(e) for the radix sort of the e eligible rows, plus the runs of equal keys.
  static func ranks(
    _ outcomeIDs: UnsafePointer<UInt16>, outcomes: [HandOutcome], applicants: HandApplicants
  ) -> [Int32] {
    var rows: [Int32] = []
    outcomes.map { $0.decision == 1 }.withUnsafeBufferPointer { eligible in
      for i in 0..<applicants.count where eligible[Int(outcomeIDs[i])] { rows.append(Int32(i)) }
    }
    let count = rows.count
    var keys = [UInt64](repeating: 0, count: count)
    var medians = [Int64](repeating: 0, count: count)  // 0: income unknown
    for j in 0..<count {
      let a = applicants.rows[Int(rows[j])]
      let d = HandDerived(a)
      let priority = outcomes[Int(outcomeIDs[Int(rows[j])])].priority
      var ratio = unknownRatio
      if d.band != 255 {
        medians[j] = d.median
        let income = UInt64(a.income), median = UInt64(d.median)
        ratio = income >> 32 >= median
          ? unknownRatio - 1 : min(median.dividingFullWidth((income >> 32, income << 32)).quotient, unknownRatio - 1)
      }
      keys[j] = UInt64(priority == 0 ? 255 : priority) << 56 | ratio
    }
    var order = radixSort(keys)
    var first = 0
    while first < count {
      var end = first + 1
      while end < count && keys[Int(order[end])] == keys[Int(order[first])] { end += 1 }
      if end - first > 1 {
        order[first..<end].sort { x, y in
          less(Int(x), Int(y), rows: rows, medians: medians, applicants: applicants)
        }
      }
      first = end
    }
    var ranks = [Int32](repeating: 0, count: count)
    for (place, j) in order.enumerated() { ranks[Int(j)] = Int32(place + 1) }
    return ranks
  }

  /// The positions 0..<keys.count ordered by key, stably: least significant byte first, skipping the bytes all keys
  /// share.
  static func radixSort(_ keys: [UInt64]) -> [Int32] {
    var order = (0..<Int32(keys.count)).map { $0 }
    var next = order
    var counts = [Int](repeating: 0, count: 8 * 256)
    for key in keys {
      for byte in 0..<8 { counts[byte << 8 | Int(key >> (byte * 8) & 255)] += 1 }
    }
    for byte in 0..<8 where !counts[(byte << 8)..<(byte << 8 + 256)].contains(keys.count) {
      var offset = 0
      for digit in 0..<256 {
        let n = counts[byte << 8 | digit]
        counts[byte << 8 | digit] = offset
        offset += n
      }
      for j in order {
        let digit = byte << 8 | Int(keys[Int(j)] >> (byte * 8) & 255)
        next[counts[digit]] = j
        counts[digit] += 1
      }
      swap(&order, &next)
    }
    return order
  }

  /// The exact order of two eligible rows (positions in `rows`) of equal priority.
  static func less(_ x: Int, _ y: Int, rows: [Int32], medians: [Int64], applicants: HandApplicants) -> Bool {
    let ix = Int(rows[x]), iy = Int(rows[y])
    let ax = applicants.rows[ix], ay = applicants.rows[iy]
    let mx = medians[x], my = medians[y]
    if mx == 0 || my == 0 {
      if (mx == 0) != (my == 0) { return my == 0 }
    } else {
      // ax.income / mx < ay.income / my  ⇔  ax.income × my < ay.income × mx
      let l = ax.income.multipliedFullWidth(by: my)
      let r = ay.income.multipliedFullWidth(by: mx)
      if l.high != r.high { return l.high < r.high }
      if l.low != r.low { return l.low < r.low }
    }
    if ax.application != ay.application {
      if ax.application == 0 || ay.application == 0 { return ay.application == 0 }
      return ax.application < ay.application
    }
    let p = applicants.idBuffer(ix), q = applicants.idBuffer(iy)
    if p.isEmpty || q.isEmpty {
      if p.count != q.count { return q.isEmpty }
    } else if !p.elementsEqual(q) {
      return p.lexicographicallyPrecedes(q)
    }
    return ix < iy
  }
}

extension VectorStep {
  /// Computes the step for records `start ..< start + count` of a batch.
  ///
  /// The loops index the workspace's buffers (`register * stride + i`, `i < count ≤ stride`) and the batch's
  /// columns (from `start`, with `start + count ≤ batch.count` checked by the caller), so they use unchecked pointer access.
  func run(
    batch: RecordBatch, start: Int, count: Int, registers r: BlockRegisters, tables: [CompiledTable?]
  ) {
    let out = r.value(result)
    let outKnown = r.flag(result)
    switch operation {
    case .loadInt64(let column):
      batch.int64Columns[column].withUnsafeBufferPointer { buffer in
        guard let source = buffer.baseAddress.map({ $0 + start }) else { return }
        for i in 0..<count {
          let v = source[i]
          out[i] = v
          outKnown[i] = v != RecordBatch.missingInt64 ? 1 : 0
        }
      }
    case .loadRatio(let numerator, let denominator):
      let outDen = r.value(result2)
      let outDenKnown = r.flag(result2)
      batch.int64Columns[numerator].withUnsafeBufferPointer { numerators in
        batch.int64Columns[denominator].withUnsafeBufferPointer { denominators in
          guard let n = numerators.baseAddress.map({ $0 + start }), let d = denominators.baseAddress.map({ $0 + start })
          else { return }
          for i in 0..<count {
            let k: UInt8 = d[i] > 0 ? 1 : 0
            out[i] = n[i]
            outDen[i] = k == 1 ? d[i] : 1
            outKnown[i] = k
            outDenKnown[i] = k
          }
        }
      }
    case .loadDay(let column):
      batch.dayColumns[column].withUnsafeBufferPointer { loadDays($0, start, count, out, outKnown) }
    case .loadReferenceDay:
      batch.referenceDays.withUnsafeBufferPointer { loadDays($0, start, count, out, outKnown) }
    case .loadByte(let column):
      batch.byteColumns[column].withUnsafeBufferPointer { buffer in
        guard let source = buffer.baseAddress.map({ $0 + start }) else { return }
        for i in 0..<count {
          let v = source[i]
          out[i] = Int64(v)
          outKnown[i] = v != RecordBatch.missingByte ? 1 : 0
        }
      }
    case .loadText(let column):
      batch.textColumns[column].withUnsafeBufferPointer { buffer in
        guard let source = buffer.baseAddress.map({ $0 + start }) else { return }
        for i in 0..<count {
          let v = source[i]
          out[i] = Int64(v)
          outKnown[i] = v >= 0 ? 1 : 0
        }
      }
    case .integer(let op, let a, let b):
      runInteger(op, r.value(a), r.flag(a), r.value(b), r.flag(b), count, out, outKnown)
    case .negate(let a):
      let va = r.value(a)
      let ka = r.flag(a)
      for i in 0..<count {
        out[i] = 0 &- va[i]
        outKnown[i] = ka[i] & (va[i] != Int64.min ? 1 : 0)
      }
    case .span(let unit, let a, let b):
      let va = r.value(a)
      let vb = r.value(b)
      let ka = r.flag(a)
      let kb = r.flag(b)
      // Unknown inputs hold 0 or another real day number, and the date arithmetic wraps, so every record is
      // computed without a branch and unknown results are simply flagged.
      switch unit {
      case .years:
        for i in 0..<count {
          outKnown[i] = ka[i] & kb[i]
          out[i] = CivilDays.years(from: va[i], to: vb[i])
        }
      case .months:
        for i in 0..<count {
          outKnown[i] = ka[i] & kb[i]
          out[i] = outKnown[i] == 1 ? CivilDays.months(from: va[i], to: vb[i]) : 0
        }
      default:
        for i in 0..<count {
          outKnown[i] = ka[i] & kb[i]
          out[i] = vb[i] &- va[i]
        }
      }
    case .addMonths(let a, let amount), .addDays(let a, let amount):
      let isMonths: Bool
      if case .addMonths = operation { isMonths = true } else { isMonths = false }
      let va = r.value(a)
      let ka = r.flag(a)
      for i in 0..<count {
        let moved = ka[i] == 0
          ? nil : isMonths ? CivilDays.adding(months: amount, to: va[i]) : CivilDays.adding(days: amount, to: va[i])
        out[i] = moved ?? 0
        outKnown[i] = moved == nil ? 0 : 1
      }
    case .divide, .ratio, .negateRatio, .round, .lookup:
      runRational(count: count, registers: r, tables: tables)
    }
  }

  private func loadDays(
    _ buffer: UnsafeBufferPointer<Int32>, _ start: Int, _ count: Int, _ out: UnsafeMutablePointer<Int64>,
    _ outKnown: UnsafeMutablePointer<UInt8>
  ) {
    guard let source = buffer.baseAddress.map({ $0 + start }) else { return }
    for i in 0..<count {
      let v = source[i]
      let k: UInt8 = v != RecordBatch.missingDay ? 1 : 0
      out[i] = k == 1 ? Int64(v) : 0
      outKnown[i] = k
    }
  }

  private func runInteger(
    _ op: IntegerOperation, _ va: UnsafeMutablePointer<Int64>, _ ka: UnsafeMutablePointer<UInt8>,
    _ vb: UnsafeMutablePointer<Int64>, _ kb: UnsafeMutablePointer<UInt8>, _ count: Int,
    _ out: UnsafeMutablePointer<Int64>, _ outKnown: UnsafeMutablePointer<UInt8>
  ) {
    switch op {
    case .add, .subtract, .multiply:
      for i in 0..<count {
        let (v, overflow) =
          op == .add
          ? va[i].addingReportingOverflow(vb[i])
          : op == .subtract ? va[i].subtractingReportingOverflow(vb[i]) : va[i].multipliedReportingOverflow(by: vb[i])
        out[i] = v
        outKnown[i] = ka[i] & kb[i] & (overflow ? 0 : 1)
      }
    case .min:
      for i in 0..<count {
        out[i] = va[i] <= vb[i] ? va[i] : vb[i]
        outKnown[i] = ka[i] & kb[i]
      }
    case .max:
      for i in 0..<count {
        out[i] = va[i] >= vb[i] ? va[i] : vb[i]
        outKnown[i] = ka[i] & kb[i]
      }
    }
  }
}

extension VectorStep {
  /// Computes the rational steps, table lookups and rounding (see ``run(batch:start:count:registers:tables:)``
  /// for why the loops use unchecked pointer access).
  func runRational(count: Int, registers r: BlockRegisters, tables: [CompiledTable?]) {
    let out = r.value(result)
    let outKnown = r.flag(result)
    switch operation {
    case .divide(let a, let b):
      let va = r.value(a)
      let vb = r.value(b)
      let ka = r.flag(a)
      let kb = r.flag(b)
      let outDen = r.value(result2)
      let outDenKnown = r.flag(result2)
      for i in 0..<count {
        let n = va[i]
        let d = vb[i]
        let inputs = ka[i] & kb[i]
        if d > 0 {
          out[i] = n
          outDen[i] = d
          outKnown[i] = inputs
        } else if d < 0, n != Int64.min, d != Int64.min {
          out[i] = -n
          outDen[i] = -d
          outKnown[i] = inputs
        } else {
          // Division by zero is unknown, as in the reference; a sign flip that overflows goes to the reference.
          if d != 0 { r.exotic[i] |= inputs }
          out[i] = 0
          outDen[i] = 1
          outKnown[i] = 0
        }
        outDenKnown[i] = outKnown[i]
      }
    case .ratio(let op, let a, let b):
      let an = r.value(a.numerator)
      let ad = r.value(a.denominator)
      let bn = r.value(b.numerator)
      let bd = r.value(b.denominator)
      let ka = r.flag(a.numerator)
      let kad = r.flag(a.denominator)
      let kb = r.flag(b.numerator)
      let kbd = r.flag(b.denominator)
      let outDen = r.value(result2)
      let outDenKnown = r.flag(result2)
      for i in 0..<count {
        let inputs = ka[i] & kad[i] & kb[i] & kbd[i]
        let x = Int128(an[i])
        let y = Int128(ad[i])
        let u = Int128(bn[i])
        let v = Int128(bd[i])
        var n: Int128
        var d: Int128
        switch op {
        case .add: (n, d) = (x * v + u * y, y * v)
        case .subtract: (n, d) = (x * v - u * y, y * v)
        case .multiply: (n, d) = (x * u, y * v)
        case .divide: (n, d) = (x * v, y * u)
        case .min: (n, d) = x * v <= u * y ? (x, y) : (u, v)
        case .max: (n, d) = x * v >= u * y ? (x, y) : (u, v)
        }
        if d < 0 {
          n = -n
          d = -d
        }
        let fits = d > 0 && n > Int128(Int64.min) && n <= Int128(Int64.max) && d <= Int128(Int64.max)
        // d == 0 is a division by zero (unknown, as in the reference); a result too wide unreduced might fit once
        // reduced, so the reference evaluator decides that record.
        if inputs == 1, d != 0, !fits { r.exotic[i] = 1 }
        let k: UInt8 = fits ? inputs : 0
        out[i] = fits ? Int64(n) : 0
        outDen[i] = fits ? Int64(d) : 1
        outKnown[i] = k
        outDenKnown[i] = k
      }
    case .negateRatio(let a):
      let an = r.value(a.numerator)
      let ad = r.value(a.denominator)
      let ka = r.flag(a.numerator)
      let kad = r.flag(a.denominator)
      let outDen = r.value(result2)
      let outDenKnown = r.flag(result2)
      for i in 0..<count {
        let inputs = ka[i] & kad[i]
        let fits = an[i] != Int64.min
        if !fits { r.exotic[i] |= inputs }
        out[i] = fits ? -an[i] : 0
        outDen[i] = ad[i]
        outKnown[i] = fits ? inputs : 0
        outDenKnown[i] = outKnown[i]
      }
    case .round(let mode, let a):
      let an = r.value(a.numerator)
      let ad = r.value(a.denominator)
      let ka = r.flag(a.numerator)
      let kad = r.flag(a.denominator)
      for i in 0..<count {
        let k = ka[i] & kad[i]
        outKnown[i] = k
        out[i] = k == 1 ? VectorStep.rounded(an[i], ad[i], mode) : 0
      }
    case .lookup(let index, let key, let day):
      guard let table = tables[index] else { preconditionFailure("lookup in a table without a compiled form") }
      table.lookup(
        count: count, keys: r.value(key), keyKnown: r.flag(key), days: r.value(day), dayKnown: r.flag(day),
        values: out, denominators: result2 >= 0 ? r.value(result2) : nil, known: outKnown)
      if result2 >= 0 { r.flag(result2).update(from: outKnown, count: count) }
    default:
      preconditionFailure("not a rational step")
    }
  }

  /// A rational rounded to a whole number as ``Rational/floor(times:)``, ``Rational/ceiling(times:)`` and
  /// ``Rational/rounded(times:)`` do (the denominator is positive; the result always fits).
  static func rounded(_ numerator: Int64, _ denominator: Int64, _ mode: Builtin) -> Int64 {
    let n = Int128(numerator)
    let d = Int128(denominator)
    var quotient = n / d
    switch mode {
    case .roundDown: if n % d != 0, n < 0 { quotient -= 1 }
    case .roundUp: if n % d != 0, n > 0 { quotient += 1 }
    default:
      let doubled = n * 2
      quotient = (doubled >= 0 ? doubled + d : doubled - d) / (d * 2)
    }
    return Int64(truncatingIfNeeded: quotient)
  }
}

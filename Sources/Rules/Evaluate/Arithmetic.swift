/// Exact, overflow-checked arithmetic on values; `nil` means overflow or division by zero.
enum Arithmetic {
  static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value? {
    switch (op, l, r) {
    case (.add, .money(let a), .money(let b)): return checked(a.addingReportingOverflow(b)).map(Value.money)
    case (.subtract, .money(let a), .money(let b)): return checked(a.subtractingReportingOverflow(b)).map(Value.money)
    case (.add, .count(let a), .count(let b)): return checked(a.addingReportingOverflow(b)).map(Value.count)
    case (.subtract, .count(let a), .count(let b)): return checked(a.subtractingReportingOverflow(b)).map(Value.count)
    case (.multiply, .money(let a), .count(let b)), (.multiply, .count(let b), .money(let a)):
      return checked(a.multipliedReportingOverflow(by: b)).map(Value.money)
    case (.multiply, .count(let a), .count(let b)): return checked(a.multipliedReportingOverflow(by: b)).map(Value.count)
    case (.add, .date(let d), .duration(let span)): return d.adding(span).map(Value.date)
    case (.subtract, .date(let d), .duration(let span)):
      return d.adding(CalendarDuration(-span.amount, span.unit)).map(Value.date)
    default:
      guard let a = l.rational, let b = r.rational else { return nil }
      return rational(op, a, b).map(Value.ratio)
    }
  }

  private static func checked(_ result: (partialValue: Int64, overflow: Bool)) -> Int64? {
    result.overflow ? nil : result.partialValue
  }

  /// Exact rational arithmetic, reduced so that chains of operations stay within 64 bits.
  static func rational(_ op: BinaryOperator, _ a: Rational, _ b: Rational) -> Rational? {
    let n: Int128
    let d: Int128
    switch op {
    case .add:
      n = Int128(a.numerator) * Int128(b.denominator) + Int128(b.numerator) * Int128(a.denominator)
      d = Int128(a.denominator) * Int128(b.denominator)
    case .subtract:
      n = Int128(a.numerator) * Int128(b.denominator) - Int128(b.numerator) * Int128(a.denominator)
      d = Int128(a.denominator) * Int128(b.denominator)
    case .multiply:
      n = Int128(a.numerator) * Int128(b.numerator)
      d = Int128(a.denominator) * Int128(b.denominator)
    case .divide:
      n = Int128(a.numerator) * Int128(b.denominator)
      d = Int128(a.denominator) * Int128(b.numerator)
    case .and, .or:
      return nil
    }
    guard d != 0 else { return nil }
    var g = gcd(n.magnitude, d.magnitude)
    if g == 0 { g = 1 }
    let reducedN = n / Int128(g)
    let reducedD = d / Int128(g)
    guard let numerator = Int64(exactly: reducedN), let denominator = Int64(exactly: reducedD) else { return nil }
    return Rational(numerator, denominator)
  }

  private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  static func negate(_ v: Value) -> Value? {
    switch v {
    case .count(let n): return n == .min ? nil : .count(-n)
    case .money(let n): return n == .min ? nil : .money(-n)
    case .ratio(let r): return Rational(r.numerator == .min ? 0 : -r.numerator, r.denominator).map(Value.ratio)
    case .duration(let d): return .duration(CalendarDuration(-d.amount, d.unit))
    default: return nil
    }
  }

  static func call(_ builtin: Builtin, _ arguments: [Value]) -> Value? {
    switch (builtin, arguments.first, arguments.dropFirst().first) {
    case (.years, .date(let a)?, .date(let b)?): return .count(Int64(a.wholeYears(to: b)))
    case (.months, .date(let a)?, .date(let b)?): return .count(Int64(a.wholeMonths(to: b)))
    case (.days, .date(let a)?, .date(let b)?): return .count(Int64(b.dayNumber - a.dayNumber))
    case (.roundDown, .some(let v), _): return v.rational?.floor().map(Value.money)
    case (.roundUp, .some(let v), _): return v.rational?.ceiling().map(Value.money)
    case (.round, .some(let v), _): return v.rational?.rounded().map(Value.money)
    case (.min, .some(let a), .some(let b)): return Evaluator.compare(.lessOrEqual, a, b) ? a : b
    case (.max, .some(let a), .some(let b)): return Evaluator.compare(.greaterOrEqual, a, b) ? a : b
    default: return nil
    }
  }
}

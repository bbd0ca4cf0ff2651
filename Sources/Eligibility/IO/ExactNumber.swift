import Rules

/// The exact value of a JSON number literal, with no floating point: `2.674134e6` is the integer 2674134, and
/// `0.855` the fraction 855/1000.
public enum ExactNumber {
  /// The literal's exact value as a fraction with a power-of-ten denominator.
  ///
  /// - Parameter literal: a JSON number as written (`-12`, `1.50`, `2.674134e6`).
  /// - Returns: the value reduced by trailing zeros, or `nil` when malformed or outside 64 bits.
  public static func rational(_ literal: String) -> Rational? {
    var text = Substring(literal)
    var negative = false
    if text.first == "-" {
      negative = true
      text = text.dropFirst()
    }
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let value = Int(text[text.index(after: e)...].drop(while: { $0 == "+" })), abs(value) < 1000 else { return nil }
      exponent = value
      text = text[..<e]
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    var digits = Array((whole + fraction).drop(while: { $0 == "0" }))
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    exponent -= fraction.count
    while let last = digits.last, last == "0" {
      digits.removeLast()
      exponent += 1
    }
    guard digits.count <= 19, var numerator = digits.isEmpty ? 0 : Int64(String(digits)) else { return nil }
    if numerator == 0 { return Rational(integer: 0) }
    var denominator: Int64 = 1
    while exponent > 0 {
      let (product, overflow) = numerator.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      numerator = product
      exponent -= 1
    }
    while exponent < 0 {
      let (product, overflow) = denominator.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      denominator = product
      exponent += 1
    }
    return Rational(negative ? -numerator : numerator, denominator)
  }

  /// The literal's value when it is a whole number (`3`, `3.0`, `3e2`).
  ///
  /// - Parameter literal: a JSON number as written.
  /// - Returns: the integer, or `nil` when fractional, malformed or outside 64 bits.
  public static func integer(_ literal: String) -> Int64? {
    guard let value = rational(literal), value.denominator == 1 else { return nil }
    return value.numerator
  }
}

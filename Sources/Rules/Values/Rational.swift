/// An exact fraction of two 64-bit integers, for percentages, decimals and income ratios.
///
/// Comparisons cross-multiply in 128 bits, so `income / median <= 120%` is decided as
/// `income × 100 <= median × 120` exactly and never overflows. Never `Double`.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The numerator.
  public let numerator: Int64
  /// The denominator, always positive.
  public let denominator: Int64

  /// Creates a fraction, normalising the sign onto the numerator; `nil` when the denominator is zero.
  ///
  /// The fraction is not reduced: `2674134/2228445` stays as it is, so that explanations can show the inputs.
  public init?(_ numerator: Int64, _ denominator: Int64) {
    guard denominator != 0 else { return nil }
    if denominator < 0 {
      guard numerator != .min, denominator != .min else { return nil }
      self.numerator = -numerator
      self.denominator = -denominator
    } else {
      self.numerator = numerator
      self.denominator = denominator
    }
  }

  /// A whole number as a fraction.
  public init(integer: Int64) {
    numerator = integer
    denominator = 1
  }

  /// A percentage `value / 100`, e.g. `Rational(percent: 120)`.
  public init(percent: Int64) {
    numerator = percent
    denominator = 100
  }

  /// Exact three-way comparison by 128-bit cross-multiplication.
  ///
  /// - Returns: negative, zero or positive as `self` is less than, equal to or greater than `other`.
  public func compare(_ other: Rational) -> Int {
    let left = Int128(numerator) * Int128(other.denominator)
    let right = Int128(other.numerator) * Int128(denominator)
    return left < right ? -1 : (left == right ? 0 : 1)
  }

  /// Orders by exact value.
  public static func < (lhs: Rational, rhs: Rational) -> Bool { lhs.compare(rhs) < 0 }

  /// Equal by value: `1/2 == 2/4`.
  public static func == (lhs: Rational, rhs: Rational) -> Bool { lhs.compare(rhs) == 0 }

  /// Hashes the reduced form, so equal values hash alike.
  public func hash(into hasher: inout Hasher) {
    let divisor = Rational.gcd(numerator.magnitude, UInt64(denominator))
    hasher.combine(numerator / Int64(divisor == 0 ? 1 : divisor))
    hasher.combine(denominator / Int64(divisor == 0 ? 1 : divisor))
  }

  /// The greatest common divisor of two magnitudes.
  static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  /// The value × `scale`, rounded toward negative infinity (for display and rounding to whole units).
  ///
  /// - Returns: `nil` when the result does not fit in 64 bits.
  public func floor(times scale: Int64 = 1) -> Int64? {
    let product = Int128(numerator) * Int128(scale)
    var quotient = product / Int128(denominator)
    if product % Int128(denominator) != 0, product < 0 { quotient -= 1 }
    return Int64(exactly: quotient)
  }

  /// The value × `scale`, rounded toward positive infinity.
  public func ceiling(times scale: Int64 = 1) -> Int64? {
    let product = Int128(numerator) * Int128(scale)
    var quotient = product / Int128(denominator)
    if product % Int128(denominator) != 0, product > 0 { quotient += 1 }
    return Int64(exactly: quotient)
  }

  /// The value × `scale`, rounded half away from zero.
  public func rounded(times scale: Int64 = 1) -> Int64? {
    let doubled = Int128(numerator) * Int128(scale) * 2
    let denominator2 = Int128(denominator) * 2
    let half = Int128(denominator)
    let adjusted = doubled >= 0 ? doubled + half : doubled - half
    return Int64(exactly: adjusted / denominator2)
  }

  /// A percentage for display, rounded half up to one decimal: `134.2%`. For display only; decisions compare
  /// exactly.
  public var percentText: String {
    guard let tenths = rounded(times: 1000) else { return "?" }
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
  }

  /// `numerator/denominator`.
  public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }
}

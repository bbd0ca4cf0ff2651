/// A rational held in two registers: numerator and a positive denominator.
struct RatioRegister: Sendable, Hashable {
  /// The numerator's register.
  var numerator: Int
  /// The denominator's register (an integer promoted to a ratio uses the constant-1 register).
  var denominator: Int
}

import Testing

@testable import Rules

@Test(arguments: [
  (value: Value.money(2_674_135), type: ValueType.money, text: "2_674_135원"),
  (value: .money(-1_000), type: .money, text: "-1_000원"),
  (value: .money(999), type: .money, text: "999원"),
  (value: .ratio(Rational(percent: 110)), type: .ratio, text: "110%"),
  (value: .count(4), type: .count, text: "4"),
  (value: .text("북구"), type: .text, text: #""북구""#),
  (value: .bool(false), type: .bool, text: "false"),
])
func formatsValues(value: Value, type: ValueType, text: String) {
  #expect(Counterexample.format(value, type: type, enumerations: []) == text)
}

@Test(arguments: [
  (numerator: Int64(1711), denominator: Int64(2000), text: "85.55%"),
  (numerator: 3, denominator: 2, text: "150%"),
  (numerator: 1, denominator: 3, text: "33.3%"),
  (numerator: -1, denominator: 20, text: "-5%"),
])
func formatsRatiosAsExactPercentages(numerator: Int64, denominator: Int64, text: String) throws {
  let ratio = try #require(Rational(numerator, denominator))
  #expect(Counterexample.format(.ratio(ratio), type: .ratio, enumerations: []) == text)
}

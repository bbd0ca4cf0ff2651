import Testing
@testable import Rules

@Test(arguments: [
  (numerator: Int64(2_674_134), denominator: Int64(2_228_445), percent: Int64(120), atMost: true),
  (numerator: 2_674_135, denominator: 2_228_445, percent: 120, atMost: false),
  (numerator: 4_902_579, denominator: 2_228_445, percent: 220, atMost: true),
  (numerator: Int64.max, denominator: 1, percent: 120, atMost: false),
])
func ratioAgainstPercentIsExact(numerator: Int64, denominator: Int64, percent: Int64, atMost: Bool) throws {
  let ratio = try #require(Rational(numerator, denominator))
  #expect((ratio.compare(Rational(percent: percent)) <= 0) == atMost)
}

@Test func percentTextRoundsForDisplayOnly() throws {
  #expect(try #require(Rational(2_990_000, 2_228_445)).percentText == "134.2%")
}

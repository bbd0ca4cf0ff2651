import Testing

@testable import Rules

/// Income ratios against 기준 중위소득 on ``EvaluatorFixture``: exact at both edges, 8인 and more, no overflow.
@Suite struct EvaluatorIncomeTests {
  /// Income ratios against 기준 중위소득, decided exactly: 2024 1인 2,228,445원 × 120% = 2,674,134원 exactly; 2023 1인
  /// 2,077,892원 × 120% = 2,493,470.4원; 8인 and more continue the 6인→7인 step (`beyond linear`).
  @Test(arguments: [
    // 2024, 1인: 120% line 2,674,134.0
    (service: "ratio-le", on: "2024-05-01", size: 1, income: 2_674_134, decision: Decision.eligible),
    (service: "ratio-le", on: "2024-05-01", size: 1, income: 2_674_135, decision: .ineligible),
    (service: "ratio-lt", on: "2024-05-01", size: 1, income: 2_674_133, decision: .eligible),
    (service: "ratio-lt", on: "2024-05-01", size: 1, income: 2_674_134, decision: .ineligible),
    // 50% line 1,114,222.5
    (service: "ratio-ge", on: "2024-05-01", size: 1, income: 1_114_223, decision: .eligible),
    (service: "ratio-ge", on: "2024-05-01", size: 1, income: 1_114_222, decision: .ineligible),
    (service: "ratio-gt", on: "2024-05-01", size: 1, income: 2_228_446, decision: .eligible),
    (service: "ratio-gt", on: "2024-05-01", size: 1, income: 2_228_445, decision: .ineligible),
    (service: "ratio-eq", on: "2024-05-01", size: 1, income: 2_228_445, decision: .eligible),
    (service: "ratio-eq", on: "2024-05-01", size: 1, income: 2_228_444, decision: .ineligible),
    (service: "ratio-eq", on: "2024-05-01", size: 1, income: 2_228_446, decision: .ineligible),
    (service: "ratio-chain", on: "2024-05-01", size: 1, income: 2_228_446, decision: .eligible),
    (service: "ratio-chain", on: "2024-05-01", size: 1, income: 2_674_134, decision: .eligible),
    (service: "ratio-chain", on: "2024-05-01", size: 1, income: 2_228_445, decision: .ineligible),
    (service: "ratio-chain", on: "2024-05-01", size: 1, income: 2_674_135, decision: .ineligible),
    // 2023, 1인: 120% line 2,493,470.4
    (service: "ratio-le", on: "2023-12-31", size: 1, income: 2_493_470, decision: .eligible),
    (service: "ratio-le", on: "2023-12-31", size: 1, income: 2_493_471, decision: .ineligible),
    // 2024, 8인 9,411,619 (120%: 11,293,942.8), 9인 10,308,244 (12,369,892.8), 12인 12,998,119 (15,597,742.8)
    (service: "ratio-le", on: "2024-01-01", size: 8, income: 11_293_942, decision: .eligible),
    (service: "ratio-le", on: "2024-01-01", size: 8, income: 11_293_943, decision: .ineligible),
    (service: "ratio-le", on: "2024-01-01", size: 9, income: 12_369_892, decision: .eligible),
    (service: "ratio-le", on: "2024-01-01", size: 9, income: 12_369_893, decision: .ineligible),
    (service: "ratio-le", on: "2024-12-31", size: 12, income: 15_597_742, decision: .eligible),
    (service: "ratio-le", on: "2024-12-31", size: 12, income: 15_597_743, decision: .ineligible),
    // 2023, 8인 8,987,049 (120%: 10,784,458.8)
    (service: "ratio-le", on: "2023-06-30", size: 8, income: 10_784_458, decision: .eligible),
    (service: "ratio-le", on: "2023-06-30", size: 8, income: 10_784_459, decision: .ineligible),
    // Very high incomes stay exact: ineligible, never undetermined by overflow.
    (service: "ratio-le", on: "2024-05-01", size: 12, income: 9_000_000_000_000_000_000, decision: .ineligible),
    (service: "ratio-le", on: "2024-05-01", size: 12, income: Int64.max, decision: .ineligible),
    (service: "ratio-gt", on: "2024-05-01", size: 9, income: Int64.max, decision: .eligible),
  ])
  func ratioEdges(service: String, on date: String, size: Int64, income: Int64, decision: Decision) throws {
    let (outcome, _) = try EvaluatorFixture.screen(
      service, ["household_size": .count(size), "monthly_income": .money(income)], on: date)
    #expect(outcome.decision == decision)
    #expect(outcome.reasons == [])
  }

  /// 기준 중위소득 by household size, including the linear continuation for 8인 and more.
  @Test(arguments: [
    (on: "2024-05-01", size: 1, median: 2_228_445), (on: "2024-05-01", size: 7, median: 8_514_994),
    (on: "2024-05-01", size: 8, median: 9_411_619), (on: "2024-05-01", size: 9, median: 10_308_244),
    (on: "2024-05-01", size: 12, median: 12_998_119), (on: "2023-05-01", size: 8, median: 8_987_049),
    (on: "2023-05-01", size: 1, median: 2_077_892),
  ])
  func medianIncomeLookups(on date: String, size: Int64, median: Int64) throws {
    // income_pct = income / median: with an income equal to the median the ratio is exactly 1; one won more is above.
    let (_, record) = try EvaluatorFixture.screen(
      "ratio-eq", ["household_size": .count(size), "monthly_income": .money(median)], on: date)
    let pct = try EvaluatorFixture.derived("income_pct")
    #expect(record.derived[pct].value == .ratio(Rational(integer: 1)))
    let (above, _) = try EvaluatorFixture.screen(
      "ratio-gt", ["household_size": .count(size), "monthly_income": .money(median + 1)], on: date)
    #expect(above.decision == .eligible)
  }

  @Test func veryHighIncomeRatioIsExact() throws {
    let (_, record) = try EvaluatorFixture.screen(
      "ratio-le", ["household_size": .count(12), "monthly_income": .money(.max)], on: "2024-05-01")
    let pct = try EvaluatorFixture.derived("income_pct")
    #expect(record.derived[pct].value == .ratio(try #require(Rational(.max, 12_998_119))))
  }
}

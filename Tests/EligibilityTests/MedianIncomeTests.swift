import Eligibility
import Rules
import Testing

/// A 사하 정리수납 applicant (public referral, no status) with an income, household size and application date.
private func saha(_ income: Int64, size: Int = 1, applied: String = "2024-05-01") -> String {
  """
  {"application_date": "\(applied)", "sido": "부산광역시", "sigungu": "사하구", "household_size": \(size),
   "monthly_income": \(income), "status": "none", "single_parent": false, "case_managed": false, "public_referral": true}
  """
}

/// A 북구 식사영양관리 applicant (만 80세, 요양시설 퇴소, no status).
private func bukgu(_ income: Int64, size: Int = 1, applied: String = "2024-05-01") -> String {
  """
  {"application_date": "\(applied)", "birth_date": "1944-01-01", "sido": "부산광역시", "sigungu": "북구",
   "meal_prep_difficulty": true, "discharged": true, "household_size": \(size), "monthly_income": \(income), "status": "none"}
  """
}

/// seed-readings.md §5: 사하 2024 1인 — 100 % line 2,228,445; 120 % line 2,674,134 (whole).
@Test(arguments: [
  (income: Int64(2_228_445), decision: Decision.eligible, tier: 2 as Int?),
  (income: 2_228_446, decision: .eligible, tier: 3),
  (income: 2_674_134, decision: .eligible, tier: 3),
  (income: 2_674_135, decision: .ineligible, tier: nil),
])
func saha2024OnePerson(income: Int64, decision: Decision, tier: Int?) throws {
  let service = try screenService(saha(income), service: "saha-organizing")
  #expect(service.decision == decision)
  #expect(service.tier?.number == tier)
}

/// 북구 2024 1인 — 120 % line 2,674,134 and 160 % line 3,565,512, both whole.
@Test(arguments: [
  (income: Int64(2_674_134), tier: 2, copay: Int64(40_000)),
  (income: 2_674_135, tier: 3, copay: 80_000),
  (income: 3_565_512, tier: 3, copay: 80_000),
  (income: 3_565_513, tier: 4, copay: 120_000),
])
func bukgu2024OnePerson(income: Int64, tier: Int, copay: Int64) throws {
  let service = try screenService(bukgu(income), service: "bukgu-meal")
  #expect(service.decision == .eligible)
  #expect(service.tier?.number == tier)
  #expect(service.tier?.copay == .won(copay))
}

/// 2024 2인 120 %: the line 4,419,130.8 is not whole — ⌊line⌋ passes, ⌊line⌋ + 1 fails (a table rounded up to
/// 1,000원 would print 4,420,000).
@Test(arguments: [(income: Int64(4_419_130), decision: Decision.eligible), (income: 4_419_131, decision: .ineligible)])
func twoPeople2024At120(income: Int64, decision: Decision) throws {
  #expect(try screenService(saha(income, size: 2), service: "saha-organizing").decision == decision)
}

/// The failed income test explains itself with the exact boundary on the money fact.
@Test func failedIncomeTestShowsTheBoundaryInWon() throws {
  let service = try screenService(saha(4_419_131, size: 2), service: "saha-organizing")
  let income = try #require(service.eligibility.children.first { $0.label == "소득: 기준 중위소득 120% 이하" })
  #expect(income.result == .no)
  #expect(income.boundary?.sentence(in: .korean) == "월 소득 (가구, 신고액) 4,419,130원 이하이면 충족")
  #expect(income.boundary?.sentence(in: .english) == "passes if monthly_income is at most 4,419,130 won")
  #expect(
    income.comparisons.first?.text(in: .korean)
      == "소득 (기준 중위소득 대비) 120.0% [월 소득 (가구, 신고액) 4,419,131원 ÷ 기준 중위소득 2024[2] 3,682,609원] (조건: 120% 이하)")
}

/// The table's year follows the reference date: 2023-12-31 uses 2023 (1인 2,077,892), 2024-01-01 uses 2024.
@Test(arguments: [
  (income: Int64(2_228_445), applied: "2023-12-31", decision: Decision.eligible, tier: 3 as Int?),
  (income: 2_228_445, applied: "2024-01-01", decision: .eligible, tier: 2),
  (income: 2_493_470, applied: "2023-12-31", decision: .eligible, tier: 3),
  (income: 2_493_471, applied: "2023-12-31", decision: .ineligible, tier: nil),
  (income: 2_493_471, applied: "2024-01-01", decision: .eligible, tier: 3),
])
func tableYearSwitchesOnNewYearsDay(income: Int64, applied: String, decision: Decision, tier: Int?) throws {
  let service = try screenService(saha(income, applied: applied), service: "saha-organizing")
  #expect(service.decision == decision)
  #expect(service.tier?.number == tier)
}

/// The as-of date wins over the application date for the table's year.
@Test func asOfDateChoosesTheTableVersion() throws {
  let applied2023 = try screenService(saha(2_228_445, applied: "2023-12-31"), service: "saha-organizing", asOf: try civil("2024-01-01"))
  #expect(applied2023.tier?.number == 2)
}

/// 8인 이상: median(n) = median(7) + (median(7) − median(6)) × (n − 7); 2024: 8인 9,411,619, 9인 10,308,244,
/// 12인 12,998,119.
@Test(arguments: [
  (size: 8, median: Int64(9_411_619)), (size: 9, median: 10_308_244), (size: 12, median: 12_998_119),
])
func largeHouseholdMedians(size: Int, median: Int64) throws {
  let found = MedianIncome.lookup(in: try rulesetContext().ruleset, householdSize: Int64(size), on: try civil("2024-05-01"))
  #expect(found == MedianIncome(won: median, householdSize: Int64(size), version: "2024"))
}

/// Large households with high incomes, both sides of the 100 % and 120 % lines (사하) and the 160 % line (북구).
@Test(arguments: [
  (size: 8, income: Int64(11_293_942), tier: 3 as Int?), (size: 8, income: 11_293_943, tier: nil),
  (size: 9, income: 10_308_244, tier: 2), (size: 9, income: 10_308_245, tier: 3),
  (size: 9, income: 12_369_892, tier: 3), (size: 9, income: 12_369_893, tier: nil),
  (size: 12, income: 15_597_742, tier: 3), (size: 12, income: 15_597_743, tier: nil),
])
func sahaLargeHouseholds(size: Int, income: Int64, tier: Int?) throws {
  let service = try screenService(saha(income, size: size), service: "saha-organizing")
  #expect(service.decision == (tier == nil ? .ineligible : .eligible))
  #expect(service.tier?.number == tier)
}

@Test(arguments: [
  (size: 12, income: Int64(20_796_990), tier: 3), (size: 12, income: 20_796_991, tier: 4),
  (size: 8, income: 15_058_590, tier: 3), (size: 8, income: 15_058_591, tier: 4),
])
func bukguLargeHouseholdsAt160(size: Int, income: Int64, tier: Int) throws {
  #expect(try screenService(bukgu(income, size: size), service: "bukgu-meal").tier?.number == tier)
}

@Test func exactPercentageTestNeverUsesFloatingPoint() {
  let median = MedianIncome(won: 2_228_445, householdSize: 1, version: "2024")
  // A14: 4,902,579 is exactly 220 % of 2,228,445 (floating point computes 220.00000000000003 %).
  #expect(!median.isExceeded(by: 4_902_579, percent: 220))
  #expect(median.isExceeded(by: 4_902_580, percent: 220))
  #expect(median.line(percent: 50) == Rational(111_422_250, 100))
}

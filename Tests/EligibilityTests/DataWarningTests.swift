import Eligibility
import Rules
import Testing

/// The warning codes for an applicant screened on its application date.
private func warnings(_ json: String, checks: DataChecks = DataChecks()) throws -> [DataWarning] {
  var context = try rulesetContext()
  context.dataChecks = checks
  return try context.screen(try applicantFacts(json), service: "saha-organizing").warnings
}

private func applicant(status: String, income: Int64, size: Int = 1, applied: String = "2024-05-01") -> String {
  """
  {"application_date": "\(applied)", "status": "\(status)", "monthly_income": \(income), "household_size": \(size)}
  """
}

/// A11: 50 % of the 2024 median is 1,114,222.5원 (1인), 1,841,304.5원 (2인), 4,257,497원 (7인, whole) and
/// 4,705,809.5원 (8인, by the 8인 이상 rule): income × 100 > median × 50.
@Test(arguments: [
  (status: "livelihood", income: Int64(1_114_222), size: 1, warns: false),
  (status: "livelihood", income: 1_114_223, size: 1, warns: true),
  (status: "교육급여 수급자", income: 1_114_223, size: 1, warns: true),
  (status: "near_poor_copay", income: 1_841_304, size: 2, warns: false),
  (status: "near_poor_copay", income: 1_841_305, size: 2, warns: true),
  (status: "near_poor_confirmed", income: 4_705_809, size: 8, warns: false),
  (status: "near_poor_confirmed", income: 4_705_810, size: 8, warns: true),
  (status: "near_poor_selfsupport", income: 4_257_497, size: 7, warns: false),
  (status: "near_poor_selfsupport", income: 4_257_498, size: 7, warns: true),
  (status: "none", income: 9_000_000, size: 1, warns: false),
])
func statusWithIncomeAboveHalfTheMedianWarns(status: String, income: Int64, size: Int, warns: Bool) throws {
  let found = try warnings(applicant(status: status, income: income, size: size))
  #expect(found.map(\.code) == (warns ? ["status-income-above-median-share"] : []))
}

@Test func statusWarningMessageNamesTheNumbers() throws {
  let found = try warnings(applicant(status: "livelihood", income: 1_500_000))
  #expect(
    found.first?.message(in: .korean)
      == "수급 자격 생계급여 수급자 (기초생활수급자 (생계·의료·주거·교육급여)): 월 소득 (가구, 신고액) 1,500,000원 — "
      + "기준 중위소득 50% 1,114,222.5원 (2024, 가구원수 1) 초과. 자료 확인 필요, 판정은 그대로 (A11)")
  #expect(
    found.first?.message(in: .english)
      == "status `livelihood` (set `recipient`) with monthly income 1,500,000 won above 50% of the median income, "
      + "1,114,222.5 won (2024, household of 1); check the data, decisions unchanged (A11)")
}

@Test func statusWarningUsesTheReferenceDatesTable() throws {
  // 2023 1인 median 2,077,892: the line is 1,038,946 — 1,100,000 warns in 2023 and in 2024 does not.
  #expect(try warnings(applicant(status: "livelihood", income: 1_100_000, applied: "2023-06-01")).count == 1)
  #expect(try warnings(applicant(status: "livelihood", income: 1_100_000, applied: "2024-06-01")).isEmpty)
  // No version for 2027: no warning (and no crash).
  #expect(try warnings(applicant(status: "livelihood", income: 5_000_000, applied: "2027-06-01")).isEmpty)
}

@Test func missingFactsGiveNoWarning() throws {
  #expect(try warnings(#"{"application_date": "2024-05-01", "status": "livelihood", "household_size": 1}"#).isEmpty)
  #expect(try warnings(#"{"status": "livelihood", "household_size": 1, "monthly_income": 5000000}"#).isEmpty)
  #expect(try warnings(#"{"application_date": "2024-05-01", "status": "livelihood", "monthly_income": 5000000}"#).isEmpty)
}

@Test func missingRulesetNamesGiveNoWarning() throws {
  var checks = DataChecks()
  checks.lowIncomeSets = ["no_such_set"]
  checks.statusField = "no_such_field"
  checks.medianTable = "no_such_table"
  checks.livesAloneField = "no_such_flag"
  let json = #"{"application_date": "2024-05-01", "status": "livelihood", "monthly_income": 5000000, "household_size": 3, "lives_alone": true}"#
  #expect(try warnings(json, checks: checks).isEmpty)
  #expect(try warnings(json).map(\.code) == ["status-income-above-median-share", "lives-alone-household-size"])
}

/// A6: 독거 with more than one member is suspicious, not a rejection.
@Test(arguments: [
  (livesAlone: true, size: 2, warns: true), (livesAlone: true, size: 1, warns: false),
  (livesAlone: false, size: 3, warns: false),
])
func livesAloneWithOthersWarns(livesAlone: Bool, size: Int, warns: Bool) throws {
  let found = try warnings(#"{"lives_alone": \#(livesAlone), "household_size": \#(size)}"#)
  #expect(found.map(\.code) == (warns ? ["lives-alone-household-size"] : []))
  if warns {
    #expect(
      found.first?.message(in: .korean)
        == "독거 예, 가구원수 (주민등록상 가구) 2 — 독거인데 1인 가구가 아님. 자료 확인 필요, 판정은 그대로 (A6)")
  }
}

/// The warning does not change the decision (A11): a 수급자 above 120 % is still 비대상.
@Test func warningsDoNotChangeDecisions() throws {
  let json = """
    {"application_date": "2024-05-01", "sido": "부산광역시", "sigungu": "사하구", "household_size": 1,
     "monthly_income": 2674135, "status": "medical", "case_managed": true}
    """
  let report = try rulesetContext().screen(try applicantFacts(json), service: "saha-organizing")
  #expect(report.warnings.map(\.code) == ["status-income-above-median-share"])
  #expect(report.services.first?.decision == .ineligible)
}

import Testing

@testable import Rules

// Decision lists, effective periods, the reference date and choices, on ``EvaluatorFixture``.

/// Decision lists, effective periods, the reference date and choices, on ``EvaluatorFixture``.
@Suite struct EvaluatorDecisionTests {
  // MARK: Priority and tier: first match

  @Test func unknownRowBeforeTheMatchChoosesNoRow() throws {
    let (outcome, _) = try EvaluatorFixture.screen(
      "rows", ["household_size": .count(1), "monthly_income": .money(2_000_000), "public_referral": .bool(true)])
    let caseManaged = Rules.UnknownReason.fact(try EvaluatorFixture.slot("case_managed"))
    let status = Rules.UnknownReason.fact(try EvaluatorFixture.slot("status"))
    #expect(outcome.decision == .eligible)
    #expect(outcome.priority?.tried == [.unknown])
    #expect(outcome.priority?.matched == nil)
    #expect(outcome.priority?.reasons == [caseManaged])
    #expect(outcome.priority?.truth == .unknown)
    #expect(outcome.priorityNumber == nil)
    // Row 2 of the tiers would match, but row 1 (수급자) is unknown first.
    #expect(outcome.tier?.tried == [.unknown])
    #expect(outcome.tierNumber == nil)
    #expect(outcome.subsidy == nil)
    #expect(outcome.copay == nil)
    #expect(outcome.reasons == [caseManaged, status])
  }

  @Test(arguments: [
    (status: "none", income: 2_228_445, tier: 2, subsidy: 450_000, copay: 50_000),
    (status: "none", income: 2_228_446, tier: 3, subsidy: 400_000, copay: 100_000),
    (status: "livelihood", income: 2_674_134, tier: 1, subsidy: 475_000, copay: 25_000),
    (status: "education", income: 0, tier: 1, subsidy: 475_000, copay: 25_000),
  ])
  func firstMatchingTier(status: String, income: Int64, tier: Int, subsidy: Int64, copay: Int64) throws {
    let ruleset = try EvaluatorFixture.ruleset()
    let statusCase = try #require(ruleset.enumerations.first { $0.name == "status" }?.caseIndex(status))
    let (outcome, _) = try EvaluatorFixture.screen(
      "rows",
      [
        "household_size": .count(1), "monthly_income": .money(income), "status": .enumCase(statusCase),
        "case_managed": .bool(false), "public_referral": .bool(false), "private_referral": .bool(true),
      ])
    #expect(outcome.decision == .eligible)
    #expect(outcome.priorityNumber == 3)
    #expect(outcome.priority?.tried == [.no, .no, .yes])
    #expect(outcome.tierNumber == tier)
    #expect(outcome.subsidy == .won(subsidy))
    #expect(outcome.copay == .won(copay))
    #expect(outcome.reasons == [])
  }

  @Test func noRowMatches() throws {
    let (outcome, _) = try EvaluatorFixture.screen(
      "rows",
      [
        "household_size": .count(2), "monthly_income": .money(3_000_000), "status": .enumCase(0),
        "case_managed": .bool(true), "public_referral": .bool(false), "private_referral": .bool(false),
      ])
    // 3,000,000 / 3,682,609 ≈ 81%: tier 2; no priority row holds.
    #expect(outcome.decision == .eligible)
    #expect(outcome.priority?.tried == [.no, .no, .no])
    #expect(outcome.priority?.truth == .no)
    #expect(outcome.priorityNumber == nil)
    #expect(outcome.tierNumber == 2)
    #expect(outcome.reasons == [])
  }

  @Test func ineligibleSkipsTheLists() throws {
    let (outcome, _) = try EvaluatorFixture.screen("rows", ["monthly_income": .money(3_000_001)])
    #expect(outcome.decision == .ineligible)
    #expect(outcome.priority == nil)
    #expect(outcome.tier == nil)
    #expect(outcome.reasons == [])
  }

  // MARK: Effective period and reference date

  @Test(arguments: [
    (on: "2023-12-31", inForce: false, decision: Decision.ineligible),
    (on: "2024-01-01", inForce: true, decision: .eligible),
    (on: "2024-12-31", inForce: true, decision: .eligible),
    (on: "2025-01-01", inForce: false, decision: .ineligible),
  ])
  func effectivePeriod(on date: String, inForce: Bool, decision: Decision) throws {
    let (outcome, _) = try EvaluatorFixture.screen("period", ["monthly_income": .money(1_000_000)], on: date)
    #expect(outcome.inForce == inForce)
    #expect(outcome.decision == decision)
    #expect(outcome.reasons == [])
  }

  @Test func outsideThePeriodIsIneligibleEvenWithMissingFacts() throws {
    let (outcome, _) = try EvaluatorFixture.screen("period", [:], on: "2025-01-01")
    #expect(outcome.decision == .ineligible)
    #expect(outcome.reasons == [])
  }

  @Test func noReferenceDateIsUndetermined() throws {
    let (outcome, record) = try EvaluatorFixture.screen(
      "period", ["monthly_income": .money(1_000_000)], on: nil)
    #expect(outcome.inForce == nil)
    #expect(outcome.decision == .undetermined)
    #expect(outcome.reasons == [.referenceDate])
    // Derived facts that need the date are unknown for that reason only.
    #expect(record.derived[try EvaluatorFixture.derived("age")].reasons == [.fact(try EvaluatorFixture.slot("birth_date")), .referenceDate])
    let (ratio, _) = try EvaluatorFixture.screen(
      "ratio-le", ["household_size": .count(1), "monthly_income": .money(1)], on: nil)
    #expect(ratio.decision == .undetermined)
    #expect(ratio.reasons == [.referenceDate])
  }

  @Test func noReferenceDateButAFailedTestIsIneligible() throws {
    let (outcome, _) = try EvaluatorFixture.screen("period", ["monthly_income": .money(3_000_001)], on: nil)
    #expect(outcome.decision == .ineligible)
    #expect(outcome.reasons == [])
  }

  @Test func dateOutsideEveryTableVersion() throws {
    let (outcome, _) = try EvaluatorFixture.screen(
      "ratio-le", ["household_size": .count(1), "monthly_income": .money(1)], on: "2025-01-01")
    let table = try #require(try EvaluatorFixture.ruleset().tables.firstIndex { $0.name == "median_income" })
    #expect(outcome.decision == .undetermined)
    #expect(outcome.reasons == [.noTableVersion(table: table, date: try EvaluatorFixture.date("2025-01-01"))])
  }

  // MARK: Choices

  @Test(arguments: [
    (publicReferral: true, income: 2_000_000, choices: ["S1", "E1", "C1", "R1", "T1", "P1"]),
    (publicReferral: false, income: 2_000_000, choices: ["S1", "E1", "C1", "R2", "T1", "P1"]),
    // Ineligible: no row was chosen, so no row's reading counts; the let's reading still does.
    (publicReferral: false, income: 2_674_135, choices: ["S1", "E1", "C1", "P1"]),
  ])
  func choicesCollected(publicReferral: Bool, income: Int64, choices: [String]) throws {
    let (outcome, _) = try EvaluatorFixture.screen(
      "choices",
      [
        "household_size": .count(1), "monthly_income": .money(income), "public_referral": .bool(publicReferral),
        "private_referral": .bool(true),
      ])
    #expect(outcome.choices.map(\.id) == choices)
    #expect(outcome.choices.first { $0.id == "P1" }?.text == "기준 중위소득은 기준일이 속한 연도의 고시를 쓴다")
  }
}

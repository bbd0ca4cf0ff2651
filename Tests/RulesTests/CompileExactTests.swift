import Testing
@testable import Rules

/// Hand-picked records with known answers, screened one at a time through the compiled form.
struct CompileExactTests {
  /// Screens one applicant of 부산광역시 사하구 or 북구 for one service.
  static func screen(
    _ service: String, reference: CivilDate?, _ facts: [String: Value]
  ) throws -> CompiledRuleset.DecodedResult {
    let ruleset = try bundledRuleset()
    let index = try #require(ruleset.serviceIndex(service))
    let compiled = CompiledRuleset(ruleset, services: [index])
    var input = Facts(count: ruleset.schema.fields.count)
    for (name, value) in facts { input[try #require(ruleset.schema.slot(named: name))] = value }
    var batch = RecordBatch(for: compiled)
    try batch.append(input, referenceDate: reference)
    var codes = [UInt32](repeating: 0, count: 1)
    compiled.evaluate(batch, records: 0..<1, workspace: compiled.makeWorkspace(), into: &codes)
    return compiled.decode(ResultCode(rawValue: codes[0]), service: 0)
  }

  static func saha(income: Int64, size: Int64 = 1, on date: CivilDate = day((2024, 5, 1))) -> [String: Value] {
    [
      "sido": .text("부산광역시"), "sigungu": .text("사하구"), "household_size": .count(size),
      "monthly_income": .money(income), "status": .enumCase(0), "single_parent": .bool(false),
      "case_managed": .bool(true), "application_date": .date(date), "public_referral": .bool(false),
      "private_referral": .bool(false),
    ]
  }

  @Test(arguments: [
    (income: 2_228_445 as Int64, decision: Decision.eligible, tier: 2 as Int?),
    (income: 2_228_446, decision: .eligible, tier: 3),
    (income: 2_674_134, decision: .eligible, tier: 3),
    (income: 2_674_135, decision: .ineligible, tier: nil),
  ])
  func sahaOnePerson2024(income: Int64, decision: Decision, tier: Int?) throws {
    let result = try CompileExactTests.screen("saha-organizing", reference: day((2024, 5, 1)), CompileExactTests.saha(income: income))
    #expect(result.decision == decision)
    #expect(result.tierNumber == tier)
    #expect(result.priorityNumber == (decision == .eligible ? 1 : nil))
  }

  @Test func sahaEightPersonsUsesTheLinearRule() throws {
    // 2024 8인 9,411,619원 = 8,514,994 + 896,625; 120% line 11,293,942.8.
    let at = try CompileExactTests.screen("saha-organizing", reference: day((2024, 5, 1)), CompileExactTests.saha(income: 11_293_942, size: 8))
    let over = try CompileExactTests.screen("saha-organizing", reference: day((2024, 5, 1)), CompileExactTests.saha(income: 11_293_943, size: 8))
    #expect(at.decision == .ineligible)  // case management counts for 1인 only, and no referral
    #expect(over.decision == .ineligible)
    var referred = CompileExactTests.saha(income: 11_293_942, size: 8)
    referred["public_referral"] = .bool(true)
    let eligible = try CompileExactTests.screen("saha-organizing", reference: day((2024, 5, 1)), referred)
    #expect(eligible.decision == .eligible)
    #expect(eligible.priorityNumber == 2)
    #expect(eligible.tierNumber == 3)
    #expect(eligible.copay == .won(100_000))
  }

  @Test func sahaWithoutIncomeIsUndetermined() throws {
    var facts = CompileExactTests.saha(income: 0)
    facts["monthly_income"] = nil
    let result = try CompileExactTests.screen("saha-organizing", reference: day((2024, 5, 1)), facts)
    #expect(result.decision == .undetermined)
    #expect(result.priorityNumber == 1)
    #expect(result.tierNumber == nil)
  }

  @Test func sahaWithoutReferenceDateIsUndetermined() throws {
    let result = try CompileExactTests.screen("saha-organizing", reference: nil, CompileExactTests.saha(income: 1_000_000))
    #expect(result.decision == .undetermined)
  }

  @Test(arguments: [
    (date: (2025, 2, 28), decision: Decision.ineligible),
    (date: (2025, 3, 1), decision: .eligible),
    (date: (2024, 2, 28), decision: .ineligible),
    (date: (2024, 2, 29), decision: .ineligible),
  ])
  func bukguBornOn29February(date: (Int, Int, Int), decision: Decision) throws {
    // Born 1960-02-29: 65 on 2025-03-01 in a common year; 64 all through leap-year 2024.
    let facts: [String: Value] = [
      "sido": .text("부산광역시"), "sigungu": .text("북구"), "birth_date": .date(day((1960, 2, 29))),
      "meal_prep_difficulty": .bool(true), "discharged": .bool(true), "household_size": .count(1),
      "status": .enumCase(1),
    ]
    let result = try CompileExactTests.screen("bukgu-meal", reference: day(date), facts)
    #expect(result.decision == decision)
    #expect(result.tierNumber == (decision == .eligible ? 1 : nil))
  }

  @Test(arguments: [(income: 3_565_512 as Int64, tier: 3), (income: 3_565_513, tier: 4)])
  func bukgu160PercentLine2024(income: Int64, tier: Int) throws {
    let facts: [String: Value] = [
      "sido": .text("부산광역시"), "sigungu": .text("북구"), "birth_date": .date(day((1944, 1, 1))),
      "meal_prep_difficulty": .bool(true), "discharged": .bool(true), "household_size": .count(1),
      "monthly_income": .money(income), "status": .enumCase(0),
    ]
    let result = try CompileExactTests.screen("bukgu-meal", reference: day((2024, 5, 1)), facts)
    #expect(result.decision == .eligible)
    #expect(result.priorityNumber == 1)
    #expect(result.tierNumber == tier)
  }

  @Test func unknownTextsMatchNoLiteral() throws {
    let ruleset = try bundledRuleset()
    let compiled = CompiledRuleset(ruleset)
    var batch = RecordBatch(for: compiled)
    let fresh = batch.intern("어느 도시")
    #expect(Int(fresh) >= compiled.literalTexts.count)
    #expect(batch.intern("부산광역시") < Int32(compiled.literalTexts.count))
  }

  @Test func mismatchedFactsAreRejected() throws {
    let ruleset = try bundledRuleset()
    let compiled = CompiledRuleset(ruleset)
    var batch = RecordBatch(for: compiled)
    var facts = Facts(count: ruleset.schema.fields.count)
    let slot = try #require(ruleset.schema.slot(named: "monthly_income"))
    facts[slot] = .text("많음")
    #expect(throws: RecordBatch.AppendError.typeMismatch(slot: slot, expected: .money)) {
      try batch.append(facts, referenceDate: nil)
    }
    facts[slot] = .money(Int64.min)
    #expect(throws: RecordBatch.AppendError.unrepresentable(slot: slot)) { try batch.append(facts, referenceDate: nil) }
    #expect(batch.count == 0)
  }
}

import Testing

@testable import Rules

/// A service with two examples that leave a group never false, a leaf never decided, a row unmatched and one
/// threshold's edge unvisited.
let coverageService = """
  service s "서비스" {
    effective 2024-01-01 .. 2024-12-31
    eligible all {
      "소득": income_pct <= 120%
      any "가구특성" {
        "사례관리": case_managed
        "추천": public_referral
      }
    }
    priority first {
      1 "사례관리": case_managed
      2 "큰 가구 추천": public_referral and household_size >= 3
    }
    example "경계" {
      given { application_date = 2024-05-01, household_size = 1, monthly_income = 2_674_134원, case_managed = true }
      expect eligible priority 1
    }
    example "소득 초과" {
      given { application_date = 2024-05-01, household_size = 1, monthly_income = 3_000_000원, case_managed = true }
      expect ineligible
    }
  }
  """

/// The checked prelude and a service, and an evaluator.
func coverageEvaluator(_ service: String) throws -> Evaluator {
  let result = Checker.check([Parser.parse(SourceFile(path: "t.rules", text: lintPrelude + service))])
  let ruleset = try #require(result.ruleset, "\(DiagnosticRenderer.render(result.diagnostics))")
  return Evaluator(ruleset)
}

@Test func coverageOfASmallService() throws {
  let evaluator = try coverageEvaluator(coverageService)
  let service = evaluator.ruleset.services[0]
  let reference = CivilDate(year: 2024, month: 5, day: 1)
  let records = service.examples.map { evaluator.prepare($0.facts, referenceDate: reference) }
  let coverage = Coverage.measure(service: 0, evaluator: evaluator, records: records)
  #expect(coverage.neverTrue.map(\.label) == ["추천"])
  #expect(coverage.neverFalse.map(\.label) == ["가구특성", "사례관리", "추천"])
  #expect(coverage.unmatchedRows.map { "\($0.list) \($0.number)" } == ["priority 2"])
  #expect(coverage.thresholds.map(\.threshold.text) == ["income_pct <= 120%", "household_size >= 3"])
  #expect(coverage.thresholds.map(\.hits) == [1, 0])
  #expect(coverage.missedEdges.map(\.text) == ["household_size >= 3"])
  #expect(!coverage.isComplete)
}

@Test(arguments: [
  (income: Int64(2_674_133), hit: false), (income: 2_674_134, hit: true), (income: 2_674_135, hit: true),
  (income: 2_674_136, hit: false),
])
func incomeEdgeIsTheLastPassingAndFirstFailingWon(income: Int64, hit: Bool) throws {
  let evaluator = try coverageEvaluator(coverageService)
  var facts = evaluator.ruleset.services[0].examples[0].facts
  facts[2] = .money(income)
  let record = evaluator.prepare(facts, referenceDate: CivilDate(year: 2024, month: 5, day: 1))
  let coverage = Coverage.measure(service: 0, evaluator: evaluator, records: [record])
  #expect((coverage.thresholds[0].hits == 1) == hit)
}

/// A service with an income and an age threshold, for boundary cases.
let boundaryService = """
  service s "서비스" {
    effective 2024-01-01 .. 2024-12-31
    eligible all {
      "소득": income_pct <= 120%
      "연령": age >= 65
    }
    example "기본" {
      given { application_date = 2024-03-02, household_size = 1, monthly_income = 2_000_000원, birth_date = 1950-01-01 }
      expect eligible
    }
  }
  """

/// A case as `field=value; …`.
func caseText(_ boundary: BoundaryCases.Case, _ ruleset: CheckedRuleset) -> String {
  boundary.changes.map { "\(ruleset.schema.fields[$0.slot].name)=\($0.value)" }.joined(separator: "; ")
}

@Test func boundaryCasesWithoutAReferenceField() throws {
  let evaluator = try coverageEvaluator(boundaryService)
  let reference = CivilDate(year: 2024, month: 3, day: 2)
  let base = try #require(BoundaryCases.base(service: 0, evaluator: evaluator, referenceDate: { _ in reference }))
  let cases = BoundaryCases.generate(
    service: 0, evaluator: evaluator, base: base.facts, referenceDate: reference, referenceSlot: nil)
  #expect(cases.map { "\($0.subject): \(caseText($0, evaluator.ruleset))" } == [
    "income_pct <= 120%: monthly_income=2674133원",
    "income_pct <= 120%: monthly_income=2674134원",
    "income_pct <= 120%: monthly_income=2674135원",
    "age >= 65: birth_date=1959-03-02",
    "age >= 65: birth_date=1959-03-03",
  ])
  let decisions = cases.map {
    evaluator.evaluate(service: 0, on: evaluator.prepare($0.facts, referenceDate: $0.referenceDate)).decision
  }
  #expect(decisions == [.eligible, .eligible, .ineligible, .eligible, .ineligible])
}

@Test func boundaryCasesWithTheApplicationDate() throws {
  let evaluator = try coverageEvaluator(boundaryService)
  let reference = CivilDate(year: 2024, month: 3, day: 2)
  let base = try #require(BoundaryCases.base(service: 0, evaluator: evaluator, referenceDate: { _ in reference }))
  let cases = BoundaryCases.generate(
    service: 0, evaluator: evaluator, base: base.facts, referenceDate: reference, referenceSlot: 0)
  // 2025 is the nearest common year in which someone born on 29 February turns 65 (1960 is a leap year), but
  // the service ends in 2024, and no year from 2016 to 2032 fits: no 29 February case.
  #expect(cases.map { "\($0.subject): \(caseText($0, evaluator.ruleset))" } == [
    "income_pct <= 120%: monthly_income=2674133원",
    "income_pct <= 120%: monthly_income=2674134원",
    "income_pct <= 120%: monthly_income=2674135원",
    "age >= 65: birth_date=1959-03-02",
    "age >= 65: birth_date=1959-03-03",
    "effective: application_date=2023-12-31",
    "effective: application_date=2024-01-01",
    "effective: application_date=2024-12-31",
    "effective: application_date=2025-01-01",
  ])
  let open = boundaryService.replacingOccurrences(of: "2024-01-01 .. 2024-12-31", with: "2020-01-01 .. open")
  let openEvaluator = try coverageEvaluator(open)
  let leap = BoundaryCases.generate(
    service: 0, evaluator: openEvaluator, base: base.facts, referenceDate: reference, referenceSlot: 0
  ).filter { $0.changes.count == 2 }
  #expect(leap.map { caseText($0, openEvaluator.ruleset) } == [
    "birth_date=1956-02-29; application_date=2021-02-28",
    "birth_date=1956-02-29; application_date=2021-03-01",
  ])
  let ages = leap.map {
    openEvaluator.prepare($0.facts, referenceDate: $0.referenceDate).derived[1].value
  }
  #expect(ages == [.count(64), .count(65)])
}

@Test func boundaryExamplesAreInsertedBeforeTheClosingBrace() throws {
  let file = SourceFile(path: "t.rules", text: lintPrelude + boundaryService)
  let block = "  example \"새\" {\n    given { household_size = 1 }\n    expect eligible\n  }\n"
  let updated = try #require(BoundaryCases.insert(block, intoService: "s", of: file))
  #expect(updated.hasSuffix("    expect eligible\n  }\n" + block + "}"))
  let result = Checker.check([Parser.parse(SourceFile(path: "t.rules", text: updated))])
  #expect(result.ruleset?.services[0].examples.map(\.name) == ["기본", "새"])
}

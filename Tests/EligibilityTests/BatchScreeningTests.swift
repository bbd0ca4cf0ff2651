import Eligibility
import Foundation
import Rules
import Testing

/// Drawing helpers for this file, over the shared seeded generator.
private extension SplitMix64 {
  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  mutating func percent(_ p: Int) -> Bool { below(100) < p }
}

/// Applicants over every schema field: regions the services name, incomes exactly on the median lines and one
/// won either side, application dates from 2022 to 2026, and about 4% of every fact missing.
private func generatedApplicants(_ ruleset: CheckedRuleset, count: Int, seed: UInt64) -> [ApplicantTableRecord] {
  var random = SplitMix64(state: seed)
  let regions: [(String, String)] = [
    ("부산광역시", "사하구"), ("부산광역시", "북구"), ("부산광역시", "영도구"), ("서울특별시", "성동구"), ("경기도", "성남시"),
    ("경기도", "안산시"), ("인천광역시", "남동구"), ("충청남도", "예산군"), ("대구광역시", "북구"),
  ]
  let median = ruleset.tables.first { $0.name == "median_income" }
  let lines: [Int64] = [30, 40, 50, 60, 75, 85, 100, 120, 150, 160, 180]
  var records: [ApplicantTableRecord] = []
  for n in 0..<count {
    var facts = Facts(count: ruleset.schema.fields.count)
    let year = 2022 + random.below(5)
    let applied = CivilDate(year: year, month: 1 + random.below(12), day: 1 + random.below(28))
    let size = Int64(1 + random.below(random.percent(80) ? 4 : 9))
    let region = regions[random.below(regions.count)]
    for (slot, field) in ruleset.schema.fields.enumerated() where !random.percent(4) {
      switch (field.name, field.type) {
      case ("id", _): facts[slot] = .text("A\(n % 997)")  // repeated ids: ranking falls back to the line
      case ("application_date", _): facts[slot] = applied.map(Value.date)
      case ("household_size", _): facts[slot] = .count(size)
      case ("monthly_income", _):
        var income = Int64(random.below(9_000_000))
        if let median, let date = applied, let version = median.version(on: date),
          case .money(let m)? = ParameterTable.value(in: version, key: size), random.percent(70)
        {
          income = m * lines[random.below(lines.count)] / 100 + Int64(random.below(3)) - 1
        }
        facts[slot] = .money(max(0, income))
      case ("sido", _), ("employer_sido", _): facts[slot] = .text(region.0)
      case ("sigungu", _), ("employer_sigungu", _): facts[slot] = .text(region.1)
      case (_, .text): facts[slot] = .text("기타")
      case (_, .date):
        let day = (applied?.dayNumber ?? 19_000) - random.below(365 * 90)
        facts[slot] = CivilDate(dayNumber: day).map(Value.date)
      case (_, .count): facts[slot] = .count(Int64(random.below(7)))
      case (_, .money): facts[slot] = .money(Int64(random.below(400_000_000)))
      case (_, .bool): facts[slot] = .bool(random.percent(40))
      case (_, .enumeration(let e)): facts[slot] = .enumCase(random.below(ruleset.enumerations[e].caseNames.count))
      default: break
      }
    }
    records.append(ApplicantTableRecord(line: n + 2, facts: facts))
  }
  return records
}

/// The first differences between two result lists, for the failure message.
private func differences(_ a: [BatchResult], _ b: [BatchResult]) -> [String] {
  zip(a, b).filter { $0 != $1 }.prefix(3).map { "compiled \($0)\nreference \($1)" }
}

@Test(arguments: [nil, "2024-05-01", "2022-06-30"])
func compiledBatchEqualsReference(asOf: String?) throws {
  let context = try rulesetContext()
  #expect(context.ruleset.services.count == 12)
  let records = generatedApplicants(context.ruleset, count: 3_000, seed: 20_240_501)
  let date = try asOf.map(civil)
  let compiled = try BatchScreening(context: context, asOf: date, workers: 2)
  let reference = try BatchScreening(context: context, asOf: date, workers: 2, engine: .reference)
  var fast = compiled.screen(records)
  var slow = reference.screen(records)
  #expect(fast.count == records.count * 12)
  #expect(fast == slow, "\(differences(fast, slow).joined(separator: "\n\n"))")
  WaitlistOrder.assignRanks(&fast, ruleset: context.ruleset)
  WaitlistOrder.assignRanks(&slow, ruleset: context.ruleset)
  #expect(fast == slow, "\(differences(fast, slow).joined(separator: "\n\n"))")
  // The population reaches every kind of row.
  #expect(slow.contains { $0.decision == Decision.eligible && !$0.rankValues.isEmpty && $0.rank != nil })
  #expect(slow.contains { $0.decision == Decision.undetermined && $0.reasons.contains { $0.hasPrefix("ask:") } })
  #expect(slow.contains { $0.decision == Decision.ineligible && $0.reasons.count > 1 })
  if asOf == nil || asOf == "2022-06-30" { #expect(slow.contains { $0.reasons == ["outside-period"] }) }
}

/// 사하구 정리수납, 2024, 1인, 통합사례관리 대상자: the 2024 median for one person is 2,228,445원.
@Test(arguments: [
  (income: 2_228_445 as Int64, decision: Decision.eligible, tier: 2 as Int?, subsidy: 450_000 as Int64?, copay: 50_000 as Int64?,
   reasons: [String]()),
  (income: 2_228_446, decision: .eligible, tier: 3, subsidy: 400_000, copay: 100_000, reasons: []),
  (income: 2_674_134, decision: .eligible, tier: 3, subsidy: 400_000, copay: 100_000, reasons: []),
  (income: 2_674_135, decision: .ineligible, tier: nil, subsidy: nil, copay: nil, reasons: ["소득"]),
])
func sahaOnePerson2024(income: Int64, decision: Decision, tier: Int?, subsidy: Int64?, copay: Int64?, reasons: [String])
  throws
{
  let context = try rulesetContext()
  let json = """
    {"id": "S1", "application_date": "2024-05-01", "sido": "부산광역시", "sigungu": "사하구", "household_size": 1,
     "monthly_income": \(income), "status": "none", "single_parent": false, "case_managed": true}
    """
  let record = ApplicantTableRecord(line: 2, facts: try applicantFacts(json))
  for engine in [BatchScreening.Engine.compiled, .reference] {
    let screening = try BatchScreening(context: context, services: ["saha-organizing"], workers: 1, engine: engine)
    let result = try #require(screening.screen([record]).first)
    let service = try #require(context.ruleset.serviceIndex("saha-organizing"))
    let eligible = decision == .eligible
    let expected = BatchResult(
      line: 2, id: "S1", service: service, decision: decision, priorityNumber: eligible ? 1 : nil,
      priorityPosition: eligible ? 0 : nil, tierNumber: tier, subsidy: subsidy.map(Amount.won),
      copay: copay.map(Amount.won), reasons: reasons,
      rankValues: eligible
        ? [.ratio(try #require(Rational(income, 2_228_445))), .date(try #require(CivilDate(year: 2024, month: 5, day: 1))),
          .text("S1")] : [])
    #expect(result == expected, "\(engine)")
  }
}

@Test func outsidePeriodAndSeveralFailuresAsCodes() throws {
  let context = try rulesetContext()
  let json = """
    {"id": "S2", "application_date": "2022-05-01", "sido": "부산광역시", "sigungu": "북구", "household_size": 1,
     "monthly_income": 9000000, "status": "none", "case_managed": false, "public_referral": false,
     "private_referral": false}
    """
  var facts = try applicantFacts(json)
  let record = ApplicantTableRecord(line: 2, facts: facts)
  let screening = try BatchScreening(context: context, services: ["saha-organizing"], workers: 1)
  #expect(screening.screen([record]).map(\.reasons) == [["outside-period"]])
  facts[try #require(context.ruleset.schema.slot(named: "application_date"))] = .date(try civil("2024-05-01"))
  let failed = screening.screen([ApplicantTableRecord(line: 2, facts: facts)])
  #expect(failed.map(\.reasons) == [["거주지", "소득", "가구특성"]])
}

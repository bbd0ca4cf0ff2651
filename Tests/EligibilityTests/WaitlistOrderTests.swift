import Eligibility
@testable import Rules
import Testing

/// Sorting on flat codes (``WaitlistOrder/assignRanks(_:ruleset:)``) gives exactly the order the definition
/// (``WaitlistOrder/precedes(_:_:keys:)``) gives: random results with missing values, near-equal ratios, equal
/// codes, ASCII and Hangul texts, ascending and descending keys.
@Test(arguments: [1, 2, 3, 4, 5, 6])
func ranksBySortingCodesEqualRanksByTheDefinition(seed: UInt64) throws {
  var random = SplitMix64(state: seed)
  func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
  var ruleset = try rulesetContext().ruleset
  let service = try #require(ruleset.serviceIndex("saha-organizing"))
  let schema = ruleset.schema
  let sources: [RankKey.Source] = [
    .field(try #require(schema.slot(named: "application_date"))), .field(try #require(schema.slot(named: "id"))),
    .field(try #require(schema.slot(named: "monthly_income"))), .field(try #require(schema.slot(named: "status"))),
    .field(try #require(schema.slot(named: "single_parent"))), .derived(0),
  ]
  // Per source, a random value of its kind (nil sometimes); the derived key holds ratios.
  func value(_ k: Int) -> Value? {
    if pick(6) == 0 { return nil }
    switch k {
    case 0: return .date(CivilDate(year: 2024, month: 1 + pick(2), day: 1 + pick(3)) ?? CivilDate(year: 2024, month: 1, day: 1)!)
    case 1:
      let texts = ["A1", "A10", "A2", "B", "Aaaaaaaaa1", "Aaaaaaaaa2", "가", "나", "A"]
      return .text(texts[pick(seed.isMultiple(of: 2) ? 6 : texts.count)])
    case 2: return .money(Int64(pick(4)) * 1_000_000)
    case 3: return .enumCase(pick(3))
    case 4: return .bool(pick(2) == 0)
    default:
      // Ratios that differ below 2⁻³² and ratios equal in different terms.
      let base = Int64(1 + pick(3))
      switch pick(3) {
      case 0: return .ratio(Rational(base * 1_000_000_007, 3_000_000_021)!)
      case 1: return .ratio(Rational(base * 1_000_000_007 + 1, 3_000_000_021)!)
      default: return .ratio(Rational(base, 3)!)
      }
    }
  }
  for _ in 0..<20 {
    let order = (0..<(1 + pick(4))).map { _ in pick(sources.count) }
    var keys = [RankKey(source: .priority, name: "priority", descending: pick(2) == 0)]
    keys += order.map { RankKey(source: sources[$0], name: "k", descending: pick(2) == 0) }
    ruleset.services[service].rankKeys = keys
    var results: [BatchResult] = (0..<200).map { line in
      BatchResult(
        line: line + 2, id: "x", service: service, decision: pick(5) == 0 ? .ineligible : .eligible,
        priorityPosition: pick(4) == 0 ? nil : pick(3), rankValues: order.map(value))
    }
    var expected = results
    let eligible = results.indices.filter { results[$0].decision == .eligible }
    for (place, index) in eligible.sorted(by: { WaitlistOrder.precedes(results[$0], results[$1], keys: keys) }).enumerated() {
      expected[index].rank = place + 1
    }
    WaitlistOrder.assignRanks(&results, ruleset: ruleset)
    #expect(results.map(\.rank) == expected.map(\.rank), "keys \(keys.map { "\($0.source) \($0.descending)" })")
    #expect(results.contains { $0.rank == eligible.count })
  }
}

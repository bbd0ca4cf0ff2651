import Testing

@testable import Rules

/// The fields a service's decisions and waitlist order read, through derived facts, on the bundled rulesets.
@Suite struct FieldsReadTests {
  /// The field names, sorted.
  private func names(_ slots: Set<Int>, _ ruleset: CheckedRuleset) -> [String] {
    slots.map { ruleset.schema.fields[$0].name }.sorted()
  }

  @Test(arguments: [true, false])
  func sahaOrganizing(rankKeys: Bool) throws {
    let ruleset = try bundledRuleset()
    let saha = try #require(ruleset.serviceIndex("saha-organizing"))
    let decisions = [
      "case_managed", "household_size", "monthly_income", "private_referral", "public_referral", "sido", "sigungu",
      "single_parent", "status",
    ]
    #expect(
      names(ruleset.fieldsRead(byServices: [saha], rankKeys: rankKeys), ruleset)
        == (rankKeys ? (decisions + ["application_date", "id"]).sorted() : decisions))
  }

  @Test func unionOverServicesAndNoServices() throws {
    let ruleset = try bundledRuleset()
    let saha = try #require(ruleset.serviceIndex("saha-organizing"))
    let bukgu = try #require(ruleset.serviceIndex("bukgu-meal"))
    let both = ruleset.fieldsRead(byServices: [saha, bukgu])
    #expect(both == ruleset.fieldsRead(byServices: [saha]).union(ruleset.fieldsRead(byServices: [bukgu])))
    #expect(both.contains(try #require(ruleset.schema.slot(named: "lives_alone"))))
    #expect(!both.contains(try #require(ruleset.schema.slot(named: "crisis_reason"))))
    #expect(ruleset.fieldsRead(byServices: []).isEmpty)
  }
}

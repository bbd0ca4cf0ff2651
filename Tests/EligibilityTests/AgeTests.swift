import Eligibility
import Rules
import Testing

/// 만 나이 as the rulesets derive it (`let age = years(birth_date, reference_date)`), on a reference date.
private func age(born: String, on day: String) throws -> Value? {
  let context = try rulesetContext()
  let facts = try applicantFacts("{\"birth_date\": \"\(born)\"}")
  let record = context.evaluator.prepare(facts, referenceDate: try civil(day))
  let index = try #require(context.ruleset.derived.firstIndex { $0.name == "age" }, "no `age` let")
  return record.derived[index].value
}

@Test(arguments: [
  (born: "1959-03-02", on: "2024-03-02", age: Int64(65)),
  (born: "1959-03-02", on: "2024-03-01", age: 64),
  (born: "1959-03-02", on: "2023-12-31", age: 64),
  (born: "1960-02-29", on: "2025-02-28", age: 64),
  (born: "1960-02-29", on: "2025-03-01", age: 65),
  (born: "1960-02-29", on: "2024-02-28", age: 63),
  (born: "1960-02-29", on: "2024-02-29", age: 64),
  (born: "2008-02-29", on: "2026-02-28", age: 17),
  (born: "2008-02-29", on: "2026-03-01", age: 18),
])
func manAgeCountsTheBirthdayItself(born: String, on day: String, age expected: Int64) throws {
  #expect(try age(born: born, on: day) == .count(expected))
}

@Test func ageIsUnknownWithoutAReferenceDate() throws {
  let context = try rulesetContext()
  let record = context.evaluator.prepare(try applicantFacts(#"{"birth_date": "1959-03-02"}"#), referenceDate: nil)
  let index = try #require(context.ruleset.derived.firstIndex { $0.name == "age" })
  #expect(record.derived[index].value == nil)
  #expect(record.derived[index].reasons == [.referenceDate])
}

/// 북구 식사영양관리 "만 65세 이상" on the day before and on the 65th birthday (the application date, P2).
@Test(arguments: [(applied: "2024-03-01", passes: Truth.no), (applied: "2024-03-02", passes: .yes)])
func bukguAgeCriterionTurnsOnTheBirthday(applied: String, passes: Truth) throws {
  let service = try screenService(
    """
    {"application_date": "\(applied)", "birth_date": "1959-03-02", "sido": "부산광역시", "sigungu": "북구",
     "meal_prep_difficulty": true, "ltc_grade": 3, "household_size": 1, "monthly_income": 1000000, "status": "none"}
    """, service: "bukgu-meal")
  let criterion = try #require(service.eligibility.children.first { $0.label?.hasPrefix("연령") == true })
  #expect(criterion.result == passes)
  #expect(service.decision == (passes == .yes ? .eligible : .ineligible))
  if passes == .no {
    #expect(criterion.boundary?.sentence(in: .korean) == "만 나이 65 이상이면 충족")
    #expect(criterion.comparisons.first?.text(in: .korean) == "만 나이 64 [생년월일 1959-03-02 ~ 기준일 2024-03-01] (조건: 65 이상)")
  }
}

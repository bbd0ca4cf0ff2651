import Eligibility
import Foundation
import Rules
import Testing

/// The value decoded for one field of a one-field document.
private func decoded(_ key: String, _ json: String) throws -> Value? {
  let context = try rulesetContext()
  let facts = try applicantFacts("{\"\(key)\": \(json)}")
  guard let slot = context.ruleset.schema.slot(named: key) else { throw TestSetupFailure() }
  return facts[slot]
}

/// The errors of a document, rendered in Korean and English.
private func errors(_ json: String) throws -> (korean: String, english: String, codes: [String]) {
  switch try rulesetContext().decodeApplicant(jsonData: Array(json.utf8)) {
  case .success: return ("", "", [])
  case .failure(let errors): return (errors.rendered(), errors.rendered(in: .english), errors.errors.map(\.code))
  }
}

@Test(arguments: [
  (json: "2674134", won: Int64(2_674_134)),
  (json: "\"2,674,134\"", won: 2_674_134),
  (json: "\"2674134원\"", won: 2_674_134),
  (json: "\"2,674,134 원\"", won: 2_674_134),
  (json: "\" 500,000원 \"", won: 500_000),
  (json: "2.674134e6", won: 2_674_134),
  (json: "0", won: 0),
])
func decodesMoney(json: String, won: Int64) throws {
  #expect(try decoded("monthly_income", json) == .money(won))
}

@Test func decodesEveryOtherFieldType() throws {
  #expect(try decoded("household_size", "3") == .count(3))
  #expect(try decoded("birth_date", "\"1959-03-02\"") == .date(try civil("1959-03-02")))
  #expect(try decoded("case_managed", "true") == .bool(true))
  #expect(try decoded("lives_alone", "false") == .bool(false))
  #expect(try decoded("sigungu", "\"사하구\"") == .text("사하구"))
  #expect(try decoded("id", "null") == nil)
}

@Test(arguments: [
  (field: "status", json: "\"livelihood\"", index: 1),
  (field: "status", json: "\"생계급여 수급자\"", index: 1),
  (field: "status", json: "\"near_poor_confirmed\"", index: 8),
  (field: "ltc_grade", json: "3", index: 3),
  (field: "ltc_grade", json: "\"3\"", index: 3),
  (field: "ltc_grade", json: "\"3등급\"", index: 3),
  (field: "ltc_grade", json: "\"outside\"", index: 7),
])
func decodesEnumerationsByNameOrLabel(field: String, json: String, index: Int) throws {
  #expect(try decoded(field, json) == .enumCase(index))
}

@Test func acceptsKoreanLabelsAsKeys() throws {
  let context = try rulesetContext()
  let facts = try applicantFacts(#"{"월 소득 (가구, 신고액)": "1,000,000원", "가구원수 (주민등록상 가구)": 2, "수급 자격": "해당없음"}"#)
  let schema = context.ruleset.schema
  #expect(facts[schema.slot(named: "monthly_income") ?? -1] == .money(1_000_000))
  #expect(facts[schema.slot(named: "household_size") ?? -1] == .count(2))
  #expect(facts[schema.slot(named: "status") ?? -1] == .enumCase(0))
}

@Test func nullAndAbsentAreUnknownNotErrors() throws {
  let context = try rulesetContext()
  let facts = try applicantFacts(#"{"monthly_income": null}"#)
  #expect(facts.values.allSatisfy { $0 == nil })
  #expect(facts.values.count == context.ruleset.schema.fields.count)
}

@Test(arguments: [
  (
    json: #"{"monthly_income": "abc"}"#, code: "type-mismatch",
    korean: "$.monthly_income: 금액(원)이 필요한데 문자열 \"abc\"\n",
    english: "$.monthly_income: expected money (whole won), found string \"abc\"\n"
  ),
  (
    json: #"{"monthly_income": 1.5}"#, code: "type-mismatch",
    korean: "$.monthly_income: 금액(원)이 필요한데 수 1.5\n",
    english: "$.monthly_income: expected money (whole won), found number 1.5\n"
  ),
  (
    json: #"{"monthly_income": "26,74,134"}"#, code: "type-mismatch",
    korean: "$.monthly_income: 금액(원)이 필요한데 문자열 \"26,74,134\"\n",
    english: "$.monthly_income: expected money (whole won), found string \"26,74,134\"\n"
  ),
  (
    json: #"{"monthly_income": -5}"#, code: "negative",
    korean: "$.monthly_income: 음수는 쓸 수 없음: -5\n",
    english: "$.monthly_income: expected money (whole won), found negative -5\n"
  ),
  (
    json: #"{"monthly_income": "-5,000원"}"#, code: "negative",
    korean: "$.monthly_income: 음수는 쓸 수 없음: -5,000원\n",
    english: "$.monthly_income: expected money (whole won), found negative -5,000원\n"
  ),
  (
    json: #"{"monthly_income": 1e30}"#, code: "out-of-range",
    korean: "$.monthly_income: 너무 큰 수: 1e30\n",
    english: "$.monthly_income: expected money (whole won), found 1e30, out of range\n"
  ),
  (
    json: #"{"household_size": "3"}"#, code: "type-mismatch",
    korean: "$.household_size: 0 이상의 정수가 필요한데 문자열 \"3\"\n",
    english: "$.household_size: expected count (a whole number, 0 or more), found string \"3\"\n"
  ),
  (
    json: #"{"household_size": -1}"#, code: "negative",
    korean: "$.household_size: 음수는 쓸 수 없음: -1\n",
    english: "$.household_size: expected count (a whole number, 0 or more), found negative -1\n"
  ),
  (
    json: #"{"birth_date": "1950-02-30"}"#, code: "nonexistent-date",
    korean: "$.birth_date: 없는 날짜: 1950-02-30\n",
    english: "$.birth_date: no such date: 1950-02-30\n"
  ),
  (
    json: #"{"birth_date": "1950/02/28"}"#, code: "type-mismatch",
    korean: "$.birth_date: 날짜(YYYY-MM-DD)가 필요한데 문자열 \"1950/02/28\"\n",
    english: "$.birth_date: expected date (YYYY-MM-DD), found string \"1950/02/28\"\n"
  ),
  (
    json: #"{"case_managed": "true"}"#, code: "type-mismatch",
    korean: "$.case_managed: 참·거짓(true/false)이 필요한데 문자열 \"true\"\n",
    english: "$.case_managed: expected boolean (true or false), found string \"true\"\n"
  ),
  (
    json: #"{"sigungu": 3}"#, code: "type-mismatch",
    korean: "$.sigungu: 문자열이 필요한데 수 3\n",
    english: "$.sigungu: expected text, found number 3\n"
  ),
  (
    json: #"{"sido": ["부산광역시"]}"#, code: "type-mismatch",
    korean: "$.sido: 문자열이 필요한데 배열\n",
    english: "$.sido: expected text, found array\n"
  ),
  (
    json: #"{"status": "livelyhood"}"#, code: "unknown-case",
    korean: """
      $.status: 알 수 없는 수급 자격 값: "livelyhood"
        = help: 비슷한 값: `livelihood`
        = note: 가능한 값: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자), housing (주거급여 수급자), education (교육급여 수급자), near_poor_copay (차상위 본인부담경감), near_poor_selfsupport (차상위 자활), near_poor_disabled (차상위 장애인), near_poor_confirmed (차상위 자격확인)

      """,
    english: """
      $.status: unknown `status` value "livelyhood"
        = help: did you mean `livelihood`?
        = note: allowed values: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자), housing (주거급여 수급자), education (교육급여 수급자), near_poor_copay (차상위 본인부담경감), near_poor_selfsupport (차상위 자활), near_poor_disabled (차상위 장애인), near_poor_confirmed (차상위 자격확인)

      """
  ),
  (
    json: #"{"monthly_incom": 1}"#, code: "unknown-field",
    korean: "$.monthly_incom: 알 수 없는 항목: \"monthly_incom\"\n  = help: 비슷한 이름: `monthly_income`\n",
    english: "$.monthly_incom: unknown field \"monthly_incom\"\n  = help: did you mean `monthly_income`?\n"
  ),
  (
    json: #"{"월 소득 (가구 신고액)": 1}"#, code: "unknown-field",
    korean: "$[\"월 소득 (가구 신고액)\"]: 알 수 없는 항목: \"월 소득 (가구 신고액)\"\n  = help: 비슷한 이름: `monthly_income`\n",
    english: "$[\"월 소득 (가구 신고액)\"]: unknown field \"월 소득 (가구 신고액)\"\n  = help: did you mean `monthly_income`?\n"
  ),
  (
    json: #"{"zzz": 1}"#, code: "unknown-field",
    korean: "$.zzz: 알 수 없는 항목: \"zzz\"\n",
    english: "$.zzz: unknown field \"zzz\"\n"
  ),
  (
    json: #"{"monthly_income": 1, "월 소득 (가구, 신고액)": 2}"#, code: "duplicate-field",
    korean: "$[\"월 소득 (가구, 신고액)\"]: 같은 항목이 두 번: `monthly_income` (처음: $.monthly_income)\n",
    english: "$[\"월 소득 (가구, 신고액)\"]: field `monthly_income` given twice (first at $.monthly_income)\n"
  ),
  (
    json: "[1, 2]", code: "not-an-object",
    korean: "$: 신청자 객체가 필요한데 배열\n",
    english: "$: expected an applicant object, found array\n"
  ),
  (
    json: "{\n  \"household_size\": 1,\n}", code: "invalid-json",
    korean: "$: JSON이 아님: 줄 3, 열 1 (바이트 25): 예상하지 못한 문자: '}'\n",
    english: "$: not JSON: line 3, column 1 (byte 25): unexpected character '}'\n"
  ),
])
func reportsMistakesWithPathAndExpectedType(json: String, code: String, korean: String, english: String) throws {
  let result = try errors(json)
  #expect(result.codes == [code])
  #expect(result.korean == korean)
  #expect(result.english == english)
}

@Test func reportsEveryMistakeOfADocumentInOrder() throws {
  let json = """
    {
      "monthly_income": "abc",
      "household_size": 2,
      "birth_date": "1950-02-30",
      "statsu": "livelihood",
      "ltc_grade": 9,
      "case_managed": 1
    }
    """
  let result = try errors(json)
  #expect(result.codes == ["type-mismatch", "nonexistent-date", "unknown-field", "unknown-case", "type-mismatch"])
  #expect(
    result.korean.split(separator: "\n").filter { !$0.hasPrefix(" ") } == [
      "$.monthly_income: 금액(원)이 필요한데 문자열 \"abc\"",
      "$.birth_date: 없는 날짜: 1950-02-30",
      "$.statsu: 알 수 없는 항목: \"statsu\"",
      "$.ltc_grade: 알 수 없는 장기요양등급 값: \"9\"",
      "$.case_managed: 참·거짓(true/false)이 필요한데 수 1",
    ])
  #expect(result.korean.contains("  = help: 비슷한 이름: `status`\n"))
}

@Test func decodesTheExampleFiles() throws {
  for name in ["saha-applicant", "bukgu-elder", "emergency-2022", "incomplete", "saha-recipient-warning"] {
    let path = "examples/\(name).json"
    let bytes = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
    let result = try rulesetContext().decodeApplicant(jsonData: bytes)
    if case .failure(let errors) = result { Issue.record("\(path):\n\(errors.rendered())") }
  }
}

/// Types no field of the project's schema has yet (ratio, duration) decode by the same rules.
@Test(arguments: [
  (json: JSONValue.number("0.855"), type: ValueType.ratio, value: Value.ratio(Rational(855, 1000) ?? Rational(integer: 0))),
  (json: .string("85.5%"), type: .ratio, value: .ratio(Rational(855, 1000) ?? Rational(integer: 0))),
  (json: .string("120%"), type: .ratio, value: .ratio(Rational(percent: 120))),
  (json: .string("3개월"), type: .duration, value: .duration(CalendarDuration(3, .months))),
  (json: .string("3 months"), type: .duration, value: .duration(CalendarDuration(3, .months))),
  (json: .string("2년"), type: .duration, value: .duration(CalendarDuration(2, .years))),
  (json: .string("14 days"), type: .duration, value: .duration(CalendarDuration(14, .days))),
])
func decodesRatiosAndDurations(json: JSONValue, type: ValueType, value: Value) throws {
  let result = try rulesetContext().decoder.decodeValue(json, as: type)
  #expect((try? result.get()) == value)
}

@Test func rejectsMalformedRatiosAndDurations() throws {
  let decoder = try rulesetContext().decoder
  #expect(throws: ApplicantError.Problem.typeMismatch(expected: .ratio, found: .string("많이"))) {
    try decoder.decodeValue(.string("많이"), as: .ratio).get()
  }
  #expect(throws: ApplicantError.Problem.typeMismatch(expected: .duration, found: .string("3 weeks"))) {
    try decoder.decodeValue(.string("3 weeks"), as: .duration).get()
  }
}

/// One record of a larger document (e.g. a batch) reports paths from the document's root.
@Test func pathsStartAtTheGivenPrefix() throws {
  let document = try JSONParser.parse(Array(#"{"applicants": [{"household_size": 1}, {"household_size": "x"}]}"#.utf8)).get()
  guard case .array(let records)? = document.members?.first?.value else {
    Issue.record("not an array")
    return
  }
  let path = JSONPath.root.appending(key: "applicants").appending(index: 1)
  let result = try rulesetContext().decoder.decode(records[1], at: path)
  guard case .failure(let errors) = result else {
    Issue.record("decoded")
    return
  }
  #expect(errors.rendered() == "$.applicants[1].household_size: 0 이상의 정수가 필요한데 문자열 \"x\"\n")
}

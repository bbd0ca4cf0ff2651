import Eligibility
import Rules
import Testing

private let decoder = ApplicantTableCellDecoder(enumerations: CSVFixture.ruleset?.enumerations ?? [])
private let statusType = CSVFixture.ruleset.map { $0.schema.fields[CSVFixture.slot("status")].type } ?? .text

@Test(arguments: [
  (cell: "1", value: true), (cell: "0", value: false), (cell: "true", value: true), (cell: "false", value: false),
  (cell: "TRUE", value: true), (cell: "FALSE", value: false), (cell: "Y", value: true), (cell: "N", value: false),
  (cell: "y", value: true), (cell: "n", value: false), (cell: "예", value: true), (cell: "아니오", value: false),
  (cell: "아니요", value: false), (cell: " 예 ", value: true),
])
func booleansAcceptTheListedWords(cell: String, value: Bool) {
  #expect(decoder.decode(cell, as: .bool) == .success(.bool(value)))
}

@Test(arguments: ["O", "X", "yes", "no", "네", "2", "참"])
func otherBooleanWordsAreMistakes(cell: String) {
  #expect(decoder.decode(cell, as: .bool) == .failure(.invalidValue(.bool, cell)))
}

@Test(arguments: [
  (cell: "2,674,134", won: 2_674_134), (cell: "2674134", won: 2_674_134), (cell: "2,674,134원", won: 2_674_134),
  (cell: "2674134 원", won: 2_674_134), (cell: "₩2,674,134", won: 2_674_134), (cell: "0", won: 0),
  (cell: "999", won: 999), (cell: "1,000", won: 1000), (cell: "-0", won: 0),
  (cell: "9,223,372,036,854,775,807", won: Int64.max),
] as [(cell: String, won: Int64)])
func moneyWithOrWithoutSeparators(cell: String, won: Int64) {
  #expect(decoder.decode(cell, as: .money) == .success(.money(won)))
}

@Test(arguments: [
  (cell: "-1,000", problem: RowError.Problem.negative("-1,000")),
  (cell: "-5원", problem: .negative("-5원")),
  (cell: "2,67,4134", problem: .invalidValue(.money, "2,67,4134")),
  (cell: "1,0000", problem: .invalidValue(.money, "1,0000")),
  (cell: ",100", problem: .invalidValue(.money, ",100")),
  (cell: "100.5", problem: .invalidValue(.money, "100.5")),
  (cell: "삼만원", problem: .invalidValue(.money, "삼만원")),
  (cell: "원", problem: .invalidValue(.money, "원")),
  (cell: "9,223,372,036,854,775,808", problem: .tooLarge("9,223,372,036,854,775,808")),
])
func moneyMistakes(cell: String, problem: RowError.Problem) {
  #expect(decoder.decode(cell, as: .money) == .failure(problem))
}

@Test(arguments: [
  (cell: "3", result: Result<Value?, RowError.Problem>.success(.count(3))),
  (cell: "0", result: .success(.count(0))),
  (cell: "-2", result: .failure(.negative("-2"))),
  (cell: "2.5", result: .failure(.invalidValue(.count, "2.5"))),
  (cell: "세", result: .failure(.invalidValue(.count, "세"))),
  (cell: "99999999999999999999", result: .failure(.tooLarge("99999999999999999999"))),
])
func counts(cell: String, result: Result<Value?, RowError.Problem>) {
  #expect(decoder.decode(cell, as: .count) == result)
}

@Test(arguments: [
  (cell: "1950-02-28", result: Result<Value?, RowError.Problem>.success(CSVFixture.day(1950, 2, 28))),
  (cell: "2024.02.29", result: .success(CSVFixture.day(2024, 2, 29))),
  (cell: "20240229", result: .success(CSVFixture.day(2024, 2, 29))),
  (cell: "1950-02-30", result: .failure(.nonexistentDate("1950-02-30"))),
  (cell: "2023.02.29", result: .failure(.nonexistentDate("2023.02.29"))),
  (cell: "20231301", result: .failure(.nonexistentDate("20231301"))),
  (cell: "2024-3-2", result: .failure(.invalidValue(.date, "2024-3-2"))),
  (cell: "2024-03.02", result: .failure(.invalidValue(.date, "2024-03.02"))),
  (cell: "2024/03/02", result: .failure(.invalidValue(.date, "2024/03/02"))),
  (cell: "어제", result: .failure(.invalidValue(.date, "어제"))),
])
func datesInThreeForms(cell: String, result: Result<Value?, RowError.Problem>) {
  #expect(decoder.decode(cell, as: .date) == result)
}

@Test(arguments: [
  (cell: "livelihood", index: 1), (cell: "생계급여 수급자", index: 1), (cell: "none", index: 0), (cell: " medical ", index: 2),
])
func enumerationsByNameOrLabel(cell: String, index: Int) {
  #expect(decoder.decode(cell, as: statusType) == .success(.enumCase(index)))
}

@Test func unknownEnumerationCaseSuggestsTheClosest() {
  let cases = ["none (해당없음)", "livelihood (생계급여 수급자)", "medical (의료급여 수급자)"]
  #expect(
    decoder.decode("생계급여수급자", as: statusType)
      == .failure(.unknownCase(enumeration: "status", label: "수급 자격", value: "생계급여수급자", suggestion: "생계급여 수급자", cases: cases)))
  #expect(
    decoder.decode("retired", as: statusType)
      == .failure(.unknownCase(enumeration: "status", label: "수급 자격", value: "retired", suggestion: nil, cases: cases)))
}

@Test(arguments: ["", "   ", "\u{3000}", " \t "])
func emptyCellsAreUnknown(cell: String) {
  for type: ValueType in [.bool, .money, .count, .date, .text, .ratio, .duration, statusType] {
    #expect(decoder.decode(cell, as: type) == .success(nil))
  }
}

@Test func textIsTrimmedOnly() {
  #expect(decoder.decode("  사하구 \u{A0}", as: .text) == .success(.text("사하구")))
  #expect(decoder.decode("a  b", as: .text) == .success(.text("a  b")))
}

@Test func ratiosAndDurationsFollowTheJSONRules() {
  #expect(decoder.decode("85.5%", as: .ratio) == .success(Rational(855, 1000).map(Value.ratio)))
  #expect(decoder.decode("0.855", as: .ratio) == .success(Rational(855, 1000).map(Value.ratio)))
  #expect(decoder.decode("3개월", as: .duration) == .success(.duration(CalendarDuration(3, .months))))
  #expect(decoder.decode("반년", as: .duration) == .failure(.invalidValue(.duration, "반년")))
}

@Test func setAndListTypesCannotBeRead() {
  #expect(decoder.decode("x", as: .textList) == .failure(.unsupportedType("text list")))
}

import Eligibility
import Rules
import Testing

private func readLines(_ text: String, blockSize: Int? = nil) throws -> CSVFixture.Outcome {
  try CSVFixture.read(Array(text.utf8), name: "applicants.jsonl", blockSize: blockSize)
}

@Test(arguments: [1, 5, 1 << 20])
func jsonLinesUseNamesOrLabelsAndTheCellRules(blockSize: Int) throws {
  let text = """
    {"id": "A1", "monthly_income": 2674134, "birth_date": "1950.02.01", "lives_alone": true, "status": "livelihood"}

    {"신청자 번호": "A2", "월 소득": "2,674,134원", "독거": "예", "수급 자격": "해당없음", "household_size": 2.0e0, "소득 비율": 0.855}\r
    {"id": "A3", "status": null, "support": "3개월"}
    """
  let outcome = try readLines(text, blockSize: blockSize)
  #expect(
    outcome.records == [
      ApplicantTableRecord(
        line: 1,
        facts: CSVFixture.facts([
          "id": .text("A1"), "monthly_income": .money(2_674_134), "birth_date": CSVFixture.day(1950, 2, 1),
          "lives_alone": .bool(true), "status": .enumCase(1),
        ])),
      ApplicantTableRecord(
        line: 3,
        facts: CSVFixture.facts([
          "id": .text("A2"), "monthly_income": .money(2_674_134), "lives_alone": .bool(true), "status": .enumCase(0),
          "household_size": .count(2), "income_ratio": .ratio(Rational(integer: 0)),
        ]).replacing("income_ratio", with: Rational(855, 1000).map(Value.ratio))),
      ApplicantTableRecord(line: 4, facts: CSVFixture.facts(["id": .text("A3"), "support": .duration(CalendarDuration(3, .months))])),
    ])
  #expect(outcome.summary?.skippedBlank == 1)
  #expect(outcome.summary?.columns == [])
}

@Test func jsonLinesMistakesNameTheLineAndKey() throws {
  let text = """
    {"id": "A1", "birth_date": "1950-02-30", "monthly_income": -5, "pets": 2, "생년월일": "1950-01-01"}
    {"id": "A2",
    [1, 2]
    {"id": "A4", "household_size": [2], "brith_date": "1950-01-01", "status": "생계"}

    """
  let outcome = try readLines(text)
  #expect(outcome.lines == [1, 2, 3, 4])
  #expect(outcome.records == [])
  #expect(
    outcome.rejected.map { $0.rendered(in: .english) }.joined() == """
      row 1, column birth_date: no such date: 1950-02-30
      row 1, column monthly_income: negative value not allowed: -5
      row 1, column pets: unknown field "pets"
      row 1, column 생년월일: field `birth_date` given twice
      row 2: not JSON: line 1, column 13 (byte 12): unexpected end of document
      row 3: expected one JSON object per line
      row 4, column household_size: expected a single value, found an array or object
      row 4, column brith_date: unknown field "brith_date"
        = help: did you mean `birth_date`?
      row 4, column status: unknown `status` value "생계"
        = note: allowed values: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자)

      """)
  #expect(
    outcome.rejected.first?.rendered(in: .korean) == """
      row 1, column birth_date: 없는 날짜: 1950-02-30
      row 1, column monthly_income: 음수는 쓸 수 없음: -5
      row 1, column pets: 알 수 없는 항목: "pets"
      row 1, column 생년월일: 같은 항목이 두 번: `birth_date`

      """)
  #expect(outcome.rejected[1].cells == [#"{"id": "A2","#])
}

@Test func jsonLinesInCP949AreTranscoded() throws {
  let bytes = try CSVFixture.cp949("{\"신청자 번호\": \"A1\", \"독거\": \"아니오\"}\n")
  let outcome = try CSVFixture.read(bytes, name: "applicants.ndjson")
  #expect(outcome.records == [ApplicantTableRecord(line: 1, facts: CSVFixture.facts(["id": .text("A1"), "lives_alone": .bool(false)]))])
  #expect(outcome.summary?.encoding == .cp949)
}

@Test func longJSONLinesAreRejectedWithBoundedMemory() throws {
  var reader = try CSVFixture.reader(format: .jsonLines)
  reader.maxRowBytes = 64
  var lines: [Int] = []
  var codes: [String] = []
  let text = "{\"id\": \"" + String(repeating: "x", count: 500) + "\"}\n{\"id\": \"A2\"}\n"
  try reader.read(bytes: Array(text.utf8), blockSize: 16) { row in
    switch row {
    case .success(let record): lines.append(record.line)
    case .failure(let errors):
      lines.append(errors.line)
      codes += errors.errors.map(\.code)
    }
  }
  #expect(lines == [1, 2])
  #expect(codes == ["row-too-long"])
}

extension Facts {
  /// The facts with one field's value replaced (for values built from optionals).
  fileprivate func replacing(_ name: String, with value: Value?) -> Facts {
    var copy = self
    copy[CSVFixture.slot(name)] = value
    return copy
  }
}

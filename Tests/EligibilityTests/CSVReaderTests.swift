import Eligibility
import Foundation
import Rules
import Testing

/// The rendered errors of the rejected rows, in Korean and English.
private func rendered(_ outcome: CSVFixture.Outcome) -> (korean: String, english: String) {
  (outcome.rejected.map { $0.rendered(in: .korean) }.joined(), outcome.rejected.map { $0.rendered(in: .english) }.joined())
}

@Test(arguments: [1, 3, 16, 1 << 20])
func quotedLineBreaksMoveLaterRowNumbers(blockSize: Int) throws {
  let text = "id,monthly_income,birth_date\n"
    + "A1,\"2,674,134\",1950-02-01\n"
    + "\"A2\nsecond line\nthird line\",\"1,000원\",\n"
    + "A3,0,1950-02-30\n"
  let outcome = try CSVFixture.read(text, blockSize: blockSize)
  #expect(outcome.lines == [2, 3, 6])
  #expect(
    outcome.records == [
      ApplicantTableRecord(
        line: 2, facts: CSVFixture.facts(["id": .text("A1"), "monthly_income": .money(2_674_134), "birth_date": CSVFixture.day(1950, 2, 1)])),
      ApplicantTableRecord(
        line: 3, facts: CSVFixture.facts(["id": .text("A2\nsecond line\nthird line"), "monthly_income": .money(1000)])),
    ])
  #expect(rendered(outcome).korean == "row 6, column birth_date: 없는 날짜: 1950-02-30\n")
  #expect(rendered(outcome).english == "row 6, column birth_date: no such date: 1950-02-30\n")
  #expect(outcome.rejected.first?.cells == ["A3", "0", "1950-02-30"])
}

@Test func crlfFileWithoutFinalLineBreak() throws {
  let outcome = try CSVFixture.read("id,lives_alone\r\nA1,Y\r\nA2,n")
  #expect(
    outcome.records == [
      ApplicantTableRecord(line: 2, facts: CSVFixture.facts(["id": .text("A1"), "lives_alone": .bool(true)])),
      ApplicantTableRecord(line: 3, facts: CSVFixture.facts(["id": .text("A2"), "lives_alone": .bool(false)])),
    ])
  #expect(
    outcome.summary
      == ApplicantTableSummary(
        encoding: .utf8, detected: true, byteOrderMark: false, columns: ["id", "lives_alone"], rows: 2, accepted: 2,
        rejected: 0, skippedBlank: 0))
}

@Test func wrongColumnCountRejectsTheRow() throws {
  let outcome = try CSVFixture.read("id,household_size\nA1,1,extra\nA2\nA3,3\n")
  #expect(outcome.lines == [2, 3, 4])
  #expect(outcome.records.map(\.line) == [4])
  #expect(
    rendered(outcome).korean == """
      row 2: 칸 수가 헤더와 다름: 헤더 2개, 이 행 3개
      row 3: 칸 수가 헤더와 다름: 헤더 2개, 이 행 1개

      """)
  #expect(
    rendered(outcome).english == """
      row 2: expected 2 fields as in the header, found 3
      row 3: expected 2 fields as in the header, found 1

      """)
  #expect(outcome.summary?.rows == 3)
  #expect(outcome.summary?.rejected == 2)
}

@Test func malformedQuotesAreRowErrorsNamingTheColumn() throws {
  let outcome = try CSVFixture.read("id,status\nA1,생계\"급여\nA2,\"none\"x\nA3,\"medical\nA4,none\n")
  #expect(outcome.lines == [2, 3, 4])
  #expect(
    rendered(outcome).english == """
      row 2, column status: quote (") inside a field that does not start with a quote
        = help: quote the whole field and double the quotes inside it: "ab""c"
      row 3, column status: text after a closing quote
        = help: quote the whole field and double the quotes inside it: "ab""c"
      row 4, column status: quoted field not closed before the end of the file
        = note: everything from this row to the end of the file was read as one field

      """)
  #expect(outcome.rejected.last?.cells == ["A3", "medical\nA4,none\n"])
}

@Test func unknownStatusNegativeIncomeAndEveryMistakeOfARow() throws {
  let outcome = try CSVFixture.read("id,status,monthly_income,household_size\nA1,생계급여수급자,\"-1,000\",두명\n")
  #expect(outcome.rejected.map(\.errors.count) == [3])
  #expect(
    rendered(outcome).korean == """
      row 2, column status: 알 수 없는 수급 자격 값: "생계급여수급자"
        = help: 비슷한 값: `생계급여 수급자`
        = note: 가능한 값: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자)
      row 2, column monthly_income: 음수는 쓸 수 없음: -1,000
      row 2, column household_size: 0 이상의 정수가 아님: "두명"
        = note: 가능한 형식: 0, 1, 2, …

      """)
  #expect(
    rendered(outcome).english == """
      row 2, column status: unknown `status` value "생계급여수급자"
        = help: did you mean `생계급여 수급자`?
        = note: allowed values: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자)
      row 2, column monthly_income: negative value not allowed: -1,000
      row 2, column household_size: not a whole number: "두명"
        = note: accepted forms: 0, 1, 2, …

      """)
  #expect(outcome.rejected.first?.errors.map(\.code) == ["unknown-case", "negative", "invalid-value"])
}

@Test func emptyCellsAreUnknownAndBlankRowsAreSkipped() throws {
  let outcome = try CSVFixture.read("\n신청자 번호,월 소득,독거,생년월일\n\nA1,,,\n,,,\n , ,\"\", \n")
  #expect(outcome.records == [ApplicantTableRecord(line: 4, facts: CSVFixture.facts(["id": .text("A1")]))])
  #expect(outcome.summary?.columns == ["신청자 번호", "월 소득", "독거", "생년월일"])
  #expect(outcome.summary?.skippedBlank == 4)
  #expect(outcome.summary?.rows == 1)
}

@Test func labelsAndNamesMixInOneHeader() throws {
  let outcome = try CSVFixture.read("신청자 번호, household_size ,수급 자격\nA1,2,생계급여 수급자\n")
  #expect(
    outcome.records == [
      ApplicantTableRecord(
        line: 2, facts: CSVFixture.facts(["id": .text("A1"), "household_size": .count(2), "status": .enumCase(1)]))
    ])
}

@Test func unknownHeadersAreErrorsWithSuggestions() throws {
  let error = try CSVFixture.readError(Array("id,birth_dat,생년월,pet\nA1,x,y,z\n".utf8))
  #expect(
    error?.problems == [
      .unknownColumn(column: 2, name: "birth_dat", suggestion: "birth_date"),
      .unknownColumn(column: 3, name: "생년월", suggestion: "생년월일"),
      .unknownColumn(column: 4, name: "pet", suggestion: nil),
    ])
  #expect(
    error?.rendered(in: .english) == """
      applicants.csv, column 2: unknown column `birth_dat`
        = help: did you mean `birth_date`?
      applicants.csv, column 3: unknown column `생년월`
        = help: did you mean `생년월일`?
      applicants.csv, column 4: unknown column `pet`
        = note: a column is named by a schema field's name or label

      """)
  #expect(
    error?.rendered(in: .korean).hasPrefix("applicants.csv, column 2: 알 수 없는 열 이름: `birth_dat`\n  = help: 비슷한 이름: `birth_date`\n")
      == true)
}

@Test func duplicatedAndEmptyHeadersAreErrors() throws {
  let error = try CSVFixture.readError(Array("id,birth_date,생년월일,,id\n".utf8))
  #expect(
    error?.problems == [
      .duplicateColumn(column: 3, name: "생년월일", field: "birth_date", firstColumn: 2),
      .emptyColumnName(column: 4),
      .duplicateColumn(column: 5, name: "id", field: "id", firstColumn: 1),
    ])
  #expect(
    error?.rendered(in: .korean) == """
      applicants.csv, column 3: 같은 항목의 열이 두 번: `생년월일` (`birth_date`, 처음: 2번째 열)
      applicants.csv, column 4: 열 이름이 비어 있음
      applicants.csv, column 5: 같은 항목의 열이 두 번: `id` (`id`, 처음: 1번째 열)

      """)
}

@Test(arguments: ["", "\n\r\n", "\u{FEFF}"])
func aFileWithoutAHeaderIsAnError(text: String) throws {
  #expect(try CSVFixture.readError(Array(text.utf8))?.problems == [.missingHeader])
}

@Test func aBadHeaderStopsBeforeAnyRow() throws {
  let reader = try CSVFixture.reader()
  var rows = 0
  #expect(throws: ApplicantTableError.self) { try reader.read(bytes: Array("id,\"x\nA1,2\n".utf8)) { _ in rows += 1 } }
  #expect(rows == 0)
}

@Test func readsAFileAndReportsAMissingOne() throws {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-reader-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: directory) }
  let path = directory.appendingPathComponent("applicants.csv").path
  let rows = (1...2000).map { "A\($0),\($0),\($0 % 7 == 0 ? "-" : "")\($0)원" }
  try Data(("id,household_size,monthly_income\n" + rows.joined(separator: "\n")).utf8).write(to: URL(fileURLWithPath: path))
  var reader = try CSVFixture.reader()
  reader.blockSize = 1000
  var accepted: [Int] = []
  var rejected: [Int] = []
  let summary = try reader.read(path: path) { row in
    switch row {
    case .success(let record): accepted.append(record.line)
    case .failure(let errors): rejected.append(errors.line)
    }
  }
  #expect(summary.rows == 2000)
  #expect(accepted.count == 2000 - 285)
  #expect(rejected == (1...2000).filter { $0 % 7 == 0 }.map { $0 + 1 })
  let missing = directory.appendingPathComponent("missing.csv").path
  #expect(throws: ApplicantTableError(path: missing, .cannotOpen(reason: "No such file or directory"))) {
    try reader.read(path: missing) { _ in }
  }
}

@Test func readsTheProjectSchemaWithLabelsThatNeedQuoting() throws {
  let loaded = try RulesetFolder.load("rulesets")
  let ruleset = try #require(loaded.ruleset)
  let reader = ApplicantTableReader(ruleset: ruleset)
  let text = "신청자 번호,\"월 소득 (가구, 신고액)\",가구원수 (주민등록상 가구),수급 자격,장기요양등급,독거\nA1,\"2,228,445원\",1,차상위 자격확인,3,예\n"
  var rows: [Result<ApplicantTableRecord, RowErrors>] = []
  try reader.read(bytes: Array(text.utf8)) { rows.append($0) }
  let facts = try #require(try rows.first?.get().facts)
  let schema = ruleset.schema
  #expect(facts[try #require(schema.slot(named: "monthly_income"))] == .money(2_228_445))
  #expect(facts[try #require(schema.slot(named: "household_size"))] == .count(1))
  #expect(facts[try #require(schema.slot(named: "status"))] == .enumCase(8))
  #expect(facts[try #require(schema.slot(named: "ltc_grade"))] == .enumCase(3))
  #expect(facts[try #require(schema.slot(named: "lives_alone"))] == .bool(true))
}

import Eligibility
import Rules
import Testing

/// A CP949 applicant table as Korean Excel saves it: Korean headers and 예/아니오, CRLF line breaks.
private func excelTable() throws -> [UInt8] {
  try CSVFixture.cp949("신청자 번호,생년월일,독거,수급 자격,월 소득\r\nA1,1950-02-01,예,생계급여 수급자,\"1,200,000\"\r\nA2,1951.03.04,아니오,해당없음,0\r\nA3,19520506,아니요,,똠\r\n")
}

@Test(arguments: [1, 2, 5, 1 << 20])
func cp949TableWithKoreanHeaders(blockSize: Int) throws {
  let outcome = try CSVFixture.read(try excelTable(), blockSize: blockSize)
  #expect(
    outcome.records == [
      ApplicantTableRecord(
        line: 2,
        facts: CSVFixture.facts([
          "id": .text("A1"), "birth_date": CSVFixture.day(1950, 2, 1), "lives_alone": .bool(true), "status": .enumCase(1),
          "monthly_income": .money(1_200_000),
        ])),
      ApplicantTableRecord(
        line: 3,
        facts: CSVFixture.facts([
          "id": .text("A2"), "birth_date": CSVFixture.day(1951, 3, 4), "lives_alone": .bool(false), "status": .enumCase(0),
          "monthly_income": .money(0),
        ])),
    ])
  #expect(outcome.rejected.map { $0.rendered(in: .english) } == ["row 4, column 월 소득: not an amount in whole won: \"똠\"\n  = note: accepted forms: 2674134, 2,674,134, 2,674,134원 (won)\n"])
  #expect(outcome.rejected.first?.cells == ["A3", "19520506", "아니요", "", "똠"])
  #expect(outcome.summary?.encoding == .cp949)
  #expect(outcome.summary?.detected == true)
  #expect(outcome.summary?.columns == ["신청자 번호", "생년월일", "독거", "수급 자격", "월 소득"])
}

@Test func cp949AsAnExplicitOption() throws {
  let outcome = try CSVFixture.read(try excelTable(), encoding: .fixed(.cp949))
  #expect(outcome.summary?.accepted == 2)
  #expect(outcome.summary?.detected == false)
}

@Test func cp949ReadAsUTF8IsAHeaderError() throws {
  let error = try CSVFixture.readError(try excelTable(), encoding: .fixed(.utf8))
  #expect(error?.problems == [.headerNotText(column: 1, encoding: .utf8)])
  #expect(
    error?.rendered(in: .korean) == """
      applicants.csv, column 1: 헤더가 UTF-8 글자가 아님
        = help: CP949(엑셀 기본)로 저장된 파일이면 `--encoding cp949`

      """)
}

@Test(arguments: [1, 2, 3, 4, 1 << 20])
func utf8ByteOrderMarkIsSkipped(blockSize: Int) throws {
  let outcome = try CSVFixture.read("\u{FEFF}신청자 번호,독거\r\nA1,예\r\n", blockSize: blockSize)
  #expect(outcome.records == [ApplicantTableRecord(line: 2, facts: CSVFixture.facts(["id": .text("A1"), "lives_alone": .bool(true)]))])
  #expect(outcome.summary?.byteOrderMark == true)
  #expect(outcome.summary?.encoding == .utf8)
  #expect(outcome.summary?.detected == false)
}

@Test func byteOrderMarkWinsOverACP949Option() throws {
  let outcome = try CSVFixture.read(Array("\u{FEFF}신청자 번호,독거\nA1,예\n".utf8), encoding: .fixed(.cp949))
  #expect(outcome.summary?.encoding == .utf8)
  #expect(outcome.summary?.accepted == 1)
}

@Test(arguments: [[0xFF, 0xFE, 0x69, 0x00], [0xFE, 0xFF, 0x00, 0x69]] as [[UInt8]])
func utf16IsRefused(bytes: [UInt8]) throws {
  let error = try CSVFixture.readError(bytes)
  #expect(error?.problems == [.utf16])
  #expect(error?.rendered(in: .english) == "applicants.csv: UTF-16 (Unicode text) files are not supported\n  = help: save from Excel as \"CSV UTF-8\" or \"CSV (Comma delimited)\"\n")
}

@Test(arguments: [1, 2, 3, 7, 1 << 20])
func utf8WithoutAMarkIsDetectedAcrossBlocks(blockSize: Int) throws {
  let outcome = try CSVFixture.read("id,status\nA1,생계급여 수급자\n", blockSize: blockSize)
  #expect(outcome.records.map(\.facts) == [CSVFixture.facts(["id": .text("A1"), "status": .enumCase(1)])])
  #expect(outcome.summary?.encoding == .utf8)
}

@Test func invalidBytesInAUTF8FileAreRowErrors() throws {
  // More than a kilobyte of UTF-8 settles the encoding before the CP949 bytes of `생` on line 62.
  let valid = (2...61).map { "A\($0),생계급여 수급자\n" }.joined()
  var bytes = Array(("신청자 번호,status\n" + valid + "A62,").utf8) + [0xBB, 0xFD] + Array("\nA63,메디컬\n".utf8)
  let outcome = try CSVFixture.read(bytes, blockSize: 100)
  #expect(outcome.summary?.encoding == .utf8)
  #expect(outcome.lines == Array(2...63))
  #expect(
    outcome.rejected.map { $0.rendered(in: .english) } == [
      "row 62, column status: bytes that are not UTF-8 text\n  = help: if the file was saved as CP949 (Excel's default), use `--encoding cp949`\n",
      "row 63, column status: unknown `status` value \"메디컬\"\n  = note: allowed values: none (해당없음), livelihood (생계급여 수급자), medical (의료급여 수급자)\n",
    ])
  #expect(outcome.rejected.first?.cells == ["A62", "\u{FFFD}\u{FFFD}"])
  // A short file is decided as a whole: mixed bytes make it CP949, and its UTF-8 header is then not text.
  bytes = Array("신청자 번호,status\nA2,".utf8) + [0xBB, 0xFD] + [0x0A]
  let mixed = try CSVFixture.readError(bytes)
  #expect(mixed?.problems == [.headerNotText(column: 1, encoding: .cp949)])
  #expect(
    mixed?.rendered(in: .english) == """
      applicants.csv, column 1: the header is not CP949 text
        = help: if the file is UTF-8, use `--encoding utf8` (rows with bytes that are not UTF-8 are then reported alone)

      """)
  #expect(try CSVFixture.read(bytes, encoding: .fixed(.utf8)).rejected.map { $0.errors.map(\.problem) } == [[.invalidText(.utf8)]])
  bytes = try CSVFixture.cp949("id,status\nA1,의료급여 수급자\nA2,") + [0xC9, 0xA1, 0x41] + [0x0A]
  let cp949 = try CSVFixture.read(bytes)
  #expect(cp949.summary?.encoding == .cp949)
  #expect(cp949.rejected.map { $0.errors.map(\.problem) } == [[.invalidText(.cp949)]])
  #expect(cp949.rejected.first?.cells == ["A2", "\u{FFFD}A"])
}

@Test(arguments: [
  (bytes: Array("id,생년월일".utf8), complete: true, encoding: TextEncoding?.some(.utf8)),
  (bytes: [0xBB, 0xFD, 0xB3, 0xE2], complete: true, encoding: .cp949),
  (bytes: Array("id,household_size".utf8), complete: true, encoding: nil),
  (bytes: [0x61, 0xEC, 0x83], complete: false, encoding: nil),
  (bytes: [0x61, 0xEC, 0x83], complete: true, encoding: .cp949),
  (bytes: [0x61, 0xEC, 0x83, 0x9D], complete: false, encoding: nil),
  (bytes: [0x61] + Array(String(repeating: "생", count: 342).utf8), complete: false, encoding: .utf8),
  (bytes: [0x61] + Array(String(repeating: "생", count: 341).utf8), complete: false, encoding: nil),
  (bytes: [0xC8, 0xAB, 0x2C, 0x41], complete: false, encoding: nil),  // 홍 in CP949 looks like UTF-8 "ȫ"
  (bytes: [0xC8, 0xAB, 0xB1, 0xE6], complete: false, encoding: .cp949),  // 홍길 does not
  (bytes: [0xC0, 0x80], complete: true, encoding: .cp949),
  (bytes: [0xED, 0xA0, 0x80], complete: true, encoding: .cp949),
  (bytes: [0xF4, 0x90, 0x80, 0x80], complete: true, encoding: .cp949),
  (bytes: [0xF0, 0x9F, 0x98, 0x80], complete: true, encoding: .utf8),
])
func detection(bytes: [UInt8], complete: Bool, encoding: TextEncoding?) {
  #expect(TextEncodingDetector.detect(bytes, isComplete: complete) == encoding)
}

@Test(arguments: [
  (argument: "auto", option: TextEncodingOption?.some(.automatic)), (argument: "utf8", option: .fixed(.utf8)),
  (argument: "UTF-8", option: .fixed(.utf8)), (argument: "cp949", option: .fixed(.cp949)),
  (argument: "euc-kr", option: .fixed(.cp949)), (argument: "latin1", option: nil),
])
func encodingOptionArguments(argument: String, option: TextEncodingOption?) {
  #expect(TextEncodingOption(argument: argument) == option)
}

@Test(arguments: Array(1...12) + [1 << 20])
func cp949ThatStartsLikeUTF8IsHeldUntilDecided(blockSize: Int) throws {
  // `홍` is C8 AB in CP949 and also valid UTF-8 (U+022B); `홍길동` is not UTF-8.
  let outcome = try CSVFixture.read(try CSVFixture.cp949("id\n홍\n홍길동\n"), blockSize: blockSize)
  #expect(outcome.records.map(\.facts) == [CSVFixture.facts(["id": .text("홍")]), CSVFixture.facts(["id": .text("홍길동")])])
  #expect(outcome.summary?.encoding == .cp949)
}

import Eligibility
import Rules
import Testing

@Test func parsesMembersInOrderWithDuplicatesAndNumberText() throws {
  let value = try JSONParser.parse(Array(#"{"b": 1.50, "a": [true, null, "x"], "b": -2e3}"#.utf8)).get()
  #expect(
    value
      == .object([
        JSONValue.Member("b", .number("1.50"), offset: 1),
        JSONValue.Member("a", .array([.bool(true), .null, .string("x")]), offset: 12),
        JSONValue.Member("b", .number("-2e3"), offset: 36),
      ]))
}

@Test func unescapesStringsIncludingSurrogatePairs() throws {
  let value = try JSONParser.parse(Array(#"["a\"b\\c\/\n\t\u00e9\uD83D\uDE00 한글"]"#.utf8)).get()
  #expect(value == .array([.string("a\"b\\c/\n\té😀 한글")]))
}

@Test(arguments: [
  (text: "{\"a\": 1,}", line: 1, column: 9, offset: 8, message: "예상하지 못한 문자: '}'"),
  (text: "{\n  \"a\": 1\n  \"b\": 2\n}", line: 3, column: 3, offset: 13, message: "예상하지 못한 문자: '\"'"),
  (text: "[01]", line: 1, column: 2, offset: 1, message: "잘못된 수: 01"),
  (text: "[1.]", line: 1, column: 2, offset: 1, message: "잘못된 수: 1."),
  (text: "{\"a\": tru}", line: 1, column: 10, offset: 9, message: "예상하지 못한 문자: '}'"),
  (text: "{\"a\": \"x", line: 1, column: 9, offset: 8, message: "문서가 값 중간에 끝남"),
  (text: "{} {}", line: 1, column: 4, offset: 3, message: "값 뒤에 남은 내용"),
  (text: "[\"a\nb\"]", line: 1, column: 4, offset: 3, message: "문자열 안에 제어 문자(줄바꿈 등)"),
  (text: "[\"\\x\"]", line: 1, column: 3, offset: 2, message: "잘못된 이스케이프: `\\x`"),
  (text: "{\"이름\": 가}", line: 1, column: 8, offset: 11, message: "예상하지 못한 문자: '가'"),
  (text: "", line: 1, column: 1, offset: 0, message: "문서가 값 중간에 끝남"),
])
func reportsSyntaxErrorsWithPosition(text: String, line: Int, column: Int, offset: Int, message: String) {
  guard case .failure(let error) = JSONParser.parse(Array(text.utf8)) else {
    Issue.record("parsed: \(text)")
    return
  }
  #expect((error.line, error.column, error.offset) == (line, column, offset))
  #expect(error.message() == message)
}

@Test func rendersSyntaxErrorInEnglish() {
  guard case .failure(let error) = JSONParser.parse(Array("{\"a\": 1,}".utf8)) else {
    Issue.record("parsed")
    return
  }
  #expect(error.rendered(in: .english) == "line 1, column 9 (byte 8): unexpected character '}'")
  #expect(error.rendered() == "줄 1, 열 9 (바이트 8): 예상하지 못한 문자: '}'")
}

@Test func rejectsNestingBeyondTheLimit() {
  let deep = String(repeating: "[", count: JSONParser.depthLimit + 1) + String(repeating: "]", count: JSONParser.depthLimit + 1)
  guard case .failure(let error) = JSONParser.parse(Array(deep.utf8)) else {
    Issue.record("parsed")
    return
  }
  #expect(error.problem == .tooDeep(limit: JSONParser.depthLimit))
}

@Test func rejectsInvalidUTF8() {
  guard case .failure(let error) = JSONParser.parse([0x5B, 0x22, 0xFF, 0x22, 0x5D]) else {
    Issue.record("parsed")
    return
  }
  #expect(error.problem == .invalidUTF8)
}

@Test func writerRoundTripsThroughTheParser() throws {
  let value = JSONValue.object([
    "text": .string("따옴표 \" 역슬래시 \\ 줄\n제어 \u{01}"),
    "list": .array([.integer(-3), .bool(false), .null, .array([]), .object([:])]),
  ])
  let written = JSONWriter.write(value)
  #expect(
    written == """
      {
        "text": "따옴표 \\" 역슬래시 \\\\ 줄\\n제어 \\u0001",
        "list": [
          -3,
          false,
          null,
          [],
          {}
        ]
      }

      """)
  let reparsed = try JSONParser.parse(Array(written.utf8)).get()
  #expect(JSONWriter.write(reparsed) == written)
}

@Test(arguments: [
  (literal: "2674134", integer: Int64(2_674_134) as Int64?),
  (literal: "2.674134e6", integer: 2_674_134),
  (literal: "3.0", integer: 3),
  (literal: "-0", integer: 0),
  (literal: "1.5", integer: nil),
  (literal: "1e30", integer: nil),
  (literal: "12345678901234567890", integer: nil),
])
func exactNumbersAreWholeOnlyWhenExactlyWhole(literal: String, integer: Int64?) {
  #expect(ExactNumber.integer(literal) == integer)
}

@Test func exactNumberKeepsFractionsExact() {
  #expect(ExactNumber.rational("0.855") == Rational(855, 1000))
  #expect(ExactNumber.rational("-1.25e-1") == Rational(-125, 1000))
}

@Test func jsonPathsQuoteNonIdentifierKeys() {
  let path = JSONPath.root.appending(key: "applicants").appending(index: 2).appending(key: "월 소득 (가구, 신고액)")
  #expect(path.description == #"$.applicants[2]["월 소득 (가구, 신고액)"]"#)
  #expect(JSONPath.root.appending(key: "monthly_income").description == "$.monthly_income")
}

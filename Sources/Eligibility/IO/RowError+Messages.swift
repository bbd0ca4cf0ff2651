import Rules

extension RowError {
  /// The problem in words, without the row and column.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: one line, e.g. `없는 날짜: 1950-02-30` / `no such date: 1950-02-30`.
  public func message(in language: Language = .korean) -> String {
    switch (problem, language) {
    case (.syntax(let syntax), _): return RowError.message(syntax, in: language)
    case (.wrongColumnCount(let expected, let found), .korean):
      return "칸 수가 헤더와 다름: 헤더 \(expected)개, 이 행 \(found)개"
    case (.wrongColumnCount(let expected, let found), .english):
      return "expected \(expected) fields as in the header, found \(found)"
    case (.invalidText(let encoding), .korean): return "\(encoding.displayName) 글자가 아닌 바이트"
    case (.invalidText(let encoding), .english): return "bytes that are not \(encoding.displayName) text"
    case (.invalidJSON(let error), .korean): return "JSON이 아님: \(error.rendered(in: language))"
    case (.invalidJSON(let error), .english): return "not JSON: \(error.rendered(in: language))"
    case (.notAnObject, .korean): return "한 줄에 JSON 객체 하나가 필요함"
    case (.notAnObject, .english): return "expected one JSON object per line"
    case (.unknownField(let key, _), .korean): return "알 수 없는 항목: \(JSONWriter.quoted(key))"
    case (.unknownField(let key, _), .english): return "unknown field \(JSONWriter.quoted(key))"
    case (.duplicateField(let field), .korean): return "같은 항목이 두 번: `\(field)`"
    case (.duplicateField(let field), .english): return "field `\(field)` given twice"
    case (.notAScalar, .korean): return "값 하나가 필요한데 배열이나 객체"
    case (.notAScalar, .english): return "expected a single value, found an array or object"
    case (.invalidValue(let expected, let text), _): return RowError.invalid(expected, text, in: language)
    case (.nonexistentDate(let text), .korean): return "없는 날짜: \(text)"
    case (.nonexistentDate(let text), .english): return "no such date: \(text)"
    case (.negative(let text), .korean): return "음수는 쓸 수 없음: \(text)"
    case (.negative(let text), .english): return "negative value not allowed: \(text)"
    case (.tooLarge(let text), .korean): return "너무 큰 수: \(text)"
    case (.tooLarge(let text), .english): return "number too large: \(text)"
    case (.unknownCase(_, let label, let value, _, _), .korean): return "알 수 없는 \(label) 값: \(JSONWriter.quoted(value))"
    case (.unknownCase(let name, _, let value, _, _), .english): return "unknown `\(name)` value \(JSONWriter.quoted(value))"
    case (.unsupportedType(let type), .korean): return "표로 입력할 수 없는 형식: \(type)"
    case (.unsupportedType(let type), .english): return "a field of type \(type) cannot be read from a table"
    }
  }

  /// Follow-up lines: a fix (`help`) or what is allowed (`note`), without the `= ` prefix.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: e.g. `note: 가능한 값: 1/0, true/false, Y/N, y/n, 예/아니오, 예/아니요`.
  public func notes(in language: Language = .korean) -> [String] {
    func say(_ korean: String, _ english: String) -> String { language == .korean ? korean : english }
    switch problem {
    case .syntax(.quoteInUnquotedField), .syntax(.textAfterClosingQuote):
      return [
        say(
          "help: 칸 전체를 따옴표로 감싸고 안의 따옴표는 두 번 쓰기: \"ab\"\"c\"",
          "help: quote the whole field and double the quotes inside it: \"ab\"\"c\"")
      ]
    case .syntax(.unterminatedQuote):
      return [
        say(
          "note: 이 행부터 파일 끝까지가 한 칸으로 읽힘",
          "note: everything from this row to the end of the file was read as one field")
      ]
    case .invalidText(.utf8):
      return [
        say(
          "help: CP949(엑셀 기본)로 저장된 파일이면 `--encoding cp949`",
          "help: if the file was saved as CP949 (Excel's default), use `--encoding cp949`")
      ]
    case .unknownField(_, let suggestion?):
      return [
        say(
          "help: 비슷한 이름: `\(suggestion)`",
          "help: did you mean `\(suggestion)`?")
      ]
    case .invalidValue(let expected, _):
      return [say("note: 가능한 형식: ", "note: accepted forms: ") + RowError.forms(expected, in: language)]
    case .unknownCase(_, _, _, let suggestion, let cases):
      var notes: [String] = []
      if let suggestion { notes.append(say("help: 비슷한 값: `\(suggestion)`", "help: did you mean `\(suggestion)`?")) }
      notes.append(say("note: 가능한 값: ", "note: allowed values: ") + cases.joined(separator: ", "))
      return notes
    default:
      return []
    }
  }

  /// Where: `row 7, column birth_date` (or `row 7` for the whole row), in either language.
  public var location: String {
    column.map { "row \(line), column \($0)" } ?? "row \(line)"
  }

  /// The error as text: `row 7, column birth_date: 없는 날짜: 1950-02-30`, then each note on its own line as
  /// `  = help: …`.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: the lines, each ending with a line break.
  public func rendered(in language: Language = .korean) -> String {
    "\(location): \(message(in: language))\n" + notes(in: language).map { "  = \($0)\n" }.joined()
  }

  private static func message(_ problem: CSVSyntaxError.Problem, in language: Language) -> String {
    switch (problem, language) {
    case (.quoteInUnquotedField, .korean): return "따옴표로 시작하지 않은 칸 안에 따옴표(\")가 있음"
    case (.quoteInUnquotedField, .english): return "quote (\") inside a field that does not start with a quote"
    case (.textAfterClosingQuote, .korean): return "닫는 따옴표 뒤에 글자가 있음"
    case (.textAfterClosingQuote, .english): return "text after a closing quote"
    case (.unterminatedQuote, .korean): return "따옴표가 닫히지 않은 채 파일이 끝남"
    case (.unterminatedQuote, .english): return "quoted field not closed before the end of the file"
    case (.recordTooLong(let limit), .korean): return "행이 너무 김 (최대 \(limit)바이트)"
    case (.recordTooLong(let limit), .english): return "row longer than \(limit) bytes"
    case (.tooManyFields(let limit), .korean): return "칸이 너무 많음 (최대 \(limit)개)"
    case (.tooManyFields(let limit), .english): return "more than \(limit) fields"
    }
  }

  private static func invalid(_ expected: Expected, _ text: String, in language: Language) -> String {
    let value = JSONWriter.quoted(text)
    switch (expected, language) {
    case (.bool, .korean): return "참·거짓 값이 아님: \(value)"
    case (.bool, .english): return "not a yes/no value: \(value)"
    case (.count, .korean): return "0 이상의 정수가 아님: \(value)"
    case (.count, .english): return "not a whole number: \(value)"
    case (.money, .korean): return "금액(원)이 아님: \(value)"
    case (.money, .english): return "not an amount in whole won: \(value)"
    case (.ratio, .korean): return "비율이 아님: \(value)"
    case (.ratio, .english): return "not a ratio: \(value)"
    case (.date, .korean): return "날짜가 아님: \(value)"
    case (.date, .english): return "not a date: \(value)"
    case (.duration, .korean): return "기간이 아님: \(value)"
    case (.duration, .english): return "not a duration: \(value)"
    }
  }

  private static func forms(_ expected: Expected, in language: Language) -> String {
    switch (expected, language) {
    case (.bool, .korean): return "1/0, true/false, Y/N, y/n, 예/아니오, 예/아니요"
    case (.bool, .english): return "1/0, true/false, Y/N, y/n, 예/아니오, 예/아니요 (yes/no)"
    case (.count, _): return "0, 1, 2, …"
    case (.money, .korean): return "2674134, 2,674,134, 2,674,134원"
    case (.money, .english): return "2674134, 2,674,134, 2,674,134원 (won)"
    case (.ratio, _): return "85.5%, 0.855"
    case (.date, _): return "YYYY-MM-DD, YYYY.MM.DD, YYYYMMDD"
    case (.duration, _): return "3개월, 3 months, 2년, 2 years, 14일, 14 days"
    }
  }
}

extension TextEncoding {
  /// `UTF-8` or `CP949`, for messages.
  var displayName: String { iconvName }
}

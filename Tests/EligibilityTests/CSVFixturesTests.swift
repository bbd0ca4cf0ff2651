import Eligibility
import Foundation
import Rules
import Testing

/// Shared fixtures for the applicant-table tests: a small schema parsed from rule text, a reader over it, and a
/// generator of CP949 bytes.
enum CSVFixture {
  /// A small schema with one field of each type a table can hold, and an enumeration.
  static let rules = """
    schema applicant "신청자" {
      field id: text "신청자 번호"
      field birth_date: date "생년월일"
      field household_size: count "가구원수"
      field monthly_income: money "월 소득"
      field status: status "수급 자격"
      field lives_alone: bool "독거"
      field income_ratio: ratio "소득 비율"
      field support: duration "지원 기간"
    }
    enum status "수급 자격" {
      none "해당없음"
      livelihood "생계급여 수급자"
      medical "의료급여 수급자"
    }

    """

  /// The checked ruleset, or `nil` (a recorded issue) when the rule text does not check.
  static let ruleset: CheckedRuleset? = Checker.check([Parser.parse(SourceFile(path: "csv.rules", text: rules))]).ruleset

  struct MissingRuleset: Error {}

  /// Schema slots by field name.
  static func slot(_ name: String) -> Int { ruleset?.schema.slot(named: name) ?? -1 }

  /// Facts from `(field, value)` pairs, the rest unknown.
  static func facts(_ pairs: KeyValuePairs<String, Value>) -> Facts {
    var facts = Facts(count: ruleset?.schema.fields.count ?? 0)
    for (name, value) in pairs { facts[slot(name)] = value }
    return facts
  }

  /// A date value (a text value, which no date field equals, if the date does not exist).
  static func day(_ year: Int, _ month: Int, _ day: Int) -> Value {
    CivilDate(year: year, month: month, day: day).map(Value.date) ?? .text("\(year)-\(month)-\(day) does not exist")
  }

  /// A reader over the fixture schema.
  static func reader(
    encoding: TextEncodingOption = .automatic, format: ApplicantTableReader.Format? = nil
  ) throws -> ApplicantTableReader {
    guard let ruleset else {
      Issue.record("the fixture rules do not check")
      throw MissingRuleset()
    }
    return ApplicantTableReader(ruleset: ruleset, encoding: encoding, format: format)
  }

  /// Everything one read delivered.
  struct Outcome {
    var rows: [Result<ApplicantTableRecord, RowErrors>] = []
    var summary: ApplicantTableSummary?

    /// The accepted records.
    var records: [ApplicantTableRecord] { rows.compactMap { try? $0.get() } }
    /// The rejected rows.
    var rejected: [RowErrors] {
      rows.compactMap { if case .failure(let errors) = $0 { return errors } else { return nil } }
    }
    /// Each row's line, in delivery order.
    var lines: [Int] {
      rows.map { row in
        switch row {
        case .success(let record): return record.line
        case .failure(let errors): return errors.line
        }
      }
    }
  }

  /// Reads bytes with the fixture reader.
  static func read(
    _ bytes: [UInt8], name: String = "applicants.csv", blockSize: Int? = nil, encoding: TextEncodingOption = .automatic
  ) throws -> Outcome {
    var outcome = Outcome()
    outcome.summary = try reader(encoding: encoding).read(bytes: bytes, name: name, blockSize: blockSize) { outcome.rows.append($0) }
    return outcome
  }

  /// Reads UTF-8 text with the fixture reader.
  static func read(_ text: String, name: String = "applicants.csv", blockSize: Int? = nil) throws -> Outcome {
    try read(Array(text.utf8), name: name, blockSize: blockSize)
  }

  /// The error a read throws, or `nil` (a recorded issue) when it throws none.
  static func readError(_ bytes: [UInt8], name: String = "applicants.csv", encoding: TextEncodingOption = .automatic) throws -> ApplicantTableError? {
    let reader = try reader(encoding: encoding)
    do {
      try reader.read(bytes: bytes, name: name) { _ in }
    } catch {
      return error
    }
    Issue.record("expected an ApplicantTableError")
    return nil
  }

  /// CP949 bytes of a text: the fixture generator for Excel's default CSV encoding.
  static func cp949(_ text: String) throws -> [UInt8] {
    guard let bytes = TextEncodingConverter.encode(text, as: .cp949) else {
      Issue.record("cannot encode \(text) as CP949")
      throw MissingRuleset()
    }
    return bytes
  }

  /// Foundation's encoding for CP949 (`kCFStringEncodingDOSKorean` = 0x0422, as an `NSStringEncoding`), an
  /// independent encoder to check the fixture generator against.
  static let foundationCP949 = String.Encoding(rawValue: 0x8000_0422)
}

@Test func fixtureRulesCheck() {
  #expect(CSVFixture.ruleset != nil)
}

@Test(arguments: [
  (text: "생년월일", bytes: [0xBB, 0xFD, 0xB3, 0xE2, 0xBF, 0xF9, 0xC0, 0xCF] as [UInt8]),
  (text: "예", bytes: [0xBF, 0xB9]),
  (text: "아니오", bytes: [0xBE, 0xC6, 0xB4, 0xCF, 0xBF, 0xC0]),
  (text: "똠", bytes: [0x8C, 0x63]),  // a CP949 extension: not in EUC-KR
  (text: "id,1", bytes: [0x69, 0x64, 0x2C, 0x31]),
])
func cp949FixtureBytesAreKnownSequences(text: String, bytes: [UInt8]) throws {
  #expect(try CSVFixture.cp949(text) == bytes)
  #expect(text.data(using: CSVFixture.foundationCP949).map(Array.init) == bytes)
  let decoder = try TextEncodingConverter(from: .cp949, to: .utf8)
  #expect(decoder.string(bytes) == text)
}

@Test func cp949HasNoEmoji() {
  #expect(TextEncodingConverter.encode("😀", as: .cp949) == nil)
}

import Rules

/// Reads one cell of an applicant table (or one JSON Lines string) as a fact of a field's type.
///
/// The text is trimmed of white space first; an empty cell is an unknown fact, not a mistake. By type:
///
/// | type | accepted |
/// |---|---|
/// | `bool` | `1`/`0`, `true`/`false` (also `TRUE`, `True`: Excel), `Y`/`N`, `y`/`n`, `예`/`아니오`, `예`/`아니요` |
/// | `money` | `2674134`, `2,674,134`, `2,674,134원`, `2674134 원`; a leading `₩`, `￦` or `\` (Excel's currency format, `\` being `₩` in CP949) is allowed; never negative |
/// | `count` | `0`, `1`, `2`, … |
/// | `date` | `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYYMMDD`, a date that exists |
/// | enumeration | a case name or label (`livelihood`, `생계급여 수급자`) |
/// | `ratio` | `85.5%`, `0.855` |
/// | `duration` | `3개월`, `3 months`, `2년`, `14일` |
/// | `text` | anything, trimmed |
///
/// ```swift
/// let decoder = ApplicantTableCellDecoder(enumerations: ruleset.enumerations)
/// decoder.decode("2,674,134원", as: .money)  // .success(.money(2674134))
/// decoder.decode("1950-02-30", as: .date)    // .failure(.nonexistentDate("1950-02-30"))
/// decoder.decode("", as: .date)              // .success(nil)
/// ```
public struct ApplicantTableCellDecoder: Sendable {
  /// The enumerations the schema's enumeration types index.
  public let enumerations: [Enumeration]

  /// Creates a decoder.
  ///
  /// - Parameter enumerations: the ruleset's enumerations, by index.
  public init(enumerations: [Enumeration]) { self.enumerations = enumerations }

  /// The texts read as `true`.
  public static let trueWords: Set<String> = ["1", "true", "TRUE", "True", "Y", "y", "예"]
  /// The texts read as `false`.
  public static let falseWords: Set<String> = ["0", "false", "FALSE", "False", "N", "n", "아니오", "아니요"]

  /// Decodes a cell.
  ///
  /// - Parameters:
  ///   - cell: the cell's text as written.
  ///   - type: the field's type.
  /// - Returns: the fact (`nil` for an empty cell: unknown), or what is wrong with the text.
  public func decode(_ cell: String, as type: ValueType) -> Result<Value?, RowError.Problem> {
    let text = ApplicantTableCellDecoder.trimmed(cell)
    if text.isEmpty { return .success(nil) }
    switch type {
    case .bool:
      if ApplicantTableCellDecoder.trueWords.contains(text) { return .success(.bool(true)) }
      if ApplicantTableCellDecoder.falseWords.contains(text) { return .success(.bool(false)) }
      return .failure(.invalidValue(.bool, text))
    case .money:
      return ApplicantTableCellDecoder.money(text).map { .money($0) }
    case .count:
      return ApplicantTableCellDecoder.count(text).map { .count($0) }
    case .date:
      return ApplicantTableCellDecoder.date(text).map { .date($0) }
    case .ratio:
      return ApplicantDecoder.ratio(text).map { .success(.ratio($0)) } ?? .failure(.invalidValue(.ratio, text))
    case .duration:
      return ApplicantDecoder.duration(text).map { .success(.duration($0)) } ?? .failure(.invalidValue(.duration, text))
    case .text:
      return .success(.text(text))
    case .enumeration(let index) where enumerations.indices.contains(index):
      return enumCase(text, of: enumerations[index])
    case .enumeration, .exactMoney, .enumSet, .textList:
      return .failure(.unsupportedType(type.description))
    }
  }

  /// The text without leading and trailing white space (Unicode `White_Space`: spaces, tabs, line breaks,
  /// U+00A0, U+3000, …).
  static func trimmed(_ text: String) -> String {
    // Fast path: a cell that starts and ends with a visible ASCII character (most cells) is unchanged.
    if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
      return text
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
    return String(scalars[first...last])
  }

  /// Whether a scalar has the Unicode `White_Space` property (a fixed list, cheaper than the property lookup).
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Whole won: digits, optionally grouped by three with commas, an optional `₩` before and `원` after.
  static func money(_ text: String) -> Result<Int64, RowError.Problem> {
    var copy = text
    return copy.withUTF8 { bytes in
      var body = bytes[...]
      if body.count >= 3, body.suffix(3).elementsEqual([0xEC, 0x9B, 0x90]) { body = body.dropLast(3) }  // 원
      while let last = body.last, last == 0x20 || last == 0x09 { body = body.dropLast() }
      while let first = body.first, first == 0x20 || first == 0x09 { body = body.dropFirst() }
      let negative = body.first == UInt8(ascii: "-")
      if negative { body = body.dropFirst() }
      if body.first == UInt8(ascii: "\\") {
        body = body.dropFirst()
      } else if body.starts(with: [0xE2, 0x82, 0xA9]) || body.starts(with: [0xEF, 0xBF, 0xA6]) {  // ₩, ￦
        body = body.dropFirst(3)
      }
      guard let digits = groupedDigits(body) else { return .failure(.invalidValue(.money, text)) }
      return number(digits, negative: negative, text: text)
    }
  }

  /// The digits of `1234` or `1,234`: separators, if any, group by three; `nil` for anything else.
  private static func groupedDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
    guard !bytes.isEmpty else { return nil }
    guard bytes.contains(UInt8(ascii: ",")) else { return bytes.allSatisfy(isDigit) ? bytes : nil }
    var run = 0
    var groups = 0
    for byte in bytes {
      if byte == UInt8(ascii: ",") {
        guard run == 3 || (groups == 0 && (1...3).contains(run)) else { return nil }
        groups += 1
        run = 0
      } else if isDigit(byte) {
        run += 1
      } else {
        return nil
      }
    }
    return run == 3 ? bytes : nil
  }

  /// A whole number, 0 or more.
  static func count(_ text: String) -> Result<Int64, RowError.Problem> {
    var copy = text
    return copy.withUTF8 { bytes in
      let negative = bytes.first == UInt8(ascii: "-")
      let digits = negative ? bytes.dropFirst() : bytes[...]
      guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return .failure(.invalidValue(.count, text)) }
      return number(digits, negative: negative, text: text)
    }
  }

  /// The value of ASCII digits and commas (commas skipped), checked for overflow and sign.
  private static func number(
    _ digits: Slice<UnsafeBufferPointer<UInt8>>, negative: Bool, text: String
  ) -> Result<Int64, RowError.Problem> {
    var value: Int64 = 0
    for byte in digits where byte != UInt8(ascii: ",") {
      let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { return .failure(.tooLarge(text)) }
      value = sum
    }
    if negative, value != 0 { return .failure(.negative(text)) }
    return .success(value)
  }

  /// A date as `YYYY-MM-DD`, `YYYY.MM.DD` or `YYYYMMDD`; well formed but nonexistent (`1950-02-30`) is its own
  /// mistake.
  static func date(_ text: String) -> Result<CivilDate, RowError.Problem> {
    var copy = text
    return copy.withUTF8 { bytes in
      let positions: [Int]
      if bytes.count == 8 {
        positions = [0, 1, 2, 3, 4, 5, 6, 7]
      } else if bytes.count == 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: ".") {
        positions = [0, 1, 2, 3, 5, 6, 8, 9]
      } else {
        return .failure(.invalidValue(.date, text))
      }
      guard positions.allSatisfy({ isDigit(bytes[$0]) }) else { return .failure(.invalidValue(.date, text)) }
      let value = { (range: Range<Int>) in positions[range].reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) } }
      guard let date = CivilDate(year: value(0..<4), month: value(4..<6), day: value(6..<8)) else {
        return .failure(.nonexistentDate(text))
      }
      return .success(date)
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func enumCase(_ text: String, of enumeration: Enumeration) -> Result<Value?, RowError.Problem> {
    if let index = enumeration.caseIndex(text) { return .success(.enumCase(index)) }
    let suggestion = Suggestion.closest(to: text, among: enumeration.caseNames + enumeration.caseLabels)
    let cases = zip(enumeration.caseNames, enumeration.caseLabels).map { "\($0) (\($1))" }
    return .failure(
      .unknownCase(enumeration: enumeration.name, label: enumeration.label, value: text, suggestion: suggestion, cases: cases))
  }
}

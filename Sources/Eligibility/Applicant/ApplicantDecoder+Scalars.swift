import Rules

extension ApplicantDecoder {
  /// A JSON number that must be a whole number, 0 or more.
  static func wholeNumber(
    _ literal: String, expected: ExpectedType, mismatch: ApplicantError.Problem
  ) -> Result<Int64, ApplicantError.Problem> {
    guard let value = ExactNumber.rational(literal) else { return .failure(.outOfRange(expected: expected, value: literal)) }
    guard value.denominator == 1 else { return .failure(mismatch) }
    guard value.numerator >= 0 else { return .failure(.negative(expected: expected, value: literal)) }
    return .success(value.numerator)
  }

  /// Whole won written as text: `2674134`, `2,674,134`, `2,674,134원`, `2674134 원`; separators must group by
  /// three.
  static func money(_ text: String, expected: ExpectedType, mismatch: ApplicantError.Problem) -> Result<Int64, ApplicantError.Problem> {
    var body = Substring(text).trimmingSpaces()
    if body.hasSuffix("원") { body = body.dropLast().trimmingSpaces() }
    var negative = false
    if body.first == "-" {
      negative = true
      body = body.dropFirst()
    }
    let groups = body.split(separator: ",", omittingEmptySubsequences: false)
    guard let first = groups.first, !first.isEmpty, first.allSatisfy(\.isASCIIDigit),
      groups.count == 1 || (first.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) })
    else { return .failure(mismatch) }
    guard let value = Int64(groups.joined()) else { return .failure(.outOfRange(expected: expected, value: text)) }
    if negative, value != 0 { return .failure(.negative(expected: expected, value: text)) }
    return .success(value)
  }

  /// A ratio written as text: `85.5%` (a percentage) or `0.855`.
  static func ratio(_ text: String) -> Rational? {
    let body = Substring(text).trimmingSpaces()
    let isPercent = body.hasSuffix("%")
    let number = isPercent ? body.dropLast().trimmingSpaces() : body
    guard !number.isEmpty, number.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" }),
      let value = ExactNumber.rational(String(number))
    else { return nil }
    guard isPercent else { return value }
    let (denominator, overflow) = value.denominator.multipliedReportingOverflow(by: 100)
    return overflow ? nil : Rational(value.numerator, denominator)
  }

  /// A duration written as text: `3 months`, `1 month`, `3개월`, `2 years`, `2년`, `14 days`, `14일`.
  static func duration(_ text: String) -> CalendarDuration? {
    let body = Substring(text).trimmingSpaces()
    let digits = body.prefix(while: \.isASCIIDigit)
    guard !digits.isEmpty, let amount = Int64(digits) else { return nil }
    let unit: CalendarDuration.Unit
    switch body.dropFirst(digits.count).trimmingSpaces() {
    case "day", "days", "일": unit = .days
    case "month", "months", "개월", "달": unit = .months
    case "year", "years", "년": unit = .years
    default: return nil
    }
    return CalendarDuration(amount, unit)
  }

  /// Whether text has the shape `NNNN-NN-NN`, so that a failed parse means a date that does not exist.
  static func isDateShaped(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
  }
}

extension Character {
  /// `0`–`9` only (not other scripts' digits).
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
  /// Without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> Substring {
    drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed().reduce(into: Substring()) { $0.append($1) }
  }
}

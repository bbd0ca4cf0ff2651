/// Every problem screen can find in a ruleset, with the names and values it involves.
///
/// Each code has a stable number (``id``, `E001`…) and a stable name (``name``, `unknown-field`), like rustc's
/// lints. The messages live in one `switch` per language (``message(in:)``), so a missing translation does not
/// compile.
public enum DiagnosticCode: Sendable, Hashable {
  // MARK: Lexing
  /// A character that starts no token.
  case invalidCharacter(String)
  /// A string literal with no closing quote on its line.
  case unterminatedString
  /// A backslash escape other than `\"`, `\\`, `\n`.
  case invalidEscape(String)
  /// A malformed number, e.g. `1__0` or `1.`.
  case invalidNumber(String)
  /// A number too large for 64 bits.
  case numberOverflow(String)
  /// A date that does not exist or is malformed, e.g. `2023-02-29`.
  case invalidDate(String)
  /// A duration unit other than days, months and years.
  case unknownUnit(String)
  /// Bytes that are not valid UTF-8.
  case invalidUTF8
  /// A file with so many mistakes that the rest are not listed.
  case tooManyDiagnostics(limit: Int)

  // MARK: Parsing
  /// The parser expected something else here.
  case expected(SyntaxItem, found: SyntaxItem)
  /// A `{`, `(` or `[` without its closing partner.
  case unclosedDelimiter(String)
  /// Nesting deeper than the parser allows.
  case nestingTooDeep(limit: Int)
  /// A clause that may appear once appears twice.
  case duplicateClause(String)

  // MARK: Names and types
  /// A name that is not a field, let, table, set or builtin.
  case unknownName(String)
  /// A name defined twice.
  case duplicateDefinition(String)
  /// An enumeration has no such case.
  case unknownCase(String, enumeration: String)
  /// A function that does not exist.
  case unknownFunction(String)
  /// A call with the wrong number of arguments.
  case argumentCount(String, expected: Int, found: Int)
  /// A type name that is neither builtin nor a declared enumeration.
  case unknownType(String)
  /// An expression of one type where another was needed.
  case typeMismatch(expected: String, found: String)
  /// An operator applied to types it does not take.
  case invalidOperands(String, String, String)
  /// Money multiplied by a ratio without an explicit rounding.
  case unroundedMoney
  /// `let` definitions that refer to each other in a cycle.
  case cyclicDefinition(String)
  /// No `schema` in the ruleset folder.
  case missingSchema
  /// A service with no `eligible` clause.
  case missingEligibility(String)
  /// Two rows of a decision list with the same number.
  case duplicateRow(Int)
  /// A date range whose end is before its start.
  case invalidPeriod(String)
  /// Two versions of a table in force on the same day.
  case tableOverlap(String, String, String)
  /// Days between two versions of a table that no version covers.
  case tableGap(String, from: String, to: String)
  /// A let, set or table nothing uses.
  case unusedDefinition(String)
  /// A waiver that names a code no finding at that place has.
  case unusedWaiver(String)
  /// A waiver naming a code that does not exist.
  case unknownDiagnosticCode(String)
  /// A rank key that is neither `priority` nor a field or let.
  case invalidRankKey(String)
  /// A table has no row for a key it needs, e.g. between rows.
  case tableMissingRow(String, key: String)
  /// An enumeration with more cases than a set can hold.
  case tooManyCases(String, limit: Int)

  // MARK: Analysis
  /// An input that passes eligibility but matches no row of a decision list.
  case decisionGap(list: String)
  /// A row that no input can reach, because earlier rows match first.
  case unreachableRow(list: String, row: Int)
  /// A tier whose subsidy and copay do not add up to the price.
  case priceMismatch(row: Int, subsidy: Int64, copay: Int64, price: Int64)
  /// A number with no `source` on its clause, row or service.
  case missingSource(String)
  /// An example whose expected outcome differs from the evaluation.
  case exampleFailed(String)
  /// A `choice` whose text neither quotes the source (`'…'`, `"…"`) nor cites a line number.
  case choiceWithoutQuote(String)
  /// Days of a service's effective period on which a table its rules read has no version in force.
  case tableNotInForce(String, from: String, to: String)

  /// The stable number shown in brackets, e.g. `E020`.
  public var id: String {
    switch self {
    case .invalidCharacter: return "E001"
    case .unterminatedString: return "E002"
    case .invalidEscape: return "E003"
    case .invalidNumber: return "E004"
    case .numberOverflow: return "E005"
    case .invalidDate: return "E006"
    case .unknownUnit: return "E007"
    case .invalidUTF8: return "E008"
    case .tooManyDiagnostics: return "E009"
    case .expected: return "E010"
    case .unclosedDelimiter: return "E011"
    case .nestingTooDeep: return "E012"
    case .duplicateClause: return "E013"
    case .unknownName: return "E020"
    case .duplicateDefinition: return "E021"
    case .unknownCase: return "E022"
    case .unknownFunction: return "E023"
    case .argumentCount: return "E024"
    case .unknownType: return "E025"
    case .typeMismatch: return "E026"
    case .invalidOperands: return "E027"
    case .unroundedMoney: return "E028"
    case .cyclicDefinition: return "E029"
    case .missingSchema: return "E030"
    case .missingEligibility: return "E031"
    case .duplicateRow: return "E032"
    case .invalidPeriod: return "E033"
    case .tableOverlap: return "E034"
    case .tableGap: return "W035"
    case .unusedDefinition: return "W036"
    case .unusedWaiver: return "W037"
    case .unknownDiagnosticCode: return "E038"
    case .invalidRankKey: return "E039"
    case .tableMissingRow: return "E040"
    case .tooManyCases: return "E041"
    case .decisionGap: return "W050"
    case .unreachableRow: return "W051"
    case .priceMismatch: return "W052"
    case .missingSource: return "W053"
    case .exampleFailed: return "E054"
    case .choiceWithoutQuote: return "W055"
    case .tableNotInForce: return "W056"
    }
  }

  /// The stable name used in waivers and JSON, e.g. `unknown-field`.
  public var name: String {
    switch self {
    case .invalidCharacter: return "invalid-character"
    case .unterminatedString: return "unterminated-string"
    case .invalidEscape: return "invalid-escape"
    case .invalidNumber: return "invalid-number"
    case .numberOverflow: return "number-overflow"
    case .invalidDate: return "invalid-date"
    case .unknownUnit: return "unknown-unit"
    case .invalidUTF8: return "invalid-utf8"
    case .tooManyDiagnostics: return "too-many-diagnostics"
    case .expected: return "expected-token"
    case .unclosedDelimiter: return "unclosed-delimiter"
    case .nestingTooDeep: return "nesting-too-deep"
    case .duplicateClause: return "duplicate-clause"
    case .unknownName: return "unknown-field"
    case .duplicateDefinition: return "duplicate-definition"
    case .unknownCase: return "unknown-case"
    case .unknownFunction: return "unknown-function"
    case .argumentCount: return "argument-count"
    case .unknownType: return "unknown-type"
    case .typeMismatch: return "type-mismatch"
    case .invalidOperands: return "invalid-operands"
    case .unroundedMoney: return "unrounded-money"
    case .cyclicDefinition: return "cyclic-definition"
    case .missingSchema: return "missing-schema"
    case .missingEligibility: return "missing-eligibility"
    case .duplicateRow: return "duplicate-row"
    case .invalidPeriod: return "invalid-period"
    case .tableOverlap: return "table-overlap"
    case .tableGap: return "table-gap"
    case .unusedDefinition: return "unused-definition"
    case .unusedWaiver: return "unused-waiver"
    case .unknownDiagnosticCode: return "unknown-code"
    case .invalidRankKey: return "invalid-rank-key"
    case .tableMissingRow: return "table-missing-row"
    case .tooManyCases: return "too-many-cases"
    case .decisionGap: return "decision-gap"
    case .unreachableRow: return "unreachable-row"
    case .priceMismatch: return "price-mismatch"
    case .missingSource: return "missing-source"
    case .exampleFailed: return "example-failed"
    case .choiceWithoutQuote: return "choice-without-quote"
    case .tableNotInForce: return "table-not-in-force"
    }
  }

  /// All code names, for validating waivers.
  public static let allNames: Set<String> = [
    "invalid-character", "unterminated-string", "invalid-escape", "invalid-number", "number-overflow",
    "invalid-date", "unknown-unit", "invalid-utf8", "too-many-diagnostics", "expected-token", "unclosed-delimiter", "nesting-too-deep",
    "duplicate-clause", "unknown-field", "duplicate-definition", "unknown-case", "unknown-function",
    "argument-count", "unknown-type", "type-mismatch", "invalid-operands", "unrounded-money", "cyclic-definition",
    "missing-schema", "missing-eligibility", "duplicate-row", "invalid-period", "table-overlap", "table-gap",
    "unused-definition", "unused-waiver", "unknown-code", "invalid-rank-key", "table-missing-row", "too-many-cases", "decision-gap",
    "unreachable-row", "price-mismatch", "missing-source", "example-failed", "choice-without-quote",
    "table-not-in-force",
  ]

  /// The severity a finding has unless a waiver lowers it.
  public var defaultSeverity: Severity {
    switch self {
    case .tableGap, .unusedDefinition, .unusedWaiver, .decisionGap, .unreachableRow, .priceMismatch,
      .missingSource, .choiceWithoutQuote, .tableNotInForce:
      return .warning
    default:
      return .error
    }
  }

  /// An amount with thousands separators: `450,000원`.
  static func won(_ amount: Int64, _ language: Language = .korean) -> String {
    let digits = String(amount.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (amount < 0 ? "-" : "") + grouped + (language == .korean ? "원" : " won")
  }

  /// The one-line message, lowercase, no final period, names in backticks.
  ///
  /// - Parameter language: the rendering language.
  /// - Returns: the message text.
  public func message(in language: Language) -> String {
    switch language {
    case .korean: return koreanMessage
    case .english: return englishMessage
    }
  }

  private var koreanMessage: String {
    switch self {
    case .invalidCharacter(let c): return "쓸 수 없는 문자: `\(c)`"
    case .unterminatedString: return "문자열이 닫히지 않음: 줄 끝에 `\"`가 필요함"
    case .invalidEscape(let e): return "알 수 없는 이스케이프: `\(e)`"
    case .invalidNumber(let n): return "잘못된 숫자: `\(n)`"
    case .numberOverflow(let n): return "숫자가 너무 큼: `\(n)`"
    case .invalidDate(let d): return "없는 날짜: `\(d)`"
    case .unknownUnit(let u): return "알 수 없는 기간 단위: `\(u)`"
    case .invalidUTF8: return "UTF-8이 아닌 바이트"
    case .tooManyDiagnostics(let limit): return "문제가 너무 많아 \(limit)개 뒤로는 보고하지 않음"
    case .expected(let what, let found): return "기대한 것: \(what.text(in: .korean)), 찾은 것: \(found.text(in: .korean))"
    case .unclosedDelimiter(let d): return "닫히지 않은 `\(d)`"
    case .nestingTooDeep(let limit): return "중첩이 너무 깊음: 최대 \(limit)단계"
    case .duplicateClause(let c): return "`\(c)` 절이 두 번 나옴"
    case .unknownName(let n): return "알 수 없는 필드: `\(n)`"
    case .duplicateDefinition(let n): return "이름이 두 번 정의됨: `\(n)`"
    case .unknownCase(let c, let e): return "`\(e)`에 없는 값: `\(c)`"
    case .unknownFunction(let f): return "알 수 없는 함수: `\(f)`"
    case .argumentCount(let f, let expected, let found): return "`\(f)`의 인자 수: \(expected)개가 필요한데 \(found)개"
    case .unknownType(let t): return "알 수 없는 타입: `\(t)`"
    case .typeMismatch(let expected, let found): return "타입이 맞지 않음: 기대한 것: \(expected), 찾은 것: \(found)"
    case .invalidOperands(let op, let l, let r): return "연산자와 맞지 않는 타입: `\(op)`, \(l), \(r)"
    case .unroundedMoney: return "금액에 비율을 곱한 값은 `round_down`, `round_up` 또는 `round`로 원 단위로 맞춰야 함"
    case .cyclicDefinition(let cycle): return "정의가 순환함: \(cycle)"
    case .missingSchema: return "`schema` 선언이 없음"
    case .missingEligibility(let s): return "서비스 `\(s)`에 `eligible` 절이 없음"
    case .duplicateRow(let n): return "행 번호가 두 번 나옴: \(n)"
    case .invalidPeriod(let p): return "기간의 끝이 시작보다 앞섬: \(p)"
    case .tableOverlap(let t, let a, let b): return "시행기간이 겹치는 판: 표 `\(t)`, 판 `\(a)`, `\(b)`"
    case .tableGap(let t, let from, let to): return "적용되는 판이 없는 기간: 표 `\(t)`, \(from) ~ \(to)"
    case .unusedDefinition(let n): return "쓰이지 않는 정의: `\(n)`"
    case .unusedWaiver(let c): return "이곳에 `\(c)` 진단이 없어 면제가 쓰이지 않음"
    case .unknownDiagnosticCode(let c): return "알 수 없는 진단 코드: `\(c)`"
    case .invalidRankKey(let k): return "대기 순위 기준으로 쓸 수 없음: `\(k)`"
    case .tableMissingRow(let t, let key): return "표에 없는 키: `\(t)`, \(key)"
    case .tooManyCases(let e, let limit): return "열거형의 값이 너무 많음: `\(e)`, 최대 \(limit)개"
    case .decisionGap(let list): return "`\(list)`에 빈틈: 대상자인데 어느 행에도 맞지 않는 입력이 있음"
    case .unreachableRow(let list, let row): return "`\(list)`의 \(row)행에 닿는 입력이 없음"
    case .priceMismatch(let row, let subsidy, let copay, let price):
      return "정부지원금 + 본인부담금이 서비스 가격과 다름: \(row)등급 \(Self.won(subsidy)) + \(Self.won(copay)) = \(Self.won(subsidy &+ copay)) ≠ \(Self.won(price))"
    case .missingSource(let what): return "출처(`source`)가 없는 수치: \(what)"
    case .exampleFailed(let name): return "예시 `\(name)`의 결과가 기대와 다름"
    case .choiceWithoutQuote(let id): return "출처의 문장이나 줄 번호를 들지 않은 선택: `\(id)`"
    case .tableNotInForce(let t, let from, let to): return "시행기간 중 표 `\(t)`의 적용 판이 없음: \(from) ~ \(to)"
    }
  }

  private var englishMessage: String {
    switch self {
    case .invalidCharacter(let c): return "invalid character `\(c)`"
    case .unterminatedString: return "unterminated string: expected `\"` before the end of the line"
    case .invalidEscape(let e): return "unknown escape `\(e)`"
    case .invalidNumber(let n): return "malformed number `\(n)`"
    case .numberOverflow(let n): return "number too large: `\(n)`"
    case .invalidDate(let d): return "no such date: `\(d)`"
    case .unknownUnit(let u): return "unknown duration unit `\(u)`"
    case .invalidUTF8: return "bytes that are not UTF-8"
    case .tooManyDiagnostics(let limit): return "too many mistakes: the rest after \(limit) are not listed"
    case .expected(let what, let found): return "expected \(what.text(in: .english)), found \(found.text(in: .english))"
    case .unclosedDelimiter(let d): return "unclosed `\(d)`"
    case .nestingTooDeep(let limit): return "nesting too deep: at most \(limit) levels"
    case .duplicateClause(let c): return "clause `\(c)` appears twice"
    case .unknownName(let n): return "unknown field `\(n)`"
    case .duplicateDefinition(let n): return "`\(n)` is defined twice"
    case .unknownCase(let c, let e): return "`\(e)` has no case `\(c)`"
    case .unknownFunction(let f): return "unknown function `\(f)`"
    case .argumentCount(let f, let expected, let found):
      return "`\(f)` takes \(expected) \(expected == 1 ? "argument" : "arguments"), found \(found)"
    case .unknownType(let t): return "unknown type `\(t)`"
    case .typeMismatch(let expected, let found): return "type mismatch: expected \(expected), found \(found)"
    case .invalidOperands(let op, let l, let r): return "`\(op)` cannot combine \(l) and \(r)"
    case .unroundedMoney: return "money times a ratio must be rounded to whole won with `round_down`, `round_up` or `round`"
    case .cyclicDefinition(let cycle): return "definitions refer to each other in a cycle: \(cycle)"
    case .missingSchema: return "no `schema` declaration"
    case .missingEligibility(let s): return "service `\(s)` has no `eligible` clause"
    case .duplicateRow(let n): return "row number \(n) appears twice"
    case .invalidPeriod(let p): return "period ends before it starts: \(p)"
    case .tableOverlap(let t, let a, let b): return "versions `\(a)` and `\(b)` of table `\(t)` overlap"
    case .tableGap(let t, let from, let to): return "table `\(t)` has no version in force from \(from) to \(to)"
    case .unusedDefinition(let n): return "`\(n)` is never used"
    case .unusedWaiver(let c): return "waiver for `\(c)` silences nothing here"
    case .unknownDiagnosticCode(let c): return "unknown diagnostic code `\(c)`"
    case .invalidRankKey(let k): return "`\(k)` cannot be a waitlist key"
    case .tableMissingRow(let t, let key): return "table `\(t)` has no row for key \(key)"
    case .tooManyCases(let e, let limit): return "enumeration `\(e)` has more than \(limit) cases"
    case .decisionGap(let list): return "gap in `\(list)`: an eligible input matches no row"
    case .unreachableRow(let list, let row): return "row \(row) of `\(list)` is unreachable"
    case .priceMismatch(let row, let subsidy, let copay, let price):
      return "tier \(row): subsidy \(Self.won(subsidy, .english)) + copay \(Self.won(copay, .english)) = \(Self.won(subsidy &+ copay, .english)) differs from the price \(Self.won(price, .english))"
    case .missingSource(let what): return "number without a `source`: \(what)"
    case .exampleFailed(let name): return "example `\(name)` does not give the expected outcome"
    case .choiceWithoutQuote(let id): return "choice `\(id)` quotes no source text and cites no line"
    case .tableNotInForce(let t, let from, let to):
      return "table `\(t)` has no version in force from \(from) to \(to) of the service's effective period"
    }
  }
}

import Testing

@testable import Rules

/// The kinds of the tokens of `text`, without the final `.end`, and the lexer's diagnostics.
private func lex(_ text: String) -> (kinds: [Token.Kind], codes: [DiagnosticCode]) {
  var lexer = Lexer(file: SourceFile(path: "lex.rules", text: text))
  let tokens = lexer.tokenize()
  return (tokens.dropLast().map(\.kind), lexer.diagnostics.map(\.code))
}

/// 2024-02-29 (a leap day).
private let leapDay = CivilDate(year: 2024, month: 2, day: 29)

private let tokenCases: [(text: String, kinds: [Token.Kind])] = [
  (text: "1_000_000", kinds: [.integer(1_000_000)]),
  (text: "25_000원", kinds: [.integer(25_000), .won]),
  (text: "25,000원", kinds: [.integer(25_000), .won]),
  (text: "2,228,445 원", kinds: [.integer(2_228_445), .won]),
  (text: "25_000 won", kinds: [.integer(25_000), .identifier("won")]),
  (text: "25_000won", kinds: [.integer(25_000), .identifier("won")]),
  // Commas separate thousands only in amounts of won: elsewhere they are list separators.
  (text: "1,000", kinds: [.integer(1), .punctuation(.comma), .integer(0)]),
  (text: "{3,4}", kinds: [.punctuation(.leftBrace), .integer(3), .punctuation(.comma), .integer(4), .punctuation(.rightBrace)]),
  (text: "120%", kinds: [.percent(Rational(percent: 120))]),
  (text: "1.5", kinds: [.decimal(Rational(3, 2) ?? Rational(integer: 0))]),
  (text: "2024-02-29", kinds: leapDay.map { [.date($0)] } ?? []),
  (text: "3 months", kinds: [.integer(3), .identifier("months")]),
  (text: "saha-organizing", kinds: [.identifier("saha"), .punctuation(.minus), .identifier("organizing")]),
  (text: "a<=b", kinds: [.identifier("a"), .punctuation(.lessOrEqual), .identifier("b")]),
  (text: "x -> y .. z", kinds: [.identifier("x"), .punctuation(.arrow), .identifier("y"), .punctuation(.range), .identifier("z")]),
  (text: "\"소득 \\\"120%\\\" 이하\\\\\"", kinds: [.string("소득 \"120%\" 이하\\")]),
  (text: "x # 주석 \"끝\"\ny", kinds: [.identifier("x"), .identifier("y")]),
]

/// Tokens and malformed tokens.
@Suite struct LexerTests {
  @Test(arguments: tokenCases)
  func lexesTokens(text: String, kinds: [Token.Kind]) {
    let (actual, codes) = lex(text)
    #expect(actual == kinds)
    #expect(codes == [])
  }

  @Test func eightyFivePointFivePercentIsExact() {
    guard case .percent(let value)? = lex("85.5%").kinds.first else {
      Issue.record("not a percentage")
      return
    }
    #expect(value == Rational(855, 1000))
    #expect(value.percentText == "85.5%")
  }

  @Test(arguments: [
    (text: "2023-02-29", code: DiagnosticCode.invalidDate("2023-02-29")),
    (text: "2024-13-01", code: .invalidDate("2024-13-01")),
    (text: "1__0", code: .invalidNumber("1__0")),
    (text: "3months", code: .invalidNumber("3months")),
    (text: "9_223_372_036_854_775_808", code: .numberOverflow("9_223_372_036_854_775_808")),
    (text: "\"a\\tb\"", code: .invalidEscape("\\t")),
    (text: "\"열린 문자열", code: .unterminatedString),
    (text: "≤", code: .invalidCharacter("≤")),
    (text: ";", code: .invalidCharacter(";")),
  ])
  func reportsMalformedTokens(text: String, code: DiagnosticCode) {
    #expect(lex(text).codes == [code])
  }

  @Test func largestAmountFits() {
    #expect(lex("9_223_372_036_854_775_807원").kinds == [.integer(.max), .won])
  }
}

import Testing

@testable import Rules

/// What the checker reports, beyond the goldens: exact codes and ranges.
@Suite struct CheckerDiagnosticTests {
  /// Examples' facts are checked against the schema: types, enum cases, field names and the expected result.
  @Test func exampleMistakesAreReported() throws {
    let text = """
      schema applicant "신청자" {
        field monthly_income: money "월 소득"
        field status: status "수급 자격"
      }
      enum status "수급 자격" { none "해당없음" livelihood "생계급여 수급자" }
      service demo "시범" {
        eligible all { "소득": monthly_income <= 2_000_000원 }
        example "틀림" {
          given { monthly_income = 120%, status = livelihod, incme = 1 }
          expect eligble
        }
      }
      """
    let file = SourceFile(path: "example.rules", text: text)
    let result = Checker.check([Parser.parse(file)])
    #expect(result.ruleset == nil)
    #expect(result.diagnostics.map(\.code.name) == ["type-mismatch", "unknown-case", "unknown-field", "expected-token"])
    #expect(result.diagnostics.map { file.text(in: $0.range) } == ["120%", "livelihod", "incme", "eligble"])
    #expect(result.diagnostics.map(\.code) == [
      .typeMismatch(expected: "money", found: "ratio"), .unknownCase("livelihod", enumeration: "status"),
      .unknownName("incme"), .expected(.oneOf(["eligible", "ineligible", "undetermined"]), found: .token("eligble")),
    ])
  }

  /// Warnings do not stop the checker from producing a program; errors do.
  @Test func warningsKeepTheProgram() throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      let unused "안 씀" = monthly_income + 1원
      service demo "시범" { eligible all { "소득": monthly_income <= 2_000_000원 } }
      """
    let result = Checker.check([Parser.parse(SourceFile(path: "w.rules", text: text))])
    #expect(result.diagnostics.map(\.code) == [.unusedDefinition("unused")])
    #expect(result.diagnostics.map(\.severity) == [.warning])
    #expect(result.hasErrors == false)
    #expect(result.ruleset?.services.map(\.id) == ["demo"])
  }

  // MARK: Known bugs (reported to the lead; these fail until fixed)

  /// A `let` whose definition has an error is reported once, at the error. Its uses are not "unknown", and it is not
  /// "never used".
  ///
  /// Known bug: `Checker.resolveLet` sets `symbols[name] = nil` when the definition fails, so each use then reports
  /// `unknown-field` for a name that is defined, and `reportUnused` warns `unused-definition` for it.
  @Test func letWithAnErrorIsReportedOnlyAtTheError() throws {
    let text = """
      schema applicant "신청자" {
        field monthly_income: money "월 소득"
        field assets: money "재산"
        field household_size: count "가구원수"
      }
      table median_income "기준 중위소득" key household_size: count -> money {
        version "2024" effective 2024-01-01 .. 2024-12-31 { 1: 2_228_445원 }
      }
      let income_pct "소득" = monthly_income / median_incom[household_size]
      let product "곱" = monthly_income * assets
      service demo "시범" {
        eligible all {
          "소득": income_pct <= 120%
          "곱": product <= 1원
          "중위": monthly_income <= median_income[household_size]
        }
      }
      """
    let file = SourceFile(path: "let-error.rules", text: text)
    let result = Checker.check([Parser.parse(file)])
    #expect(result.diagnostics.map(\.code) == [.unknownName("median_incom"), .invalidOperands("*", "money", "money")])
    #expect(result.diagnostics.map { file.text(in: $0.range) } == ["median_incom", "monthly_income * assets"])
  }

  /// More than 64 cases is its own mistake with its own message.
  ///
  /// Known bug: `Checker.declareEnum` reports it as `invalidOperands("enum", name, "> 64 cases")`, rendered
  /// "`enum` cannot combine grade and > 64 cases" / "`enum`를 쓸 수 없는 타입: grade, > 64 cases".
  @Test func tooManyEnumCasesHasAClearMessage() throws {
    let cases = (0..<65).map { "c\($0) \"\($0)\"" }.joined(separator: " ")
    let text = """
      schema applicant "신청자" { field g: grade "등급" }
      enum grade "등급" { \(cases) }
      service demo "시범" { eligible all { "등급": g == c1 } }
      """
    let result = Checker.check([Parser.parse(SourceFile(path: "enum.rules", text: text))])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.code.name != "invalid-operands")
    #expect(result.diagnostics.first.map { $0.code.message(in: .english).contains("64") } == true)
  }
}

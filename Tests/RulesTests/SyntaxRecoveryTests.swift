import Testing

@testable import Rules

/// The byte offset just after the first `needle` in `file`.
private func offset(after needle: String, in file: SourceFile) throws -> Int {
  let bytes = Array(needle.utf8)
  let index = try #require(
    (0...(file.bytes.count - bytes.count)).first { Array(file.bytes[$0..<($0 + bytes.count)]) == bytes })
  return index + bytes.count
}

/// Parser recovery: one mistake, one diagnostic.
@Suite struct SyntaxRecoveryTests {
  /// A missing `{` after `eligible all` is one mistake: one diagnostic, a fix-it that inserts the brace after `all`,
  /// and the criterion below is still parsed.
  ///
  /// Known bug: the parser takes the criterion's label `"소득"` for the group's optional label, then reports
  /// "expected `{`, found `:`" at the colon with a fix-it inserting ` {` after `"소득"` (which would give
  /// `"소득" {: …`), and the stray `}` at the end of the file becomes a second error ("expected a declaration").
  @Test func missingBraceAfterEligibleAll() throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      service demo "시범" {
        eligible all
          "소득": monthly_income <= 2_000_000원
        }
      }
      """
    let file = SourceFile(path: "brace.rules", text: text)
    let parsed = Parser.parse(file)
    #expect(parsed.diagnostics.map(\.code) == [.expected(.token("{"), found: .string)])
    #expect(parsed.diagnostics.first.map { file.text(in: $0.range) } == "\"소득\"")
    #expect(parsed.diagnostics.first?.fixIts == [FixIt(range: .at(try offset(after: "eligible all", in: file)), replacement: " {")])
  }

  /// The same with a group label: the only mistake is the missing `{`.
  ///
  /// Known bug: the `}` that closes the service is then taken as a stray top-level token, a second error.
  @Test func missingBraceAfterLabelledGroup() throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      service demo "시범" {
        eligible all "소득 기준"
          "소득": monthly_income <= 2_000_000원
        }
      }
      """
    let file = SourceFile(path: "brace.rules", text: text)
    let parsed = Parser.parse(file)
    #expect(parsed.diagnostics.map(\.code) == [.expected(.token("{"), found: .string)])
    #expect(parsed.diagnostics.first?.fixIts == [FixIt(range: .at(try offset(after: "\"소득 기준\"", in: file)), replacement: " {")])
  }

  /// After an unterminated string the parser does not report the next token as a second mistake.
  @Test func unterminatedLabelIsOneMistake() throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      service demo "시범" {
        eligible all {
          "소득: monthly_income <= 2_000_000원
        }
      }
      """
    let parsed = Parser.parse(SourceFile(path: "string.rules", text: text))
    #expect(parsed.diagnostics.map(\.code) == [.unterminatedString])
  }

  /// A nonexistent date is one mistake, not also "expected a date, found `0`" (the lexer's stand-in token).
  @Test(arguments: ["effective 2023-02-29 .. open", "effective 2024-01-01 .. 2023-02-29"])
  func invalidDateIsOneMistake(clause: String) throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      service demo "시범" {
        \(clause)
        eligible all { "소득": monthly_income <= 2_000_000원 }
      }
      """
    let parsed = Parser.parse(SourceFile(path: "date.rules", text: text))
    #expect(parsed.diagnostics.map(\.code) == [.invalidDate("2023-02-29")])
  }

  /// A criterion whose label lacks its `:` is one mistake; the parser reads the test after it.
  @Test func missingColonIsOneMistake() throws {
    let text = """
      schema applicant "신청자" { field monthly_income: money "월 소득" }
      service demo "시범" {
        eligible all {
          "소득" monthly_income <= 2_000_000원
        }
      }
      """
    let parsed = Parser.parse(SourceFile(path: "colon.rules", text: text))
    #expect(parsed.diagnostics.map(\.code) == [.expected(.token(":"), found: .token("monthly_income"))])
  }

  /// Recovery that already works: `=` for `==` keeps the comparison, so the checker sees no further mistake.
  @Test func assignForEqualKeepsTheComparison() throws {
    let text = """
      schema applicant "신청자" { field household_size: count "가구원수" }
      service demo "시범" { eligible all { "1인": household_size = 1 } }
      """
    let file = SourceFile(path: "eq.rules", text: text)
    let result = Checker.check([Parser.parse(file)])
    #expect(result.diagnostics.map(\.code) == [.expected(.token("=="), found: .token("="))])
    #expect(result.diagnostics.first?.fixIts.map { file.text(in: $0.range) + "→" + $0.replacement } == ["=→=="])
  }
}

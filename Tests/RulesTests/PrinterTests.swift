import Foundation
import Testing

@testable import Rules

/// Text already in canonical form: printing its tree gives it back byte for byte.
private let canonical = #"""
  schema applicant "신청자" {
    field id: text "신청자 번호"
    field monthly_income: money "월 소득(가구)"  source "s:1" note "세전"
    field status: status "수급 자격"
  }

  enum status "수급 자격" source "법 제2조" {
    none "해당없음"
    livelihood "생계급여 수급자"
    1 "1등급"
  }

  enum empty "빈 열거" {}

  set recipient "기초생활수급자" = status { livelihood, medical }  source "s:2" choice "P1" "의료급여 포함"

  table median_income "기준 중위소득" key household_size: count -> money note "고시" {
    version "2024" effective 2024-01-01 .. 2024-12-31 source "보건복지부 고시 제2023-150호" {
      1: 2_228_445원
      2: 3_682_609원
      beyond linear
    }
    version "2025" effective 2025-01-01 .. open {}
  }

  let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]

  let score "점수" = -(a + b) * 2 / c - -1.25 + 85.5% - 0.125  waive unused-definition because "예시"

  service saha-organizing "취약계층 \"정리수납\" \\ 지원" {
    source "002.txt:6120-6174" note "시범"
    region "부산광역시 사하구"  source "002.txt:6121"
    effective 2023-01-01 .. open  choice "P4" "시행기간이 출처에 없음"
    price 500_000원 unstated  source "002.txt:6158"
    support 3 months
    reassess none
    suspend "사망": not alive or x not in {a, b} and sigungu in ["영도구", "남구"]
    eligible all {
      "소득: 기준 중위소득 120% 이하": income_pct <= 120%  source "002.txt:6132"
      any "가구특성" note "하나만" {
        "1인 가구": case_managed and household_size == 1
        "나이": 65 <= years(birth_date, reference_date) < 80
      }
      all {}
      "날짜": (application_date >= 2024-01-01 + 1 month) == true
    }
    priority first {
      1 "통합사례관리": case_managed and (household_size == 1 or single)  source "002.txt:6141"
      2 "공공": public_referral
    }
    tier first {
      1 "수급자": status in recipient -> subsidy 475_000원 copay 25_000원  waive price-mismatch because "출처대로"
      2 "미정": true -> subsidy undetermined "고시 없음" copay 0원
    }
    rank by priority, income_pct ascending, application_date, id descending  choice "P3" "번호 순"
    example "경계" {
      given { application_date = 2024-05-01, household_size = 1, monthly_income = 2_228_445원, case_managed = true }
      expect eligible priority 1 tier 2 subsidy 450_000원 copay 50_000원
    }
    example "빈" {
      given {}
      expect ineligible
    }  note "빈 예시"
  }

  service other "다른 서비스" {
    price undetermined "사유"
    price 30_000원 per month
    price undetermined "월 단가 미정" per period
    support 14 days
    reassess 2 times
    eligible any {
      "항상": true
      "미정": undetermined "출처에 없음"
    }
  }

  """#

/// The same kind of text as people write it: comments, spacing, `,` separators, `won`, `1.50`, `120.0%`.
private let written = #"""
  # 서비스
  service x "엑스" {   region "구"
    price 25,000원   unstated     # 단위 없음
    support 1 months
    eligible all {
      "a":   income_pct<=120.0%   source "s"   note "n"
      "b": 1.50 < r  and  m == 25_000 won
    }
  }
  """#

private let writtenPrinted = #"""
  service x "엑스" {
    region "구"
    price 25_000원 unstated
    support 1 month
    eligible all {
      "a": income_pct <= 120%  source "s" note "n"
      "b": 1.5 < r and m == 25_000원
    }
  }

  """#

/// Parses text that must have no mistakes.
private func parse(_ text: String, path: String = "t.rules") -> RulesetSyntax {
  let parsed = Parser.parse(SourceFile(path: path, text: text))
  #expect(parsed.diagnostics.isEmpty, "\(DiagnosticRenderer.render(parsed.diagnostics, language: .english))")
  return parsed.syntax
}

/// parse(print(tree)) is the tree, ranges aside, and print is idempotent.
private func checkRoundTrip(_ tree: RulesetSyntax, sourceLocation: SourceLocation = #_sourceLocation) {
  let printed = Printer.print(tree)
  let reparsed = Parser.parse(SourceFile(path: tree.file.path, text: printed))
  #expect(reparsed.diagnostics.isEmpty, "\(printed)", sourceLocation: sourceLocation)
  #expect(RangeEraser.erase(reparsed.syntax) == RangeEraser.erase(tree), "\(printed)", sourceLocation: sourceLocation)
  #expect(Printer.print(reparsed.syntax) == printed, sourceLocation: sourceLocation)
}

@Test func printsCanonicalTextBackUnchanged() {
  let tree = parse(canonical)
  #expect(Printer.print(tree) == canonical)
  checkRoundTrip(tree)
}

@Test func printsWrittenTextCanonically() {
  let tree = parse(written)
  #expect(Printer.print(tree) == writtenPrinted)
  checkRoundTrip(tree)
}

@Test func roundTripsTheLanguageReference() throws {
  // Every complete example in docs/language.md.
  let docs = packageRoot.appendingPathComponent("docs/language.md")
  let text = try String(contentsOf: docs, encoding: .utf8)
  let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
  let rules = blocks.filter { block in
    ["service saha", "schema", "enum", "table", "let"].contains { block.hasPrefix("\n" + $0) }
  }
  #expect(rules.count >= 5)
  for block in rules { checkRoundTrip(parse(block)) }
}

/// The package's root folder.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Round-trips every `.rules` file in a folder that parses without mistakes (goldens that show syntax errors have
/// trees with missing parts, which do not round-trip); returns how many it checked.
private func roundTripFiles(in folder: URL) throws -> Int {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  var checked = 0
  for name in names.sorted() where name.hasSuffix(".rules") {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    let parsed = Parser.parse(SourceFile(path: name, text: text))
    guard parsed.diagnostics.isEmpty else { continue }
    checkRoundTrip(parsed.syntax)
    checked += 1
  }
  return checked
}

@Test func roundTripsEveryGolden() throws {
  _ = try roundTripFiles(in: packageRoot.appendingPathComponent("Tests/RulesTests/Goldens"))
}

@Test func roundTripsEveryRuleset() throws {
  #expect(try roundTripFiles(in: packageRoot.appendingPathComponent("rulesets")) > 0)
}

// MARK: Hand-built trees

private let here = SourceRange.at(0)
private func e(_ kind: ExprSyntax.Kind) -> ExprSyntax { ExprSyntax(kind, range: here) }
private func name(_ text: String) -> ExprSyntax { e(.name(text)) }
private func rational(_ numerator: Int64, _ denominator: Int64) -> Rational {
  Rational(numerator, denominator) ?? Rational(integer: 0)
}
private func link(_ op: ComparisonOperator, _ operand: ExprSyntax) -> ComparisonLink {
  ComparisonLink(op: op, operand: operand, opRange: here)
}

@Test(arguments: [
  (expr: e(.money(0)), text: "0원"),
  (expr: e(.money(500)), text: "500원"),
  (expr: e(.money(25_000)), text: "25_000원"),
  (expr: e(.money(2_228_445)), text: "2_228_445원"),
  (expr: e(.integer(1_000_000)), text: "1000000"),
  (expr: e(.percent(rational(120, 100))), text: "120%"),
  (expr: e(.percent(rational(855, 1000))), text: "85.5%"),
  (expr: e(.percent(rational(1, 1000))), text: "0.1%"),
  (expr: e(.percent(rational(12_345, 100_000))), text: "12.345%"),
  (expr: e(.decimal(rational(15, 10))), text: "1.5"),
  (expr: e(.decimal(rational(150, 100))), text: "1.5"),
  (expr: e(.decimal(rational(20, 10))), text: "2.0"),
  (expr: e(.decimal(rational(1, 8))), text: "0.125"),
  (expr: e(.decimal(rational(1, 3))), text: "(1 / 3)"),
  (expr: e(.duration(CalendarDuration(3, .months))), text: "3 months"),
  (expr: e(.duration(CalendarDuration(1, .months))), text: "1 month"),
  (expr: e(.duration(CalendarDuration(2, .years))), text: "2 years"),
  (expr: e(.duration(CalendarDuration(14, .days))), text: "14 days"),
  (expr: e(.string("say \"hi\" \\ 안녕\n")), text: #""say \"hi\" \\ 안녕\n""#),
  (expr: e(.boolean(false)), text: "false"),
  (expr: e(.enumSet([name("a"), e(.integer(2))])), text: "{a, 2}"),
  (expr: e(.textList([e(.string("영도구")), e(.string("남구"))])), text: #"["영도구", "남구"]"#),
  (expr: e(.textList([])), text: "[]"),
])
func printsLiterals(expr: ExprSyntax, text: String) {
  #expect(Printer.print(expr) == text)
}

@Test func printsDatesInISOForm() throws {
  let date = try #require(CivilDate(year: 24, month: 3, day: 2))
  #expect(Printer.print(e(.date(date))) == "0024-03-02")
}

@Test(arguments: [
  (
    expr: e(.comparison(e(.percent(rational(100, 100))), [link(.less, name("x")), link(.lessOrEqual, name("y"))])),
    text: "100% < x <= y"
  ),
  (expr: e(.membership(name("s"), negated: false, name("recipient"))), text: "s in recipient"),
  (expr: e(.membership(name("s"), negated: true, e(.enumSet([name("a")])))), text: "s not in {a}"),
  (expr: e(.unary(.negate, name("x"))), text: "-x"),
  (expr: e(.unary(.not, e(.unary(.not, name("x"))))), text: "not not x"),
  (expr: e(.unary(.not, e(.membership(name("s"), negated: false, name("t"))))), text: "not s in t"),
  (expr: e(.call(Name("max", range: here), [name("a"), e(.money(1))])), text: "max(a, 1원)"),
  (expr: e(.index(name("t"), e(.binary(.add, name("n"), e(.integer(1)))))), text: "t[n + 1]"),
  (expr: e(.parenthesized(e(.binary(.add, name("a"), name("b"))))), text: "(a + b)"),
  (expr: e(.binary(.or, e(.binary(.and, name("a"), name("b"))), name("c"))), text: "a and b or c"),
  (expr: e(.missing), text: ""),
])
func printsOperators(expr: ExprSyntax, text: String) {
  #expect(Printer.print(expr) == text)
}

@Test(arguments: [
  // Trees the parser never builds: the printer adds the parentheses that keep their meaning.
  (expr: e(.binary(.multiply, e(.binary(.add, name("a"), name("b"))), name("c"))), text: "(a + b) * c"),
  (expr: e(.binary(.subtract, name("a"), e(.binary(.subtract, name("b"), name("c"))))), text: "a - (b - c)"),
  (
    expr: e(.binary(.and, e(.binary(.or, name("a"), name("b"))), e(.unary(.not, name("c"))))),
    text: "(a or b) and not c"
  ),
  (expr: e(.unary(.negate, e(.binary(.add, name("a"), name("b"))))), text: "-(a + b)"),
  (
    expr: e(.comparison(e(.comparison(name("a"), [link(.equal, name("b"))])), [link(.equal, name("c"))])),
    text: "(a == b) == c"
  ),
  (expr: e(.unary(.not, e(.binary(.and, name("a"), name("b"))))), text: "not (a and b)"),
])
func parenthesisesHandBuiltTreesByPrecedence(expr: ExprSyntax, text: String) {
  #expect(Printer.print(expr) == text)
}

@Test func printsAHandBuiltService() throws {
  var sources = Annotations()
  sources.sources = [Label("s:1", range: here)]
  let row = DecisionRowSyntax(
    number: 1, numberRange: here, label: Label("일", range: here), condition: e(.boolean(true)),
    subsidy: .won(475_000, here), copay: .undetermined(Label("미정", range: here)), annotations: sources,
    range: here)
  let service = ServiceSyntax(
    id: Name("demo-service", range: here), title: Label("데모", range: here),
    clauses: [
      ServiceClause(.price(.won(500_000, here), .perPeriod), range: here),
      ServiceClause(.reassess(1, here), range: here),
      ServiceClause(.support(CalendarDuration(2, .years), here), range: here),
      ServiceClause(
        .eligible(CriterionSyntax(label: nil, kind: .any([]), range: here)), annotations: sources, range: here),
      ServiceClause(.tier(DecisionListSyntax(rows: [row], range: here)), range: here),
      ServiceClause(
        .rank([RankKeySyntax(name: Name("age", range: here), descending: true, explicitDirection: true)]), range: here),
    ], range: here)
  #expect(
    Printer.print(.service(service)) == """
      service demo-service "데모" {
        price 500_000원 per period
        reassess 1 times
        support 2 years
        eligible any {}  source "s:1"
        tier first {
          1 "일": true -> subsidy 475_000원 copay undetermined "미정"  source "s:1"
        }
        rank by age descending
      }

      """)
}

@Test func printsNothingForAnEmptyFile() {
  #expect(Printer.print(RulesetSyntax(file: SourceFile(path: "e.rules", text: ""), declarations: [])) == "")
}

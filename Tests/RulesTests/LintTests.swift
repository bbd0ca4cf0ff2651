import Testing

@testable import Rules

/// A prelude whose table, lets and sets all cite a source, so that only the service under test has findings.
let lintPrelude = """
  schema applicant "신청자" {
    field application_date: date "신청일"
    field household_size: count "가구원수"
    field monthly_income: money "월 소득"
    field birth_date: date "생년월일"
    field case_managed: bool "통합사례관리 대상자"
    field public_referral: bool "공공전달체계 추천자"
  }
  table median_income "기준 중위소득" key household_size: count -> money {
    version "2024" effective 2024-01-01 .. 2024-12-31 source "m:1" {
      1: 2_228_445원
      2: 3_682_609원
      beyond linear
    }
  }
  let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]
  let age "만 나이" = years(birth_date, reference_date)

  """

/// The prelude's line count, so that tests name lines of the service as written.
let lintPreludeLines = lintPrelude.split(separator: "\n", omittingEmptySubsequences: false).count - 1

/// Lints the prelude and a service: each finding but `unused-definition` (the prelude's lets) as
/// `severity name line` (lines counted in the service text).
func lintFindings(_ service: String) -> [String] {
  let result = Lint.lint([Parser.parse(SourceFile(path: "t.rules", text: lintPrelude + service))])
  return result.diagnostics.filter { $0.code.name != "unused-definition" }.map { "\($0.severity) \($0.code.name) \($0.position.line - lintPreludeLines)" }
}

/// A service with one criterion, written as given.
func lintService(_ criterion: String, effective: String = "2024-01-01 .. 2024-12-31", extra: String = "") -> String {
  """
  service s "서비스" {
    effective \(effective)
    eligible all {
  \(criterion)
    }
  \(extra)}
  """
}

@Test(arguments: [
  (criterion: #"    "소득": income_pct <= 120%"#, expected: ["warning missing-source 4"]),
  (criterion: #"    "소득": income_pct <= 120%  source "x:1""#, expected: []),
  (criterion: #"    any "그룹" { "소득": income_pct <= 120% }  source "x:1""#, expected: []),
  (criterion: #"    "소득": income_pct <= 120%  waive missing-source because "출처 확인 중""#, expected: ["note missing-source 4"]),
  (criterion: #"    "사례관리": case_managed"#, expected: []),
  (criterion: #"    "사례관리": case_managed  waive missing-source because "없음""#, expected: ["warning unused-waiver 4"]),
])
func missingSource(criterion: String, expected: [String]) {
  #expect(lintFindings(lintService(criterion)) == expected)
}

@Test func missingSourceOnLetPriceAndTierRows() {
  let text = """
    let limit "한도" = 1_000_000원
    service s "서비스" {
      effective 2024-01-01 .. 2024-12-31
      price 500_000원 per month
      eligible all { "소득": monthly_income <= limit  source "x:1" }
      tier first {
        1 "전부": true -> subsidy 450_000원 copay 50_000원
      }
    }
    """
  #expect(lintFindings(text) == ["warning missing-source 1", "warning missing-source 4", "warning missing-source 7"])
}

@Test(arguments: [
  (text: "출처에 없음 (A2)", cites: false),
  (text: "2023-01-01부터 종료일 없이 적용", cites: false),
  (text: "지역 구분 없는 241백만원은 인천의 기준", cites: false),
  (text: "6 × 12,000 + 6 × 13,000 = 150,000원", cites: false),
  (text: "6158 '500천원'", cites: true),
  (text: "소득 기준은 모두에게 적용 (6127-6128)", cites: true),
  (text: "2023년도 사례집(2행)에 근거", cites: true),
  (text: "'모두 충족시'", cites: true),
])
func choiceCitesSource(text: String, cites: Bool) {
  #expect(Lint.citesSource(text) == cites)
}

@Test func choiceWithoutQuote() {
  let without = lintService(#"    "사례관리": case_managed  choice "A1" "하나만 충족하면 됨""#)
  let with = lintService(#"    "사례관리": case_managed  choice "A1" "6135 '하나만'""#)
  let waived = lintService(
    #"    "사례관리": case_managed  choice "A1" "하나만 충족하면 됨"  waive choice-without-quote because "인용할 문장이 없음""#)
  #expect(lintFindings(without) == ["warning choice-without-quote 4"])
  #expect(lintFindings(with) == [])
  #expect(lintFindings(waived) == ["note choice-without-quote 4"])
}

@Test func tableNotInForce() {
  let criterion = #"    "소득": income_pct <= 120%  source "x:1""#
  let closedGap = lintService(criterion, effective: "2023-07-01 .. 2024-12-31")
  let covered = lintService(criterion, effective: "2024-01-01 .. 2024-12-31")
  let open = lintService(criterion, effective: "2024-01-01 .. open")
  let noTable = lintService(#"    "사례관리": case_managed"#, effective: "2023-07-01 .. 2024-12-31")
  let result = Lint.lint([Parser.parse(SourceFile(path: "t.rules", text: lintPrelude + closedGap))])
  #expect(
    result.diagnostics.filter { $0.code.name == "table-not-in-force" }.map { $0.code.message(in: .english) } == [
      "table `median_income` has no version in force from 2023-07-01 to 2023-12-31 of the service's effective period"
    ])
  #expect(lintFindings(closedGap) == ["warning table-not-in-force 2"])
  #expect(lintFindings(covered) == [])
  #expect(lintFindings(open) == ["note table-not-in-force 2"])
  #expect(lintFindings(noTable) == [])
}

@Test func unusedGapWaiver() {
  func service(_ rows: String) -> String {
    """
    service s "서비스" {
      effective 2024-01-01 .. 2024-12-31
      eligible all { "소득": income_pct <= 120%  source "x:1" }
      priority first {
    \(rows)
      }  waive decision-gap because "검토함"
    }
    """
  }
  let gap = service(#"    1 "사례관리": case_managed"#)
  let noGap = service(#"    1 "전부": true"#)
  #expect(lintFindings(gap) == ["note decision-gap 4"])
  #expect(lintFindings(noGap) == ["warning unused-waiver 6"])
}

import Testing

@testable import Rules

/// The declarations every test ruleset shares: a small schema, an enumeration with two sets, a table and two lets.
let analyzePrelude = """
  schema applicant "신청자" {
    field household_size: count "가구원수"
    field monthly_income: money "월 소득"
    field birth_date: date "생년월일"
    field status: status "수급 자격"
    field single_parent: bool "한부모가족"
    field case_managed: bool "통합사례관리 대상자"
    field public_referral: bool "공공전달체계 추천자"
    field private_referral: bool "민간전달체계 추천자"
    field discharged: bool "퇴원·퇴소"
    field disabled: bool "장애인"
    field lives_alone: bool "독거"
    field ltc_grade: ltc_grade "장기요양등급"
    field sido: text "시·도"
  }
  enum status "수급 자격" { none "해당없음"  livelihood "생계급여"  medical "의료급여"  near_poor_copay "차상위 본인부담경감" }
  enum ltc_grade "장기요양등급" { none "없음"  1 "1등급"  3 "3등급"  4 "4등급"  5 "5등급"  outside "등급외" }
  set recipient "기초생활수급자" = status { livelihood, medical }
  set near_poor "차상위" = status { near_poor_copay }
  table median_income "기준 중위소득" key household_size: count -> money {
    version "2024" effective 2024-01-01 .. 2024-12-31 {
      1: 2_228_445원
      2: 3_682_609원
      beyond linear
    }
  }
  let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]
  let age "만 나이" = years(birth_date, reference_date)

  """

/// The file a test service is written in: the prelude, then the service.
func analyzeFile(_ service: String) -> SourceFile { SourceFile(path: "t.rules", text: analyzePrelude + service) }

/// Parses and checks a file; records an issue when it does not check.
func analyzeChecked(_ file: SourceFile) -> CheckedRuleset? {
  let result = Checker.check([Parser.parse(file)])
  #expect(!result.hasErrors, "\(DiagnosticRenderer.render(result.diagnostics))")
  return result.ruleset
}

/// A finding as the tests compare it: severity, message, first line and notes, in English.
struct AnalyzeFinding: Equatable, CustomStringConvertible {
  var severity: Severity
  var message: String
  var line: Int
  var notes: [String]

  init(_ severity: Severity, _ message: String, line: Int, _ notes: [String]) {
    self.severity = severity
    self.message = message
    self.line = line
    self.notes = notes
  }

  init(_ diagnostic: Diagnostic) {
    severity = diagnostic.severity
    message = diagnostic.code.message(in: .english)
    line = diagnostic.position.line
    notes = diagnostic.notes.map { $0.message.text(in: .english) }
  }

  var description: String { "\(severity) \(line) \(message) \(notes)" }
}

/// The findings for one service written after the prelude.
func analyzeFindings(_ service: String) -> [AnalyzeFinding] {
  guard let ruleset = analyzeChecked(analyzeFile(service)) else { return [] }
  return Analyzer.analyze(ruleset).map(AnalyzeFinding.init)
}

/// The line of the prelude's end, so that expectations count lines within the service.
let analyzeServiceLine = analyzePrelude.split(separator: "\n", omittingEmptySubsequences: false).count - 1

private let gapService = """
  service gap "빈틈" {
    eligible all {
      "소득: 기준 중위소득 150% 이하": income_pct <= 150%
    }
    tier first {
      1 "수급자·한부모": status in recipient or single_parent -> subsidy 475_000원 copay 25_000원
      2 "100% 이하": income_pct <= 100% -> subsidy 450_000원 copay 50_000원
      3 "120% 초과 150% 이하": 120% < income_pct <= 150% -> subsidy 400_000원 copay 100_000원
    }
  }

  """

@Test func gapBetween100And120Percent() {
  #expect(
    analyzeFindings(gapService) == [
      AnalyzeFinding(
        .warning, "gap in `tier`: an eligible input matches no row", line: analyzeServiceLine + 5,
        ["counterexample: status = none, single_parent = false, income_pct = 110%"])
    ])
}

@Test func gapRendersWithCounterexample() throws {
  let ruleset = try #require(analyzeChecked(analyzeFile(gapService)))
  let diagnostic = try #require(Analyzer.analyze(ruleset).first)
  let line = analyzeServiceLine + 5
  #expect(
    DiagnosticRenderer.render(diagnostic) == """
      t.rules:\(line):8: warning[W050 decision-gap]: `tier`에 빈틈: 대상자인데 어느 행에도 맞지 않는 입력이 있음
         |
      \(line) |   tier first {
         |        ^^^^^^^
         = note: 반례: status = none, single_parent = false, income_pct = 110%

      """)
}

@Test func sahaOrganizingTiersHaveNoFindings() {
  let service = """
    service saha-organizing "취약계층 정리수납지원서비스" {
      eligible all {
        "거주지": sido == "부산광역시"
        "소득: 기준 중위소득 120% 이하": income_pct <= 120%
        any "가구특성" {
          "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
          "공공전달체계 추천자": public_referral
          "민간전달체계 추천자": private_referral
        }
      }
      priority first {
        1 "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
        2 "공공전달체계 추천자": public_referral
        3 "민간전달체계 추천자": private_referral
      }
      tier first {
        1 "수급자·차상위·한부모": status in recipient or status in near_poor or single_parent
            -> subsidy 475_000원 copay 25_000원
        2 "기준 중위소득 100% 이하": income_pct <= 100% -> subsidy 450_000원 copay 50_000원
        3 "기준 중위소득 100% 초과 120% 이하": 100% < income_pct <= 120% -> subsidy 400_000원 copay 100_000원
      }
    }

    """
  #expect(analyzeFindings(service) == [])
}

@Test func bukguMealTiersHaveNoFindings() {
  let service = """
    service bukgu-meal "식사영양관리" {
      eligible all {
        "연령: 만 65세 이상": age >= 65
        any "가구특성" {
          "퇴원·퇴소": discharged
          "만 75세 이상 장애·독거 노인": age >= 75 and (disabled or lives_alone)
          "장기요양등급 3~5등급, 등급 외": ltc_grade in {3, 4, 5, outside}
        }
      }
      priority first {
        1 "퇴원·퇴소": discharged
        2 "만 75세 이상 장애·독거 노인": age >= 75 and (disabled or lives_alone)
        3 "장기요양등급 3~5등급, 등급 외": ltc_grade in {3, 4, 5, outside}
      }
      tier first {
        1 "기초생활수급자, 차상위": status in recipient or status in near_poor -> subsidy 220_000원 copay 20_000원
        2 "120% 이하": income_pct <= 120% -> subsidy 200_000원 copay 40_000원
        3 "120% 초과 160% 이하": 120% < income_pct <= 160% -> subsidy 180_000원 copay 80_000원
        4 "160% 초과": income_pct > 160% -> subsidy 120_000원 copay 120_000원
      }
    }

    """
  #expect(analyzeFindings(service) == [])
}

@Test func unknownEligibilityIsNoGap() {
  let service = """
    service unknown "미정" {
      eligible any {
        "100% 이하": income_pct <= 100%
        "그 밖의 사유": undetermined "출처에 없음"
      }
      tier first {
        1 "100% 이하": income_pct <= 100% -> subsidy 1원 copay 1원
      }
    }

    """
  #expect(analyzeFindings(service) == [])
}

@Test func moneyDateTextAndCountCounterexample() {
  let service = """
    service values "값" {
      eligible all { "부산": sido in ["부산광역시", "울산광역시"] }
      tier first {
        1 "소득 200만원 이하": monthly_income <= 2_000_000원 -> subsidy 1원 copay 1원
        2 "1960년 이전 출생": birth_date < 1960-01-01 -> subsidy 1원 copay 1원
        3 "부산 3인 이상": sido == "부산광역시" and household_size >= 3 -> subsidy 1원 copay 1원
        4 "등급": ltc_grade in {3, 4} -> subsidy 1원 copay 1원
      }
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .warning, "gap in `tier`: an eligible input matches no row", line: analyzeServiceLine + 3,
        [
          #"counterexample: monthly_income = 2_000_001원, birth_date = 1960-01-01, sido = "부산광역시", "#
            + "household_size = 2, ltc_grade = none"
        ])
    ])
}

@Test func tooManyCellsFallsBackToRowsAlone() throws {
  let service = """
    service large "큼" {
      eligible all { "150% 이하": income_pct <= 150%  "장애": disabled }
      priority first {
        1 "150% 이하": income_pct <= 150%
        2 "100% 이하": income_pct <= 100%
      }
    }

    """
  let ruleset = try #require(analyzeChecked(analyzeFile(service)))
  let service0 = try #require(ruleset.services.first)
  // 5 values of income_pct (rows) × 2 of disabled (eligibility) = 10 cells; 5 fit without eligibility.
  let found = Analyzer.analyze(service0, in: ruleset, limit: 5).map(AnalyzeFinding.init)
  #expect(
    found == [
      AnalyzeFinding(
        .warning, "row 2 of `priority` is unreachable", line: analyzeServiceLine + 5,
        [#"an earlier row always matches first: 1 "150% 이하""#, "counterexample: income_pct = 90%"])
    ])
  #expect(Analyzer.analyze(service0, in: ruleset, limit: 4) == [])
}


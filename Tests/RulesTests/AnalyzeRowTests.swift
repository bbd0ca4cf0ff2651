import Testing

@testable import Rules

@Test func rowShadowedByBroaderRow() {
  let service = """
    service shadow "가림" {
      eligible all { "소득": income_pct <= 200% }
      priority first {
        1 "150% 이하": income_pct <= 150%
        2 "100% 이하": income_pct <= 100%
        3 "나머지": true
      }
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .warning, "row 2 of `priority` is unreachable", line: analyzeServiceLine + 5,
        [#"an earlier row always matches first: 1 "150% 이하""#, "counterexample: income_pct = 90%"])
    ])
}

@Test func rowShadowedByTwoRows() {
  let service = """
    service shadow "가림" {
      eligible all { "모두": true }
      priority first {
        1 "수급자": status in recipient
        2 "차상위": status in near_poor
        3 "해당자": status != none
        4 "나머지": true
      }
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .warning, "row 3 of `priority` is unreachable", line: analyzeServiceLine + 6,
        [#"an earlier row always matches first: 1 "수급자", 2 "차상위""#, "counterexample: status = livelihood"])
    ])
}

@Test func unsatisfiableRows() {
  let service = """
    service never "불가능" {
      eligible all { "150% 이하": income_pct <= 150% }
      tier first {
        1 "모순": income_pct > 120% and income_pct < 100% -> subsidy 1원 copay 1원
        2 "대상 밖": income_pct > 200% -> subsidy 1원 copay 1원
        3 "나머지": true -> subsidy 1원 copay 1원
      }
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .warning, "row 1 of `tier` is unreachable", line: analyzeServiceLine + 4,
        ["no input satisfies this row's condition"]),
      AnalyzeFinding(
        .warning, "row 2 of `tier` is unreachable", line: analyzeServiceLine + 5,
        ["no eligible input satisfies this row's condition"]),
    ])
}

@Test func waiverOnListSilencesGap() {
  let service = """
    service gap "빈틈" {
      eligible all { "150% 이하": income_pct <= 150% }
      tier first {
        1 "100% 이하": income_pct <= 100% -> subsidy 450_000원 copay 50_000원
        2 "120% 초과": income_pct > 120% -> subsidy 400_000원 copay 100_000원
      } waive decision-gap because "출처가 100~120%를 정하지 않음"
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .note, "gap in `tier`: an eligible input matches no row", line: analyzeServiceLine + 3,
        ["counterexample: income_pct = 110%", "waived: 출처가 100~120%를 정하지 않음"])
    ])
}

@Test func waiverOnRowSilencesUnreachableRow() {
  let service = """
    service shadow "가림" {
      eligible all { "모두": true }
      priority first {
        1 "한부모": single_parent
        2 "장애인 한부모": single_parent and disabled  waive unreachable-row because "출처의 순서를 그대로 둠"
        3 "나머지": true
      }
    }

    """
  #expect(
    analyzeFindings(service) == [
      AnalyzeFinding(
        .note, "row 2 of `priority` is unreachable", line: analyzeServiceLine + 5,
        [
          #"an earlier row always matches first: 1 "한부모""#, "counterexample: single_parent = true, disabled = true",
          "waived: 출처의 순서를 그대로 둠",
        ])
    ])
}


import Testing
@testable import Rules

@Test func parsesDocumentedService() throws {
  let text = #"""
  service saha-organizing "취약계층 정리수납지원서비스" {
    region "부산광역시 사하구"
    source "002_36d7a86073e0eb52.txt:6120-6174"
    effective 2023-01-01 .. open
      choice "P4" "시행기간이 출처에 없음"
    price 500_000원 unstated  source "002_36d7a86073e0eb52.txt:6158"
    support 3 months          source "002_36d7a86073e0eb52.txt:6164"
    reassess none
    eligible all {
      "소득: 기준 중위소득 120% 이하": income_pct <= 120%  source "002:6132"
      any "가구특성" {
        "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
        "공공전달체계 추천자": public_referral
      }
    }
    priority first {
      1 "통합사례관리": case_managed and household_size == 1
      2 "공공": public_referral
    }
    tier first {
      1 "수급자": status in recipient or single_parent -> subsidy 475_000원 copay 25_000원
      3 "100~120": 100% < income_pct <= 120% -> subsidy 400_000원 copay 100_000원 waive price-mismatch because "x"
    }
    rank by priority, income_pct ascending, application_date, id descending
    example "경계" {
      given { application_date = 2024-05-01, household_size = 1, monthly_income = 2_228_445원, case_managed = true }
      expect eligible priority 1 tier 2 copay 50_000원
    }
  }
  """#
  let parsed = Parser.parse(SourceFile(path: "t.rules", text: text))
  #expect(parsed.diagnostics.map { $0.code.name } == [])
  guard case .service(let service) = parsed.syntax.declarations.first else {
    Issue.record("no service")
    return
  }
  #expect(service.id.text == "saha-organizing")
  #expect(service.clauses.count == 10)
}

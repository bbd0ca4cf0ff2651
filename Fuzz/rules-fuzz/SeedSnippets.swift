/// Built-in corpus entries that between them use every syntax form of `docs/language.md`, so the fuzzer has
/// something to mutate even when the corpus directories are empty.
enum SeedSnippets {
  /// A schema, enumerations (named and integer cases, inline), sets (an enum subset and and a table.
  static let declarations = #"""
    # 주석: 스키마와 열거형
    schema applicant "신청자" {
      field id: text "신청자 번호"
      field birth_date: date "생년월일"
      field household_size: count "가구원수"
      field monthly_income: money "월 소득(가구)"
      field income_ratio: ratio "소득 비율"
      field waited: duration "대기 기간"
      field status: status "수급 자격"
      field grade: ltc_grade "장기요양등급"
      field case_managed: bool "통합사례관리 대상자"
      field sigungu: text "시군구"
    }
    enum status "수급 자격" {
      none "해당없음"
      livelihood "생계급여 수급자"
      near_poor_copay "차상위 본인부담경감"
    }
    enum ltc_grade "장기요양등급" { none "없음"  1 "1등급"  2 "2등급"  cognitive "인지지원등급"  outside "등급외" }
    set recipient "기초생활수급자" = status { livelihood }  source "002_36d7a86073e0eb52.txt:6149"
      note "6149: 기초생활수급자"
      choice "P1" "출처가 모호함: \"생계\"만 넣음 \\ 경로"
    table median_income "기준 중위소득" key household_size: count -> money {
      version "2024" effective 2024-01-01 .. 2024-12-31 source "median-income.md; 보건복지부 고시 제2023-150호" {
        1: 2_228_445원
        2: 3_682_609원
        7: 8_514_994원
        beyond linear   # n > 7
      }
      version "2025" effective 2025-01-01 .. open {
        1: 2,392,013원
        2: 3_932_658 won
      }
    }
    """#

  /// Derived facts with every operator, literal kind and builtin.
  static let lets = #"""
    let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]
    let age "만 나이" = years(birth_date, reference_date)
    let span "기간" = months(birth_date, 2024-03-02) + days(birth_date, reference_date) * 2 - 1
    let capped "상한" = min(max(monthly_income, 0원), 25,000원) + round_down(monthly_income * 85.5%)
    let rounded "반올림" = round(monthly_income * 1.5) - round_up(monthly_income * income_ratio)
      + round_down(monthly_income / 3)
    let deadline "기한" = reference_date + 3 months - 14 days + 2 years + 1 month
    let poor "저소득" = not (income_pct > 120%) and -household_size < -1 or status in recipient
    let chain "사이" = 100% < income_pct <= 120% and age >= 65 and age != 70 and household_size == 1
    let region_ok "지역" = sigungu in ["영도구", "남구"] and status not in {livelihood, near_poor_copay} and true != false
    """#

  /// A service with every clause, every price, support, reassess and amount form, annotations and examples.
  static let service = #"""
    service saha-organizing "취약계층 정리수납지원서비스" {
      region "부산광역시 사하구"
      source "002_36d7a86073e0eb52.txt:6120-6174"
      effective 2023-01-01 .. open
        choice "P4" "시행기간이 출처에 없음: 2023-01-01부터 종료일 없이 적용"
      price 500_000원 unstated  source "002_36d7a86073e0eb52.txt:6158"
      support 3 months          source "002_36d7a86073e0eb52.txt:6164"
      reassess none             source "002_36d7a86073e0eb52.txt:6165"
      suspend "사망": status == none  note "중지 사유"
      eligible all {
        "소득: 기준 중위소득 120% 이하": income_pct <= 120%  source "002_36d7a86073e0eb52.txt:6132"
        any "가구특성" {
          "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
          all "노인" { "65세 이상": age >= 65  "등급": grade in {1, 2, cognitive} }
        }
      }
      priority first {
        1 "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1  source "002:6141"
        2 "공공전달체계 추천자": status in recipient
      }
      tier first {
        1 "수급자·차상위": status in recipient or status == near_poor_copay
            -> subsidy 475_000원 copay 25_000원  source "002_36d7a86073e0eb52.txt:6148-6154"
        2 "기준 중위소득 100% 이하": income_pct <= 100% -> subsidy undetermined "출처에 없음" copay 50_000 won
          waive price-mismatch because "출처의 합계가 다름"
      }
      rank by priority, income_pct ascending, birth_date descending, id
        choice "P3" "우선순위 다음 순서는 출처에 없음"
      example "2024 1인, 소득 100% 경계" {
        given { birth_date = 1950-02-28, household_size = 1, monthly_income = 2_228_445원, case_managed = true }
        expect eligible priority 1 tier 2 copay 50_000원
      }
      example "고소득" { given { monthly_income = 9,000,000원, status = livelihood } expect ineligible }
      example "모름" { given { sigungu = "영도구" } expect undetermined }
      example "보조금" { given { household_size = 2 } expect eligible subsidy 475_000원 }
    }
    """#

  /// A second service with the other price, support and reassess forms.
  static let otherForms = #"""
    service busan-daily-care "일상돌봄" {
      effective 2024-01-01 .. 2024-12-31
      price 200_000원 per month
      support 2 years
      reassess 2 times
      eligible any { "수급자": status in recipient  "나이": age >= 19 and age < 40 }
    }
    service meal "식사" {
      price 30,000원 per period
      support 14 days
      eligible all { "항상": true }
    }
    service unknown-price "미정" {
      price undetermined "출처에 금액이 없음"
      support 1 month
      eligible all { "소득": monthly_income * 2 <= median_income[household_size + 1] }
    }
    """#

  /// All snippets, in a fixed order (the order is part of what `(seed, index)` regenerates).
  static let all: [String] = [declarations, lets, service, otherForms]
}

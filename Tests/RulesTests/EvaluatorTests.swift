import Testing

@testable import Rules

/// A small ruleset for the evaluator tests: a schema, the enums and the 2023–2024 기준 중위소득 table they need, two
/// lets, and one service per behaviour under test (one criterion each for the edge tests).
enum EvaluatorFixture {
  static let text = """
    schema applicant "신청자" {
      field id: text "신청자 번호"
      field birth_date: date "생년월일"
      field application_date: date "신청일"
      field household_size: count "가구원수"
      field monthly_income: money "월 소득"
      field status: status "수급 자격"
      field crisis_reason: crisis_reason "위기사유"
      field single_parent: bool "한부모가족"
      field case_managed: bool "통합사례관리 대상자"
      field public_referral: bool "공공전달체계 추천자"
      field private_referral: bool "민간전달체계 추천자"
    }

    enum status "수급 자격" {
      none "해당없음"
      livelihood "생계급여 수급자"
      medical "의료급여 수급자"
      housing "주거급여 수급자"
      education "교육급여 수급자"
    }
    enum crisis_reason "위기사유" {
      income_loss "주소득자 소득 상실"
      illness_injury "중한 질병 또는 부상"
      business_closure "휴업·폐업"
      other "그 밖의 사유"
    }
    set recipient "기초생활수급자" = status { livelihood, medical, housing, education }

    table median_income "기준 중위소득" key household_size: count -> money {
      version "2023" effective 2023-01-01 .. 2023-12-31 {
        1: 2_077_892원
        2: 3_456_155원
        3: 4_434_816원
        4: 5_400_964원
        5: 6_330_688원
        6: 7_227_981원
        7: 8_107_515원
        beyond linear
      }
      version "2024" effective 2024-01-01 .. 2024-12-31 {
        1: 2_228_445원
        2: 3_682_609원
        3: 4_714_657원
        4: 5_729_913원
        5: 6_695_735원
        6: 7_618_369원
        7: 8_514_994원
        beyond linear
      }
    }

    let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]
      choice "P1" "기준 중위소득은 기준일이 속한 연도의 고시를 쓴다"
    let age "만 나이" = years(birth_date, reference_date)

    service count-le "c" { eligible all { "가구원수 3 이하": household_size <= 3 } }
    service count-lt "c" { eligible all { "가구원수 3 미만": household_size < 3 } }
    service count-ge "c" { eligible all { "가구원수 3 이상": household_size >= 3 } }
    service count-gt "c" { eligible all { "가구원수 3 초과": household_size > 3 } }
    service count-eq "c" { eligible all { "가구원수 3": household_size == 3 } }

    service money-le "m" { eligible all { "200만원 이하": monthly_income <= 2_000_000원 } }
    service money-lt "m" { eligible all { "200만원 미만": monthly_income < 2_000_000원 } }
    service money-ge "m" { eligible all { "200만원 이상": monthly_income >= 2_000_000원 } }
    service money-gt "m" { eligible all { "200만원 초과": monthly_income > 2_000_000원 } }
    service money-eq "m" { eligible all { "200만원": monthly_income == 2_000_000원 } }

    service ratio-le "r" { eligible all { "120% 이하": income_pct <= 120% } }
    service ratio-lt "r" { eligible all { "120% 미만": income_pct < 120% } }
    service ratio-ge "r" { eligible all { "50% 이상": income_pct >= 50% } }
    service ratio-gt "r" { eligible all { "100% 초과": income_pct > 100% } }
    service ratio-eq "r" { eligible all { "100%": income_pct == 100% } }
    service ratio-chain "r" { eligible all { "100% 초과 120% 이하": 100% < income_pct <= 120% } }

    service date-le "d" { eligible all { "6월 30일까지": application_date <= 2024-06-30 } }
    service date-lt "d" { eligible all { "6월 30일 전": application_date < 2024-06-30 } }
    service date-ge "d" { eligible all { "6월 30일부터": application_date >= 2024-06-30 } }
    service date-gt "d" { eligible all { "6월 30일 뒤": application_date > 2024-06-30 } }
    service date-eq "d" { eligible all { "6월 30일": application_date == 2024-06-30 } }

    service elder "어르신" { eligible all { "만 65세 이상": age >= 65 } }

    service false-and-unknown "k" { eligible all { "한부모이고 사례관리": single_parent and case_managed } }
    service true-or-unknown "k" { eligible all { "한부모이거나 사례관리": single_parent or case_managed } }
    service unknown-and-true "k" { eligible all { "사례관리이고 한부모": case_managed and single_parent } }
    service unknown-or-false "k" { eligible all { "사례관리이거나 한부모": case_managed or single_parent } }
    service not-unknown "k" { eligible all { "사례관리 아님": not case_managed } }
    service not-or "b" {
      eligible all { "2인 이하도 100만원 이하도 아님": not (household_size <= 2 or monthly_income <= 1_000_000원) }
    }
    service and-both "b" { eligible all { "1인이고 100만원 이하": household_size == 1 and monthly_income <= 1_000_000원 } }
    service group-false-unknown "k" {
      eligible all {
        "한부모": single_parent
        "사례관리": case_managed
      }
    }

    service crisis "위기" {
      eligible all {
        "위기사유 (일부만 명시)":
          crisis_reason in {income_loss, illness_injury}
          or (crisis_reason == other and undetermined "나머지 위기사유는 출처에 없음")
      }
    }

    service explain "설명" {
      eligible all {
        "소득: 기준 중위소득 120% 이하": income_pct <= 120%
        any "가구특성" {
          "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
          "공공전달체계 추천자": public_referral
        }
      }
    }

    service rows "행" {
      eligible all { "소득 300만원 이하": monthly_income <= 3_000_000원 }
      priority first {
        1 "통합사례관리 대상자 중 1인 가구": case_managed and household_size == 1
        2 "공공전달체계 추천자": public_referral
        3 "민간전달체계 추천자": private_referral
      }
      tier first {
        1 "수급자": status in recipient -> subsidy 475_000원 copay 25_000원
        2 "기준 중위소득 100% 이하": income_pct <= 100% -> subsidy 450_000원 copay 50_000원
        3 "기준 중위소득 100% 초과 120% 이하": 100% < income_pct <= 120% -> subsidy 400_000원 copay 100_000원
      }
    }

    service period "기간" {
      effective 2024-01-01 .. 2024-12-31
      eligible all { "소득 300만원 이하": monthly_income <= 3_000_000원 }
    }

    service choices "선택" {
      choice "S1" "서비스의 읽기"
      effective 2024-01-01 .. open
        choice "E1" "시행기간의 읽기"
      eligible all {
        "소득: 기준 중위소득 120% 이하": income_pct <= 120%  choice "C1" "소득 기준의 읽기"
      }
      priority first {
        1 "공공전달체계 추천자": public_referral  choice "R1" "1순위의 읽기"
        2 "민간전달체계 추천자": private_referral  choice "R2" "2순위의 읽기"
      }
      tier first {
        1 "단일 등급": true -> subsidy 400_000원 copay 100_000원  choice "T1" "등급의 읽기"
      }
    }
    """

  /// The fixture, parsed and checked once.
  static let result = Checker.check([Parser.parse(SourceFile(path: "evaluator.rules", text: text))])

  /// The checked fixture; fails the test when it has diagnostics.
  static func ruleset() throws -> CheckedRuleset {
    try #require(result.diagnostics.isEmpty, "\(DiagnosticRenderer.render(result.diagnostics, language: .english))")
    return try #require(result.ruleset)
  }

  /// A civil date from `YYYY-MM-DD`.
  static func date(_ text: String) throws -> CivilDate { try #require(CivilDate(iso: text)) }

  /// The slot of a field.
  static func slot(_ name: String) throws -> Int { try #require(try ruleset().schema.slot(named: name)) }

  /// The index of a let.
  static func derived(_ name: String) throws -> Int {
    try #require(try ruleset().derived.firstIndex { $0.name == name })
  }

  /// Facts by field name.
  static func facts(_ values: [String: Value]) throws -> Facts {
    let ruleset = try ruleset()
    var facts = Facts(count: ruleset.schema.fields.count)
    for (name, value) in values { facts[try slot(name)] = value }
    return facts
  }

  /// Screens one applicant for one service, returning the record too (for derived facts).
  static func screen(
    _ service: String, _ values: [String: Value], on referenceDate: String? = "2024-05-01"
  ) throws -> (outcome: Outcome, record: Record) {
    let ruleset = try ruleset()
    let evaluator = Evaluator(ruleset)
    let record = evaluator.prepare(try facts(values), referenceDate: try referenceDate.map(date))
    let index = try #require(ruleset.serviceIndex(service), "no service \(service)")
    return (evaluator.evaluate(service: index, on: record), record)
  }
}

/// Exact decisions at both edges of each comparison, and 만 나이.
@Suite struct EvaluatorTests {
  @Test func evaluatorFixtureChecksCleanly() throws {
    let result = EvaluatorFixture.result
    #expect(DiagnosticRenderer.render(result.diagnostics, language: .english) == "")
    #expect(result.ruleset?.services.count == 35)
    #expect(result.ruleset?.derived.map(\.name) == ["income_pct", "age"])
  }

  // MARK: Edges of each comparison

  @Test(arguments: [
    (service: "count-le", size: 3, decision: Decision.eligible), (service: "count-le", size: 4, decision: .ineligible),
    (service: "count-lt", size: 2, decision: .eligible), (service: "count-lt", size: 3, decision: .ineligible),
    (service: "count-ge", size: 3, decision: .eligible), (service: "count-ge", size: 2, decision: .ineligible),
    (service: "count-gt", size: 4, decision: .eligible), (service: "count-gt", size: 3, decision: .ineligible),
    (service: "count-eq", size: 3, decision: .eligible), (service: "count-eq", size: 2, decision: .ineligible),
    (service: "count-eq", size: 4, decision: .ineligible),
  ])
  func countEdges(service: String, size: Int64, decision: Decision) throws {
    let (outcome, _) = try EvaluatorFixture.screen(service, ["household_size": .count(size)])
    #expect(outcome.decision == decision)
  }

  @Test(arguments: [
    (service: "money-le", income: 2_000_000, decision: Decision.eligible),
    (service: "money-le", income: 2_000_001, decision: .ineligible),
    (service: "money-lt", income: 1_999_999, decision: .eligible),
    (service: "money-lt", income: 2_000_000, decision: .ineligible),
    (service: "money-ge", income: 2_000_000, decision: .eligible),
    (service: "money-ge", income: 1_999_999, decision: .ineligible),
    (service: "money-gt", income: 2_000_001, decision: .eligible),
    (service: "money-gt", income: 2_000_000, decision: .ineligible),
    (service: "money-eq", income: 2_000_000, decision: .eligible),
    (service: "money-eq", income: 1_999_999, decision: .ineligible),
    (service: "money-eq", income: 2_000_001, decision: .ineligible),
  ])
  func moneyEdges(service: String, income: Int64, decision: Decision) throws {
    let (outcome, _) = try EvaluatorFixture.screen(service, ["monthly_income": .money(income)])
    #expect(outcome.decision == decision)
  }

  @Test(arguments: [
    (service: "date-le", date: "2024-06-30", decision: Decision.eligible),
    (service: "date-le", date: "2024-07-01", decision: .ineligible),
    (service: "date-lt", date: "2024-06-29", decision: .eligible),
    (service: "date-lt", date: "2024-06-30", decision: .ineligible),
    (service: "date-ge", date: "2024-06-30", decision: .eligible),
    (service: "date-ge", date: "2024-06-29", decision: .ineligible),
    (service: "date-gt", date: "2024-07-01", decision: .eligible),
    (service: "date-gt", date: "2024-06-30", decision: .ineligible),
    (service: "date-eq", date: "2024-06-30", decision: .eligible),
    (service: "date-eq", date: "2024-06-29", decision: .ineligible),
    (service: "date-eq", date: "2024-07-01", decision: .ineligible),
  ])
  func dateEdges(service: String, date: String, decision: Decision) throws {
    let (outcome, _) = try EvaluatorFixture.screen(service, ["application_date": .date(try EvaluatorFixture.date(date))])
    #expect(outcome.decision == decision)
  }

  /// 만 나이 by `years(birth_date, reference_date)`: a birthday is reached on its day; a 29 February birthday falls on
  /// 1 March in common years and on 29 February in leap years.
  @Test(arguments: [
    (born: "1959-03-02", on: "2024-03-02", age: 65, decision: Decision.eligible),
    (born: "1959-03-02", on: "2024-03-01", age: 64, decision: .ineligible),
    (born: "1960-02-29", on: "2025-02-28", age: 64, decision: .ineligible),
    (born: "1960-02-29", on: "2025-03-01", age: 65, decision: .eligible),
    (born: "1960-02-29", on: "2024-02-28", age: 63, decision: .ineligible),
    (born: "1960-02-29", on: "2024-02-29", age: 64, decision: .ineligible),
    (born: "1959-02-28", on: "2024-02-28", age: 65, decision: .eligible),
    (born: "1959-02-28", on: "2024-02-27", age: 64, decision: .ineligible),
  ])
  func ageInWholeYears(born: String, on date: String, age: Int64, decision: Decision) throws {
    let (outcome, record) = try EvaluatorFixture.screen(
      "elder", ["birth_date": .date(try EvaluatorFixture.date(born))], on: date)
    #expect(record.derived[try EvaluatorFixture.derived("age")].value == .count(age))
    #expect(outcome.decision == decision)
  }
}

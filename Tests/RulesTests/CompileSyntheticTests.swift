import Testing
@testable import Rules

/// A small ruleset that exercises what the bundled rules do not: ratio and duration fields, enum-keyed and
/// ratio-valued tables, rational arithmetic and rounding, `min`/`max`, month arithmetic at month ends, `months`
/// and `days`, `undetermined`, bool equality, `not in`, field-to-field comparisons, services without an
/// effective period, conditions too wide for one table, a gap between table versions and versions too far apart
/// for a day map.
struct CompileSyntheticTests {
  static let text = #"""
    schema person "사람" {
      field id: text "번호"
      field birth_date: date "생년월일"
      field applied: date "신청일"
      field household_size: count "가구원수"
      field monthly_income: money "소득"
      field savings: money "저축"
      field share: ratio "지분"
      field wait: duration "대기"
      field grade: grade "등급"
      field prior: grade "이전 등급"
      field city: text "도시"
      field home: text "본적"
      field a: bool "가"
      field b: bool "나"
      field c: bool "다"
      field d: bool "라"
    }
    enum grade "등급" { low "낮음"  mid "중간"  high "높음"  none "없음" }
    set graded "등급 있음" = grade { low, mid, high }
    table median_income "기준" key household_size: count -> money {
      version "1" effective 2021-01-01 .. 2023-05-31 { 1: 1_000_000원  2: 1_600_000원  3: 2_000_000원  4: 2_500_000원  beyond linear }
      version "2" effective 2023-07-01 .. open { 1: 1_100_000원  2: 1_700_000원  3: 2_200_000원  4: 2_300_000원 }
    }
    table far "먼 판" key household_size: count -> count {
      version "a" effective 1600-01-01 .. 2022-12-31 { 1: 10  2: 20  3: 30 }
      version "b" effective 2023-01-01 .. open { 1: 11  2: 21  3: 31 }
    }
    table rate "율" key grade: grade -> ratio {
      version "1" effective 2021-01-01 .. open { low: 90%  mid: 70.5%  high: 0.25 }
    }
    let pct "비율" = monthly_income / median_income[household_size]
    let age "나이" = years(birth_date, reference_date)
    let tenure "개월" = months(applied, reference_date)
    let elapsed "일수" = days(applied, reference_date)
    let discounted "할인액" = round(monthly_income * rate[grade])
    let capped "상한" = min(monthly_income, savings * 2) - max(savings, 500_000원)
    let per "1인당" = round_down(monthly_income / household_size)
    let mixed "혼합" = share * 3 + pct / 2 - 1/4
    let window "기한" = applied + 1 month

    service alpha "알파" {
      effective 2022-03-31 .. 2026-02-28
      eligible all {
        "비율": pct <= 150%
        "나이": 18 <= age < 65 or age >= 80
        "지역": city in ["서울", "부산"] and home not in ["대전"]
        any "기타" { "가": a == b  "나": not (c != d)  "다": grade == prior  "라": city == home }
      }
      priority first {
        1 "할인": discounted > 700_000원
        2 "상한": capped >= 0원 and per < 800_000원
        3 "지분": mixed >= 1/2
        4 "그 외": true
      }
      tier first {
        1 "등급": grade in graded and prior not in {none} -> subsidy 30원 copay 0원
        2 "미정": undetermined "정해지지 않음" -> subsidy 20원 copay undetermined "모름"
        3 "나머지": true -> subsidy 10원 copay 0원
      }
    }

    service beta "베타" {
      eligible any {
        "기간": tenure >= 12 and elapsed < 1000
        "기한": window <= reference_date
        "저축": savings * household_size > 9_000_000_000_000_000_000원
        "먼 판": far[household_size] == 21 or far[household_size] == 10
        "넓음": (a and b) or (c and d) or (a and d) or household_size == 1 or household_size == 2 or household_size == 3 or household_size == 4 or household_size == 5
          or household_size == 6 or household_size == 7 or household_size == 8 or household_size == 9 or age == 10 or age == 11 or age == 12 or age == 13
          or age == 14 or age == 15 or pct < 10% or pct > 300%
      }
    }

    service delta "델타" {
      eligible all { "항상": true }
      priority first {
        1 "1": age == 16
        2 "2": age == 17
        3 "3": age == 18
        4 "4": age == 19
        5 "5": age == 20
        6 "6": age == 21
        7 "7": age == 22
        8 "8": age == 23
        9 "9": age == 24
        10 "10": age == 25
      }
      tier first {
        1 "1": age == 31 -> subsidy 1원 copay 1원
        2 "2": age == 32 -> subsidy 1원 copay 1원
        3 "3": age == 33 -> subsidy 1원 copay 1원
        4 "4": age == 34 -> subsidy 1원 copay 1원
        5 "5": age == 35 -> subsidy 1원 copay 1원
        6 "6": age == 36 -> subsidy 1원 copay 1원
        7 "7": age == 37 -> subsidy 1원 copay 1원
        8 "8": age == 38 -> subsidy 1원 copay 1원
        9 "9": age == 39 -> subsidy 1원 copay 1원
        10 "10": age == 40 -> subsidy 1원 copay 1원
        11 "11": age == 41 -> subsidy 1원 copay 1원
        12 "12": age == 42 -> subsidy 1원 copay 1원
        13 "13": age == 43 -> subsidy 1원 copay 1원
        14 "14": age == 44 -> subsidy 1원 copay 1원
        15 "15": age == 45 -> subsidy 1원 copay 1원
        16 "16": age == 46 -> subsidy 1원 copay 1원
        17 "17": age == 47 -> subsidy 1원 copay 1원
      }
    }

    service gamma "감마" {
      effective 2020-01-01 .. open
      eligible all { "대기": wait > 3 months  "지분": share > 0 }
    }
    """#

  static func ruleset() throws -> CheckedRuleset {
    let result = Checker.check([Parser.parse(SourceFile(path: "synthetic.rules", text: text))])
    let errors = result.diagnostics.filter { $0.severity == .error }.map {
      "\($0.code.name) at \($0.file.position(of: $0.range.start))"
    }
    guard let ruleset = result.ruleset else {
      Issue.record("synthetic ruleset does not check: \(errors)")
      throw CancellationError()
    }
    return ruleset
  }

  @Test func compilesAllButTheDurationService() throws {
    let ruleset = try CompileSyntheticTests.ruleset()
    let compiled = CompiledRuleset(ruleset)
    #expect(compiled.referenceServices == [try #require(ruleset.serviceIndex("gamma"))])
  }

  @Test(arguments: [(seed: 1 as UInt64, missing: 0), (seed: 2, missing: 5), (seed: 3, missing: 25)])
  func agreesWithReference(seed: UInt64, missing: Int) throws {
    let ruleset = try CompileSyntheticTests.ruleset()
    let counts = try expectAgreement(ruleset, records: 3000, seed: seed, missingPercent: missing)
    #expect(counts[0][.eligible, default: 0] > 0)
    #expect(counts[1][.eligible, default: 0] > 0)
    #expect(counts[2][.eligible, default: 0] > 0)
  }

  @Test func wideConditionsAreSplitIntoPseudoAtoms() throws {
    let ruleset = try CompileSyntheticTests.ruleset()
    let compiled = CompiledRuleset(ruleset, services: [try #require(ruleset.serviceIndex("beta"))])
    #expect(compiled.parts.allSatisfy { $0.index == .ternary })
    #expect(compiled.parts.contains { $0.kind == .truth })
  }

  @Test func longListsOfSingleAtomRowsUseBinaryOrNoTables() throws {
    let ruleset = try CompileSyntheticTests.ruleset()
    let compiled = CompiledRuleset(ruleset, services: [try #require(ruleset.serviceIndex("delta"))])
    #expect(compiled.parts.map(\.index) == [.ternary, .binary, .none])
  }

  @Test func overflowingRationalsGoToTheReference() throws {
    // share × 3 with a numerator near Int64.max does not fit unreduced; the reference decides the record.
    let ruleset = try CompileSyntheticTests.ruleset()
    let compiled = CompiledRuleset(ruleset)
    var facts = Facts(count: ruleset.schema.fields.count)
    for (name, value) in [
      ("share", Value.ratio(Rational(Int64.max - 1, 2) ?? Rational(integer: 0))), ("monthly_income", .money(1_000_000)),
      ("household_size", .count(1)), ("savings", .money(Int64.max / 2)),
    ] {
      facts[try #require(ruleset.schema.slot(named: name))] = value
    }
    var batch = RecordBatch(for: compiled)
    try batch.append(facts, referenceDate: day((2024, 1, 31)))
    var codes = [UInt32](repeating: 0, count: compiled.serviceCount)
    let workspace = compiled.makeWorkspace()
    compiled.evaluate(batch, records: 0..<1, workspace: workspace, into: &codes)
    #expect(workspace.exotic[0] == 1)
    let evaluator = Evaluator(ruleset)
    let record = evaluator.prepare(facts, referenceDate: day((2024, 1, 31)))
    for position in 0..<compiled.serviceCount {
      let reference = compiled.referenceCode(evaluator.evaluate(service: position, on: record))
      #expect(ResultCode(rawValue: codes[position]) == reference)
    }
  }
}

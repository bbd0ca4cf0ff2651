import Testing

@testable import Rules

/// A ruleset whose criteria exercise name resolution, enum cases, sets, chains, lookups, builtins and examples.
private let checkerText = """
  schema applicant "신청자" {
    field id: text "신청자 번호"
    field birth_date: date "생년월일"
    field application_date: date "신청일"
    field household_size: count "가구원수"
    field monthly_income: money "월 소득"
    field status: status "수급 자격"
    field ltc_grade: ltc_grade "장기요양등급"
    field crisis_reason: crisis_reason "위기사유"
    field single_parent: bool "한부모가족"
    field sigungu: text "시·군·구"
  }

  enum status "수급 자격" {
    none "해당없음"
    livelihood "생계급여 수급자"
    medical "의료급여 수급자"
    housing "주거급여 수급자"
    education "교육급여 수급자"
    near_poor "차상위"
  }
  enum ltc_grade "장기요양등급" {
    none "없음"
    1 "1등급"
    2 "2등급"
    3 "3등급"
    4 "4등급"
    5 "5등급"
    cognitive "인지지원등급"
    outside "등급외"
  }
  enum crisis_reason "위기사유" { income_loss "주소득자 소득 상실" other "그 밖의 사유" }
  set recipient "기초생활수급자" = status { livelihood, medical, housing, education }

  table median_income "기준 중위소득" key household_size: count -> money {
    version "2024" effective 2024-01-01 .. 2024-12-31 {
      1: 2_228_445원
      2: 3_682_609원
    }
  }

  # `over_120` is declared before the let it uses: lets may refer to later lets.
  let over_120 "120% 초과" = income_pct > 120%
  let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]
  let age "만 나이" = years(birth_date, reference_date)
  let half_income "소득의 절반" = round_down(monthly_income * 50%)

  service checks "검사" {
    eligible all {
      "field": single_parent
      "let": not over_120
      "case by the field's type": status == none
      "case on the left": none == ltc_grade
      "numbered case": ltc_grade == 3
      "count literal": household_size == 3
      "enum set": ltc_grade in {3, 4, 5, outside}
      "named set": status in recipient
      "not in": status not in recipient
      "text list": sigungu in ["영도구", "남구"]
      "chain": 100% < income_pct <= 120%
      "lookup": monthly_income <= median_income[household_size]
      "age": years(birth_date, reference_date) >= 65
      "let age": age < 65
      "date arithmetic": application_date + 3 months >= reference_date
      "rounded": half_income <= 1_000_000원
      "stated": crisis_reason == other and undetermined "나머지 위기사유는 출처에 없음"
      "flattened": single_parent and household_size == 1 and status == none
    }
    example "경계" {
      given {
        application_date = 2024-05-01, household_size = 1, monthly_income = 2_674_134원, status = livelihood,
        ltc_grade = 3, single_parent = true, sigungu = "남구", crisis_reason = other
      }
      expect eligible priority 1 tier 2 subsidy 450_000원 copay 50_000원
    }
    example "모름" {
      given { ltc_grade = outside }
      expect undetermined
    }
  }
  """

private let checkerFile = SourceFile(path: "checker.rules", text: checkerText)
private let checkerResult = Checker.check([Parser.parse(checkerFile)])

private func checked() throws -> CheckedRuleset {
  try #require(
    checkerResult.diagnostics.isEmpty, "\(DiagnosticRenderer.render(checkerResult.diagnostics, language: .english))")
  return try #require(checkerResult.ruleset)
}

/// A checked expression as an S-expression with names, cases and types, without ranges.
private func shape(_ expression: CheckedExpr, in ruleset: CheckedRuleset) -> String {
  func value(_ value: Value, _ type: ValueType) -> String {
    switch (value, type) {
    case (.enumCase(let index), .enumeration(let e)):
      return "\(ruleset.enumerations[e].name).\(ruleset.enumerations[e].caseNames[index])"
    case (.enumSet(let mask), .enumSet(let e)):
      let names = ruleset.enumerations[e].caseNames.enumerated().filter { mask & (1 << UInt64($0.offset)) != 0 }
      return "{\(ruleset.enumerations[e].name): \(names.map(\.element).joined(separator: ", "))}"
    case (.ratio(let r), _): return "\(r.numerator)/\(r.denominator)"
    case (.money(let n), _): return "\(n)won"
    case (.text(let t), _): return "\"\(t)\""
    case (.textList(let list), _): return "[\(list.map { "\"\($0)\"" }.joined(separator: ", "))]"
    default: return value.description
    }
  }
  func go(_ e: CheckedExpr) -> String {
    switch e.kind {
    case .literal(let v): return value(v, e.type)
    case .field(let slot): return ruleset.schema.fields[slot].name
    case .derived(let index): return ruleset.derived[index].name
    case .referenceDate: return "reference_date"
    case .not(let inner): return "(not \(go(inner)))"
    case .and(let parts): return "(and \(parts.map(go).joined(separator: " ")))"
    case .or(let parts): return "(or \(parts.map(go).joined(separator: " ")))"
    case .compare(let op, let l, let r): return "(\(op.rawValue) \(go(l)) \(go(r)))"
    case .member(let element, let set, let negated): return "(\(negated ? "not-in" : "in") \(go(element)) \(go(set)))"
    case .arithmetic(let op, let l, let r): return "(\(op.rawValue) \(go(l)) \(go(r)))"
    case .negate(let inner): return "(- \(go(inner)))"
    case .lookup(let table, let key): return "\(ruleset.tables[table].name)[\(go(key))]"
    case .call(let builtin, let arguments): return "(\(builtin.rawValue) \(arguments.map(go).joined(separator: " ")))"
    case .undetermined(let reason): return "(undetermined \"\(reason)\")"
    }
  }
  return go(expression)
}

/// The leaf criteria of the `checks` service by label.
private func leaves() throws -> [String: CheckedExpr] {
  let ruleset = try checked()
  let service = try #require(ruleset.services.first { $0.id == "checks" })
  guard case .all(let children) = service.eligibility.kind else {
    Issue.record("not an all group")
    return [:]
  }
  var result: [String: CheckedExpr] = [:]
  for child in children {
    if case .test(let expression) = child.kind, let label = child.label { result[label] = expression }
  }
  return result
}

/// Name resolution, enum cases, sets, chains, lookups, builtins and examples.
@Suite struct CheckerTests {
  @Test func checkerFixtureHasNoDiagnostics() throws {
    #expect(DiagnosticRenderer.render(checkerResult.diagnostics, language: .english) == "")
    #expect(try leaves().count == 18)
  }

  @Test(arguments: [
    (label: "field", shape: "single_parent"),
    (label: "let", shape: "(not over_120)"),
    (label: "case by the field's type", shape: "(== status status.none)"),
    (label: "case on the left", shape: "(== ltc_grade.none ltc_grade)"),
    (label: "numbered case", shape: "(== ltc_grade ltc_grade.3)"),
    (label: "count literal", shape: "(== household_size 3)"),
    (label: "enum set", shape: "(in ltc_grade {ltc_grade: 3, 4, 5, outside})"),
    (label: "named set", shape: "(in status {status: livelihood, medical, housing, education})"),
    (label: "not in", shape: "(not-in status {status: livelihood, medical, housing, education})"),
    (label: "text list", shape: "(in sigungu [\"영도구\", \"남구\"])"),
    (label: "chain", shape: "(and (< 100/100 income_pct) (<= income_pct 120/100))"),
    (label: "lookup", shape: "(<= monthly_income median_income[household_size])"),
    (label: "age", shape: "(>= (years birth_date reference_date) 65)"),
    (label: "let age", shape: "(< age 65)"),
    (label: "date arithmetic", shape: "(>= (+ application_date 3 months) reference_date)"),
    (label: "rounded", shape: "(<= half_income 1000000won)"),
    (label: "stated", shape: "(and (== crisis_reason crisis_reason.other) (undetermined \"나머지 위기사유는 출처에 없음\"))"),
    (label: "flattened", shape: "(and single_parent (== household_size 1) (== status status.none))"),
  ])
  func criteriaResolve(label: String, shape expected: String) throws {
    let expression = try #require(try leaves()[label])
    #expect(shape(expression, in: try checked()) == expected)
    #expect(expression.type == .bool)
  }

  @Test(arguments: [
    (name: "over_120", shape: "(> income_pct 120/100)", type: ValueType.bool),
    (name: "income_pct", shape: "(/ monthly_income median_income[household_size])", type: .ratio),
    (name: "age", shape: "(years birth_date reference_date)", type: .count),
    (name: "half_income", shape: "(round_down (* monthly_income 50/100))", type: .money),
  ])
  func letsResolve(name: String, shape expected: String, type: ValueType) throws {
    let ruleset = try checked()
    let derived = try #require(ruleset.derived.first { $0.name == name })
    #expect(shape(derived.value, in: ruleset) == expected)
    #expect(derived.value.type == type)
  }

  @Test func letsAreOrderedByDependency() throws {
    // `over_120` is written first but uses `income_pct`, so it is evaluated after it.
    #expect(try checked().derived.map(\.name) == ["income_pct", "over_120", "age", "half_income"])
  }

  @Test func chainPartsPointAtTheirPairs() throws {
    let chain = try #require(try leaves()["chain"])
    guard case .and(let parts) = chain.kind else {
      Issue.record("chain is not desugared to `and`")
      return
    }
    #expect(parts.map { checkerFile.text(in: $0.range) } == ["100% < income_pct", "income_pct <= 120%"])
    #expect(checkerFile.text(in: chain.range) == "100% < income_pct <= 120%")
  }

  @Test func schemaFieldsAndTypes() throws {
    let ruleset = try checked()
    #expect(ruleset.schema.fields.map(\.name) == [
      "id", "birth_date", "application_date", "household_size", "monthly_income", "status", "ltc_grade",
      "crisis_reason", "single_parent", "sigungu",
    ])
    let status = try #require(ruleset.enumerations.firstIndex { $0.name == "status" })
    let grade = try #require(ruleset.enumerations.firstIndex { $0.name == "ltc_grade" })
    #expect(ruleset.schema.fields.map(\.type) == [
      .text, .date, .date, .count, .money, .enumeration(status), .enumeration(grade), .enumeration(2), .bool, .text,
    ])
    // Fields are found by name or by label (the CSV header alias).
    #expect(ruleset.schema.slot(named: "가구원수") == 3)
    #expect(ruleset.enumerations[grade].caseIndex("인지지원등급") == 6)
  }

  @Test func tableRowsAndPeriod() throws {
    let table = try #require(try checked().tables.first)
    #expect(table.keyType == .count)
    #expect(table.valueType == .money)
    #expect(table.versions.count == 1)
    #expect(table.versions.first?.rows.map(\.key) == [1, 2])
    #expect(table.versions.first?.rows.map(\.value) == [.money(2_228_445), .money(3_682_609)])
    #expect(table.versions.first?.beyondLinear == false)
    #expect(table.version(on: try #require(CivilDate(iso: "2024-12-31")))?.name == "2024")
    #expect(table.version(on: try #require(CivilDate(iso: "2025-01-01"))) == nil)
  }

  @Test func examplesAreChecked() throws {
    let ruleset = try checked()
    let service = try #require(ruleset.services.first { $0.id == "checks" })
    #expect(service.examples.map(\.name) == ["경계", "모름"])
    let boundary = try #require(service.examples.first)
    let slot = { (name: String) in ruleset.schema.slot(named: name) ?? -1 }
    var facts = Facts(count: ruleset.schema.fields.count)
    facts[slot("application_date")] = .date(try #require(CivilDate(iso: "2024-05-01")))
    facts[slot("household_size")] = .count(1)
    facts[slot("monthly_income")] = .money(2_674_134)
    facts[slot("status")] = .enumCase(1)
    facts[slot("ltc_grade")] = .enumCase(3)
    facts[slot("single_parent")] = .bool(true)
    facts[slot("sigungu")] = .text("남구")
    facts[slot("crisis_reason")] = .enumCase(1)
    #expect(boundary.facts == facts)
    #expect(boundary.result == .eligible)
    #expect(boundary.priority == 1)
    #expect(boundary.tier == 2)
    #expect(boundary.subsidy == .won(450_000))
    #expect(boundary.copay == .won(50_000))
    let unknown = try #require(service.examples.last)
    #expect(unknown.result == .undetermined)
    #expect(unknown.facts.values.compactMap { $0 } == [.enumCase(7)])
    #expect(unknown.priority == nil)
  }
}

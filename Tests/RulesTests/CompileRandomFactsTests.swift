import Testing
@testable import Rules

/// Drawing helpers for this file, over the shared seeded generator.
extension SplitMix64 {
  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Random applicants for any schema, biased towards the boundaries rules test: incomes at exact median
/// percentages, ages on birthdays (29 February too), dates two years back, the regions services name.
struct CompileRandomFacts {
  let ruleset: CheckedRuleset
  let literals: [String]
  var random: SplitMix64
  /// Percent of facts left missing.
  var missingPercent = 6

  init(_ ruleset: CheckedRuleset, literals: [String], seed: UInt64) {
    self.ruleset = ruleset
    self.literals = literals
    random = SplitMix64(state: seed)
  }

  private static let regions = [
    ("부산광역시", "사하구"), ("부산광역시", "북구"), ("서울특별시", "성동구"), ("경기도", "성남시"), ("경기도", "안산시"),
    ("인천광역시", "남동구"), ("부산광역시", "영도구"), ("대구광역시", "북구"),
  ]
  private static let amounts: [Int64] = [0, 6_000_000, 10_000_000, 69_000_000, 241_000_000, 300_000_000, 369_000_000]

  /// The next applicant and reference date.
  mutating func next() -> (facts: Facts, referenceDate: CivilDate?) {
    let fields = ruleset.schema.fields
    var facts = Facts(count: fields.count)
    let reference = random.chance(4) ? nil : randomDate(from: 2021, to: 2027)
    let region = random.chance(60) ? random.pick(CompileRandomFacts.regions) : nil
    let household = fields.firstIndex { $0.name == "household_size" }
    if let household {
      facts[household] = .count(random.chance(3) ? random.pick([0, 10, 12, -1]) : Int64.random(in: 1...9, using: &random))
    }
    for (slot, field) in fields.enumerated() where slot != household {
      facts[slot] = value(for: field, facts: facts, reference: reference, region: region)
    }
    for slot in fields.indices where random.chance(missingPercent) { facts[slot] = nil }
    return (facts, reference)
  }

  private mutating func value(
    for field: Schema.Field, facts: Facts, reference: CivilDate?, region: (String, String)?
  ) -> Value {
    switch (field.type, field.name) {
    case (.money, "monthly_income"): return .money(income(facts: facts, reference: reference))
    case (.money, _):
      if random.chance(60) { return .money(random.pick(CompileRandomFacts.amounts) + Int64.random(in: -1...1, using: &random)) }
      return .money(Int64.random(in: 0...400_000_000, using: &random))
    case (.count, _): return .count(Int64.random(in: 0...6, using: &random))
    case (.bool, _): return .bool(random.chance(40))
    case (.enumeration(let e), _):
      return .enumCase(Int.random(in: 0..<ruleset.enumerations[e].caseNames.count, using: &random))
    case (.date, "birth_date"): return .date(birthDate(reference: reference))
    case (.date, _): return .date(nearbyDate(reference: reference))
    case (.text, "sido"), (.text, "employer_sido"):
      return .text(region.map(\.0) ?? random.pick(["부산광역시", "경기도", "서울특별시", "인천광역시", "세종특별자치시"]))
    case (.text, "sigungu"), (.text, "employer_sigungu"):
      return .text(region.map(\.1) ?? random.pick(["사하구", "북구", "성동구", "성남시", "영도구", "남구", "기타군"]))
    case (.text, _):
      return .text(random.chance(70) && !literals.isEmpty ? random.pick(literals) : "텍스트\(random.next() % 5)")
    case (.ratio, _):
      return .ratio(Rational(Int64.random(in: -300...300, using: &random), Int64.random(in: 1...200, using: &random)) ?? Rational(integer: 0))
    case (.duration, _):
      let unit = random.pick(CalendarDuration.Unit.allCases)
      return .duration(CalendarDuration(Int64.random(in: -3...30, using: &random), unit))
    default:
      return .bool(false)
    }
  }

  /// Around the median of the household's size in force on the reference date: exact N% lines ± 1 won.
  private mutating func income(facts: Facts, reference: CivilDate?) -> Int64 {
    if random.chance(3) { return random.pick([0, -5, Int64.max / 3, 9_000_000_000_000_000_000]) }
    let median: Int64? = {
      guard let table = ruleset.tables.first(where: { $0.name == "median_income" }),
        let slot = ruleset.schema.slot(named: "household_size"), case .count(let size)? = facts[slot]
      else { return nil }
      // Sometimes another year's table, as a data entry mistake would.
      let date = random.chance(15) ? randomDate(from: 2022, to: 2026) : reference
      guard let date, let version = table.version(on: date),
        case .money(let m)? = ParameterTable.value(in: version, key: size)
      else { return nil }
      return m
    }()
    guard let median, random.chance(85) else { return Int64.random(in: 0...12_000_000, using: &random) }
    let percent = random.pick([50, 75, 85, 100, 100, 120, 120, 160, 160] as [Int64])
    return median * percent / 100 + random.pick([-1, 0, 0, 1, 2] as [Int64])
  }

  private mutating func birthDate(reference: CivilDate?) -> CivilDate {
    if random.chance(5) { return day(random.pick([(1960, 2, 29), (1964, 2, 29), (2008, 2, 29), (1956, 2, 29)])) }
    guard let reference, random.chance(70) else { return randomDate(from: 1925, to: 2020) ?? reference ?? CivilDate.epoch }
    let age = random.pick([11, 18, 19, 34, 35, 65, 75, 64, 74, Int.random(in: 0...100, using: &random)])
    let birthday = reference.adding(months: -12 * age) ?? reference
    return CivilDate(dayNumber: birthday.dayNumber + random.pick([-1, 0, 0, 1])) ?? birthday
  }

  private mutating func nearbyDate(reference: CivilDate?) -> CivilDate {
    guard let reference else { return randomDate(from: 2019, to: 2027) ?? CivilDate.epoch }
    if random.chance(50), let back = reference.adding(months: -24) {
      return CivilDate(dayNumber: back.dayNumber + random.pick([-1, 0, 1])) ?? back
    }
    return CivilDate(dayNumber: reference.dayNumber + Int.random(in: -1000...100, using: &random)) ?? reference
  }

  private mutating func randomDate(from: Int, to: Int) -> CivilDate? {
    if random.chance(5) {
      let year = Int.random(in: from...to, using: &random)
      return day(random.pick([(year, 2, 28), (year, 3, 1), (year, 1, 1), (year, 12, 31)]))
    }
    let first = CivilDate(year: from, month: 1, day: 1)?.dayNumber ?? 0
    let last = CivilDate(year: to, month: 12, day: 31)?.dayNumber ?? 0
    return CivilDate(dayNumber: Int.random(in: first...last, using: &random))
  }
}

/// A date from a year, month and day known to exist.
func day(_ parts: (Int, Int, Int)) -> CivilDate {
  CivilDate(year: parts.0, month: parts.1, day: parts.2) ?? CivilDate.epoch
}

extension CivilDate {
  /// 1970-01-01.
  static let epoch = CivilDate(dayNumber: 0)!
}

@Test func randomFactsAreSeeded() throws {
  let result = Checker.check([Parser.parse(SourceFile(path: "t.rules", text: "schema s \"s\" { field a: count \"a\" }"))])
  let ruleset = try #require(result.ruleset)
  var first = CompileRandomFacts(ruleset, literals: [], seed: 7)
  var second = CompileRandomFacts(ruleset, literals: [], seed: 7)
  for _ in 0..<20 { #expect(first.next().facts == second.next().facts) }
}

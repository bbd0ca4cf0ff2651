import Rules

/// Drawing helpers for this file, over the shared seeded generator.
extension SplitMix64 {
  /// True with the given probability in per mille.
  mutating func perMille(_ p: Int) -> Bool { Int(next() % 1000) < p }

  /// An index drawn with the given weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    var x = Int(next() % UInt64(weights.reduce(0, +)))
    for (i, w) in weights.enumerated() {
      if x < w { return i }
      x -= w
    }
    return weights.count - 1
  }
}

/// A synthetic population written straight into a batch's columns, as a CSV reader would: realistic ages and
/// household sizes, incomes spread around the 기준 중위소득 with some exactly on the lines services draw, and a few
/// per cent of each status and trait.
enum Population {
  /// Appends `count` applicants to a batch.
  static func fill(_ batch: inout RecordBatch, ruleset: CheckedRuleset, count: Int, seed: UInt64) {
    var random = SplitMix64(state: seed)
    let first = batch.appendMissing(count)
    let median = ruleset.tables.first { $0.name == "median_income" }
    let regions: [(String, String, Int)] = [
      ("부산광역시", "사하구", 250), ("부산광역시", "북구", 250), ("부산광역시", "영도구", 60), ("부산광역시", "해운대구", 60),
      ("서울특별시", "성동구", 80), ("경기도", "성남시", 80), ("경기도", "안산시", 60), ("인천광역시", "남동구", 60),
      ("대구광역시", "북구", 50), ("광주광역시", "서구", 50),
    ]
    let regionIDs = regions.map { (batch.intern($0.0), batch.intern($0.1)) }
    let sizes = [300, 280, 180, 140, 60, 20, 10, 6, 4]
    let lines: [Int64] = [50, 75, 85, 100, 120, 160]
    let start = Int64(CivilDate(year: 2023, month: 1, day: 1)?.dayNumber ?? 0)
    let end = Int64(CivilDate(year: 2026, month: 12, day: 31)?.dayNumber ?? 0)
    var bools: [(slot: Int, perMille: Int)] = []
    for (slot, field) in ruleset.schema.fields.enumerated() where field.type == .bool {
      let rates = ["meal_prep_difficulty": 300, "lives_alone": 200, "disabled": 60, "case_managed": 30,
        "public_referral": 40, "private_referral": 30, "discharged": 30, "single_parent": 40]
      bools.append((slot, rates[field.name] ?? 50))
    }
    func slot(_ name: String) -> Int? { ruleset.schema.slot(named: name) }
    for row in first..<(first + count) {
      let day = start + Int64(random.next() % UInt64(end - start + 1))
      if !random.perMille(5) { batch.referenceDays[row] = Int32(day) }
      let size = Int64(random.weighted(sizes) + 1)
      set(&batch, slot("household_size"), row, int: size, missing: random.perMille(5))
      let age = Int64(random.weighted([5, 10, 20, 25, 40]) * 18) + Int64(random.next() % 20)
      let birth = day - age * 365 - Int64(random.next() % 365)
      set(&batch, slot("birth_date"), row, int: birth, missing: random.perMille(10))
      set(&batch, slot("application_date"), row, int: day, missing: false)
      var income = Int64(random.next() % 9_000_000)
      if let median, let date = CivilDate(dayNumber: Int(day)), let version = median.version(on: date),
        case .money(let m)? = ParameterTable.value(in: version, key: size)
      {
        income = random.perMille(30)
          ? m * lines[Int(random.next() % 6)] / 100 + Int64(random.next() % 2)
          : m * Int64(random.next() % 2500) / 1000
      }
      set(&batch, slot("monthly_income"), row, int: income, missing: random.perMille(10))
      let region = regionIDs[random.weighted(regions.map(\.2))]
      set(&batch, slot("sido"), row, int: Int64(region.0), missing: random.perMille(3))
      set(&batch, slot("sigungu"), row, int: Int64(region.1), missing: random.perMille(3))
      // 수급 자격: 80% none, then a few per cent of each.
      set(&batch, slot("status"), row, int: Int64(random.weighted([800, 40, 30, 30, 20, 20, 20, 20, 20])),
        missing: random.perMille(5))
      set(&batch, slot("ltc_grade"), row, int: Int64(random.weighted([850, 5, 10, 30, 40, 30, 15, 20])),
        missing: random.perMille(5))
      for (slot, rate) in bools {
        set(&batch, slot, row, int: random.perMille(rate) ? 1 : 0, missing: random.perMille(5))
      }
    }
  }

  /// Writes one cell of any integer-backed column (count, money, date, bool, enum, text id).
  private static func set(_ batch: inout RecordBatch, _ slot: Int?, _ row: Int, int value: Int64, missing: Bool) {
    guard let slot, !missing else { return }
    switch batch.layout.fields[slot] {
    case .int64(let c): batch.int64Columns[c][row] = value
    case .day(let c): batch.dayColumns[c][row] = Int32(truncatingIfNeeded: value)
    case .byte(let c): batch.byteColumns[c][row] = UInt8(truncatingIfNeeded: value)
    case .text(let c): batch.textColumns[c][row] = Int32(truncatingIfNeeded: value)
    case .ratio, .value: break
    }
  }
}

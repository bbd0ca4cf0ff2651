import Testing
@testable import Rules

/// The day-number calendar of the hot loop agrees with ``CivilDate``.
struct CompileCalendarTests {
  @Test func civilDatesAgreeEveryDayOfFourCenturies() {
    let first = CivilDate(year: 1900, month: 1, day: 1)?.dayNumber ?? 0
    let last = CivilDate(year: 2300, month: 12, day: 31)?.dayNumber ?? 0
    var mismatches = 0
    for day in first...last {
      let (y, m, d) = CivilDays.civil(Int64(day))
      guard let date = CivilDate(dayNumber: day), date.year == Int(y), date.month == Int(m), date.day == Int(d) else {
        mismatches += 1
        continue
      }
    }
    #expect(mismatches == 0)
    for year in [1, 2, 400, 1582, 9998, 9999] {
      for (month, day) in [(1, 1), (2, 28), (3, 1), (12, 31)] {
        guard let date = CivilDate(year: year, month: month, day: day) else { continue }
        let (y, m, d) = CivilDays.civil(Int64(date.dayNumber))
        #expect((Int(y), Int(m), Int(d)) == (year, month, day))
      }
    }
  }

  @Test(arguments: [
    (born: (1960, 2, 29), on: (2025, 2, 28), years: 64),
    (born: (1960, 2, 29), on: (2025, 3, 1), years: 65),
    (born: (1960, 2, 29), on: (2024, 2, 28), years: 63),
    (born: (1960, 2, 29), on: (2024, 2, 29), years: 64),
    (born: (1959, 3, 2), on: (2024, 3, 1), years: 64),
    (born: (1959, 3, 2), on: (2024, 3, 2), years: 65),
    (born: (2024, 5, 2), on: (2024, 5, 1), years: 0),
    (born: (2030, 5, 2), on: (2024, 5, 1), years: -6),
    (born: (2030, 5, 1), on: (2024, 5, 2), years: -5),
  ])
  func wholeYears(born: (Int, Int, Int), on: (Int, Int, Int), years: Int64) {
    let a = day(born)
    let b = day(on)
    #expect(CivilDays.years(from: Int64(a.dayNumber), to: Int64(b.dayNumber)) == years)
    #expect(Int64(a.wholeYears(to: b)) == years)
  }

  @Test func spansAgreeWithCivilDateOnRandomPairs() {
    var random = SplitMix64(state: 11)
    let low = CivilDate(year: 1930, month: 1, day: 1)?.dayNumber ?? 0
    let high = CivilDate(year: 2030, month: 12, day: 31)?.dayNumber ?? 0
    for _ in 0..<20_000 {
      let x = Int.random(in: low...high, using: &random)
      let y = random.chance(30) ? x + Int.random(in: -40...40, using: &random) : Int.random(in: low...high, using: &random)
      guard let a = CivilDate(dayNumber: x), let b = CivilDate(dayNumber: y) else { continue }
      #expect(CivilDays.years(from: Int64(x), to: Int64(y)) == Int64(a.wholeYears(to: b)))
      #expect(CivilDays.months(from: Int64(x), to: Int64(y)) == Int64(a.wholeMonths(to: b)))
      let months = Int64.random(in: -30...30, using: &random)
      #expect(CivilDays.adding(months: months, to: Int64(x)) == a.adding(months: Int(months)).map { Int64($0.dayNumber) })
    }
  }
}

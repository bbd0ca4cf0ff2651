/// The facts the two services derive rather than read (HandWrittenRules.swift): `income_pct` against the 기준 중위소득
/// table, and 만 나이, over packed civil dates.

/// 기준 중위소득 (rulesets/median-income.rules), 2022–2026, household sizes 1–7, and the 8인 이상 rule.
enum HandMedian {
  static let table: [[Int64]] = [
    [1_944_812, 3_260_085, 4_194_701, 5_121_080, 6_024_515, 6_907_004, 7_780_592],  // 2022
    [2_077_892, 3_456_155, 4_434_816, 5_400_964, 6_330_688, 7_227_981, 8_107_515],  // 2023
    [2_228_445, 3_682_609, 4_714_657, 5_729_913, 6_695_735, 7_618_369, 8_514_994],  // 2024
    [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805, 8_988_428],  // 2025
    [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952, 9_515_150],  // 2026
  ]

  /// The median for a year and a household size; `nil` when the table has no version for the year (reason
  /// `no-table`) or no row for the size (`no-row`): the caller tells which by the year.
  @inline(__always) static func median(year: Int, size: Int64) -> Int64? {
    guard year >= 2022, year <= 2026, size >= 1 else { return nil }
    let row = table[year - 2022]
    if size <= 7 { return row[Int(size) - 1] }
    let step = row[6] - row[5]
    let (extra, o1) = step.multipliedReportingOverflow(by: size - 7)
    let (total, o2) = row[6].addingReportingOverflow(extra)
    return o1 || o2 ? nil : total
  }
}

/// The facts both services derive from an applicant once: `income_pct` and `age`.
struct HandDerived {
  /// income_pct as a band: 0 ≤ 100%, 1 ≤ 120%, 2 ≤ 160%, 3 > 160%; 255 unknown (reasons in `incomeReasons`).
  var band: UInt8
  var incomeReasons: UInt64
  /// The median income used (for ranking by the exact ratio); 0 when unknown.
  var median: Int64
  /// 만 나이; -1 when unknown (reasons in `ageReasons`).
  var age: Int32
  var ageReasons: UInt64
  /// Whether the reference date (the application date) is known.
  var hasReferenceDate: Bool

  /// Derives the facts from an applicant (the reference the lookup tables' fast path agrees with).
  @inline(__always) init(_ a: HandApplicant) {
    hasReferenceDate = a.application != 0
    let refYear = Int(a.application >> 9)
    // income_pct = monthly_income / median_income[household_size]
    var reasons: UInt64 = a.income < 0 ? UInt64(HandReason.monthlyIncome) : 0
    var median: Int64 = 0
    if a.householdSize < 0 {
      reasons = HandReason.adding(reasons, HandReason.householdSize)
    } else if !hasReferenceDate {
      reasons = HandReason.adding(reasons, HandReason.noReferenceDate)
    } else if let m = HandMedian.median(year: refYear, size: Int64(a.householdSize)) {
      median = m
    } else {
      reasons = HandReason.adding(reasons, refYear >= 2022 && refYear <= 2026 ? HandReason.noRow : HandReason.noTable)
    }
    self.median = reasons == 0 ? median : 0
    incomeReasons = reasons
    band = reasons == 0 ? HandDerived.band(scaled: a.income &* 100, limits: HandDerived.limits(median: median)) : 255
    // age = years(birth_date, reference_date)
    var ageReasons: UInt64 = a.birth == 0 ? UInt64(HandReason.birthDate) : 0
    if !hasReferenceDate { ageReasons = HandReason.adding(ageReasons, HandReason.noReferenceDate) }
    self.ageReasons = ageReasons
    age = ageReasons == 0 ? HandDerived.age(birth: a.birth, reference: a.application) : -1
  }

  /// Every fact known: the band and the age given, for building lookup tables from representative applicants.
  init(band: UInt8, age: Int32) {
    self.band = band
    incomeReasons = 0
    median = 0
    self.age = age
    ageReasons = 0
    hasReferenceDate = true
  }

  /// `median × 100`, `× 120`, `× 160` (wrapping, as `band(scaled:limits:)` compares them): the band limits.
  @inline(__always) static func limits(median: Int64) -> (Int64, Int64, Int64) {
    (median &* 100, median &* 120, median &* 160)
  }

  /// The income band of `income × 100` against the band limits: ≤ 100% → 0, ≤ 120% → 1, ≤ 160% → 2, else 3.
  @inline(__always) static func band(scaled: Int64, limits: (Int64, Int64, Int64)) -> UInt8 {
    scaled <= limits.0 ? 0 : scaled <= limits.1 ? 1 : scaled <= limits.2 ? 2 : 3
  }

  /// 만 나이 on the reference date, both dates known; 29 February births have their birthday on 1 March in common
  /// years.
  @inline(__always) static func age(birth: Int32, reference: Int32) -> Int32 {
    let by = birth >> 9, bmd = birth & 511
    let ry = reference >> 9, rmd = reference & 511
    var birthday = bmd
    if bmd == (2 << 5 | 29) && !HandDate.isLeap(Int(ry)) { birthday = 3 << 5 | 1 }
    return ry - by - (rmd < birthday ? 1 : 0)
  }
}

/// Civil-date helpers over the packed `year << 9 | month << 5 | day` form.
enum HandDate {
  /// Whether `y` is a Gregorian leap year.
  @inline(__always) static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
  /// The number of days in a month: 31 in months 1, 3, 5, 7, 8, 10 and 12.
  @inline(__always) static func days(month: Int, year: Int) -> Int {
    month == 2 ? (isLeap(year) ? 29 : 28) : 30 + (month ^ month >> 3) & 1
  }
  /// 2023-01-01, the start of both services' effective period (open end).
  static let effectiveFrom: Int32 = 2023 << 9 | 1 << 5 | 1
}

/// Calendar arithmetic on day numbers (days since 1970-01-01) for the hot loop, agreeing with ``CivilDate``.
enum CivilDays {
  /// The day number of 0001-01-01.
  static let first: Int64 = -719_162
  /// The day number of 9999-12-31.
  static let last: Int64 = 2_932_896

  /// Whether a day number is a date ``CivilDate`` can hold (years 1–9999).
  @inline(__always)
  static func isValid(_ day: Int64) -> Bool { day >= first && day <= last }

  /// Year, month and day of a day number of years 1–9999.
  ///
  /// Neri and Schneider's Euclidean affine algorithm ("Euclidean affine functions and their application to
  /// calendar algorithms", 2022): unsigned 32-bit arithmetic, divisions by constants only. Shifting the epoch by
  /// 82 × 400 years keeps every intermediate positive for the whole range.
  @inline(__always)
  static func civil(_ dayNumber: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let n = UInt32(truncatingIfNeeded: dayNumber &+ 12_699_422)  // 719_468 + 146_097 × 82
    let n1 = 4 &* n &+ 3
    let century = n1 / 146_097
    let nc = n1 % 146_097 / 4
    let p2 = UInt64(2_939_745) &* UInt64(4 &* nc &+ 3)
    let z = UInt32(truncatingIfNeeded: p2 >> 32)
    let ny = UInt32(truncatingIfNeeded: p2) / 2_939_745 / 4
    let n3 = 2141 &* ny &+ 197_913
    let j: UInt32 = ny >= 306 ? 1 : 0
    let year = Int64(100 &* century &+ z &+ j) &- 32_800  // 400 × 82
    let month = Int64(j == 1 ? (n3 >> 16) &- 12 : n3 >> 16)
    return (year, month, Int64(n3 & 0xFFFF) / 2141 &+ 1)
  }

  /// The day number of a valid date (Hinnant's `days_from_civil`).
  @inline(__always)
  static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The number of days in a month.
  @inline(__always)
  static func daysIn(month: Int64, year: Int64) -> Int64 {
    if month == 2 { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28 }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31
  }

  /// A date as the number `yyyymmdd`.
  @inline(__always)
  static func ordinal(_ dayNumber: Int64) -> Int64 {
    let (y, m, d) = civil(dayNumber)
    return y &* 10_000 &+ m &* 100 &+ d
  }

  /// Whole years from `a` to `b`, as ``CivilDate/wholeYears(to:)``.
  ///
  /// `yyyymmdd` differences count anniversaries exactly: a 29 February birthday is reached on 1 March in a common
  /// year because `0301 > 0229 > 0228`.
  @inline(__always)
  static func years(from a: Int64, to b: Int64) -> Int64 {
    let oa = ordinal(a)
    let ob = ordinal(b)
    // Truncating division of the difference: rounds toward zero both ways, as the reference's negation does.
    return (ob &- oa) / 10_000
  }

  /// Whole months from `a` to `b`, as ``CivilDate/wholeMonths(to:)``.
  static func months(from a: Int64, to b: Int64) -> Int64 {
    if b < a { return -months(from: b, to: a) }
    let (ya, ma, da) = civil(a)
    let (yb, mb, db) = civil(b)
    let months = (yb - ya) * 12 + (mb - ma)
    return min(da, daysIn(month: mb, year: yb)) > db ? months - 1 : months
  }

  /// A date moved by whole months, clamped to the month's last day, as ``CivilDate/adding(months:)``.
  ///
  /// - Returns: `nil` outside years 1–9999.
  static func adding(months: Int64, to dayNumber: Int64) -> Int64? {
    let (y, m, d) = civil(dayNumber)
    let (shifted, overflow) = (y * 12 + m - 1).addingReportingOverflow(months)
    guard !overflow else { return nil }
    let year = shifted >= 0 ? shifted / 12 : (shifted - 11) / 12
    let month = shifted - year * 12 + 1
    guard year >= 1, year <= 9999 else { return nil }
    return self.dayNumber(year: year, month: month, day: min(d, daysIn(month: month, year: year)))
  }

  /// A date moved by days.
  ///
  /// - Returns: `nil` outside years 1–9999.
  static func adding(days: Int64, to dayNumber: Int64) -> Int64? {
    let (moved, overflow) = dayNumber.addingReportingOverflow(days)
    return !overflow && isValid(moved) ? moved : nil
  }
}

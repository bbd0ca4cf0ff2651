/// Calendar arithmetic on day numbers (days since 1970-01-01) for the hot loop, agreeing with ``CivilDate``.
enum CivilDays {
  /// The day number of 0001-01-01.
  static let first: Int64 = -719_162
  /// The day number of 9999-12-31.
  static let last: Int64 = 2_932_896

  /// Whether a day number is a date ``CivilDate`` can hold (years 1–9999).
  @inline(__always)
  static func isValid(_ day: Int64) -> Bool { day >= first && day <= last }

  /// Year, month and day of a day number (Howard Hinnant's `civil_from_days`, divisions by constants only).
  @inline(__always)
  static func civil(_ dayNumber: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
    return y * 10_000 + m * 100 + d
  }

  /// Whole years from `a` to `b`, as ``CivilDate/wholeYears(to:)``.
  ///
  /// `yyyymmdd` differences count anniversaries exactly: a 29 February birthday is reached on 1 March in a common
  /// year because `0301 > 0229 > 0228`.
  @inline(__always)
  static func years(from a: Int64, to b: Int64) -> Int64 {
    let oa = ordinal(a)
    let ob = ordinal(b)
    return b >= a ? (ob - oa) / 10_000 : -((oa - ob) / 10_000)
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

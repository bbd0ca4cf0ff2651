/// A calendar date with no time or zone (proleptic Gregorian), as guidelines write them: `2024-03-02`.
///
/// Never `Foundation.Date`: a civil date has no instant. Ordered and hashed by its day number.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, e.g. 2024.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a date if it exists.
  ///
  /// - Returns: `nil` for dates such as 2023-02-29 or 1950-02-30.
  public init?(year: Int, month: Int, day: Int) {
    guard CivilDate.isValid(year: year, month: month, day: day) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`.
  ///
  /// - Parameter text: the ISO date.
  /// - Returns: the date, or `nil` when malformed or nonexistent.
  public init?(iso text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Whether `year` has 29 February.
  @inlinable
  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  /// The number of days in a month.
  @inlinable
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before), for arithmetic and ordering.
  ///
  /// - Complexity: O(1) (Howard Hinnant's `days_from_civil`).
  public var dayNumber: Int { CivilDate.daysFromCivil(year, month, day) }

  /// The day number of the date with these parts, or `nil` when there is no such date (years 1–9999): the checks
  /// of ``init(year:month:day:)`` and ``dayNumber`` in one step that inlines into readers decoding many dates.
  @inlinable
  public static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
    guard isValid(year: year, month: month, day: day) else { return nil }
    return daysFromCivil(year, month, day)
  }

  /// Whether the date exists, in years 1–9999.
  @inlinable
  static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  @inlinable
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day number.
  ///
  /// - Parameter dayNumber: days since 1970-01-01.
  /// - Returns: the date, or `nil` outside years 1–9999.
  public init?(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.init(year: y, month: m, day: d)
  }

  /// This date moved by whole months, clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29).
  ///
  /// - Parameter months: months to add (negative to subtract).
  /// - Returns: the date, or `nil` outside years 1–9999.
  public func adding(months: Int) -> CivilDate? {
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    guard (1...9999).contains(newYear) else { return nil }
    return CivilDate(year: newYear, month: newMonth, day: min(day, CivilDate.daysIn(month: newMonth, year: newYear)))
  }

  /// This date moved by a calendar duration.
  ///
  /// - Parameter duration: the duration; negative amounts move back.
  /// - Returns: the date, or `nil` outside years 1–9999.
  public func adding(_ duration: CalendarDuration) -> CivilDate? {
    switch duration.unit {
    case .days: return CivilDate(dayNumber: dayNumber + Int(duration.amount))
    case .months: return adding(months: Int(duration.amount))
    case .years: return adding(months: Int(duration.amount) * 12)
    }
  }

  /// Whole years from `self` to `other`: the number of anniversaries reached on or before `other`.
  ///
  /// An anniversary of 29 February falls on 1 March in a common year (as the Korean 민법 제160조③ counts it): born
  /// 1960-02-29, one is 64 on 2025-02-28 and 65 on 2025-03-01.
  ///
  /// - Parameter other: the later date.
  /// - Returns: whole years (negative when `other` is earlier).
  public func wholeYears(to other: CivilDate) -> Int {
    if other < self { return -other.wholeYears(to: self) }
    var years = other.year - year
    if !anniversaryReached(inYearOf: other) { years -= 1 }
    return years
  }

  /// Whole months from `self` to `other`, counting a month as reached on the same day number (or the month's
  /// last day when shorter).
  public func wholeMonths(to other: CivilDate) -> Int {
    if other < self { return -other.wholeMonths(to: self) }
    var months = (other.year - year) * 12 + (other.month - month)
    if let anniversary = adding(months: months), anniversary > other { months -= 1 }
    return months
  }

  private func anniversaryReached(inYearOf other: CivilDate) -> Bool {
    if month == 2, day == 29, !CivilDate.isLeap(other.year) {
      return (other.month, other.day) >= (3, 1)
    }
    return (other.month, other.day) >= (month, day)
  }

  /// Orders dates chronologically.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
  }
}

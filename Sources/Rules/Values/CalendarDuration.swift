/// A length of calendar time as guidelines write it: `3 months`, `2 years`, `14 days`.
public struct CalendarDuration: Sendable, Hashable, CustomStringConvertible {
  /// The calendar unit.
  public enum Unit: String, Sendable, Hashable, CaseIterable {
    /// Days.
    case days
    /// Calendar months.
    case months
    /// Calendar years.
    case years
  }

  /// How many units (may be negative after negation).
  public var amount: Int64
  /// The unit.
  public var unit: Unit

  /// Creates a duration.
  public init(_ amount: Int64, _ unit: Unit) {
    self.amount = amount
    self.unit = unit
  }

  /// The duration in months when the unit is months or years; `nil` for days.
  public var months: Int64? {
    switch unit {
    case .days: return nil
    case .months: return amount
    case .years: return amount * 12
    }
  }

  /// `3 months`.
  public var description: String {
    let singular = amount == 1 || amount == -1
    switch unit {
    case .days: return "\(amount) \(singular ? "day" : "days")"
    case .months: return "\(amount) \(singular ? "month" : "months")"
    case .years: return "\(amount) \(singular ? "year" : "years")"
    }
  }
}

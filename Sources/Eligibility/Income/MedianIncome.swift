import Rules

/// The 기준 중위소득 (standard median income) of a ruleset, and exact percentage tests against it.
///
/// The table is the ruleset's (by default the one named `median_income`, keyed by household size); nothing is
/// hard-coded here. "소득 N% 이하" is `income × 100 ≤ median × N`, in whole won, never floating point.
public struct MedianIncome: Sendable, Hashable {
  /// The monthly median for the household size, in won.
  public var won: Int64
  /// The household size looked up.
  public var householdSize: Int64
  /// The table version used, e.g. `2024`.
  public var version: String

  /// Creates a median.
  ///
  /// - Parameters:
  ///   - won: the monthly amount.
  ///   - householdSize: the household size.
  ///   - version: the table version.
  public init(won: Int64, householdSize: Int64, version: String) {
    self.won = won
    self.householdSize = householdSize
    self.version = version
  }

  /// Looks up the median in a ruleset's table (its `beyond linear` rule included, for 8인 이상).
  ///
  /// - Parameters:
  ///   - ruleset: the ruleset.
  ///   - householdSize: the household size (1 or more).
  ///   - date: the reference date; picks the version in force.
  ///   - table: the table's name; `median_income` by default.
  /// - Returns: the median, or `nil` when the table, a version for the date or a row is missing, or the value is
  ///   not money.
  public static func lookup(
    in ruleset: CheckedRuleset, householdSize: Int64, on date: CivilDate, table: String = "median_income"
  ) -> MedianIncome? {
    guard householdSize >= 1, let parameters = ruleset.tables.first(where: { $0.name == table }),
      let version = parameters.version(on: date),
      case .money(let won)? = ParameterTable.value(in: version, key: householdSize)
    else { return nil }
    return MedianIncome(won: won, householdSize: householdSize, version: version.name)
  }

  /// Whether an income is above N % of this median, exactly: `income × 100 > median × N`.
  ///
  /// - Parameters:
  ///   - income: monthly income in won.
  ///   - percent: N.
  /// - Returns: `true` when strictly above the line.
  public func isExceeded(by income: Int64, percent: Int64) -> Bool {
    Int128(income) * 100 > Int128(won) * Int128(percent)
  }

  /// The N % line as an exact amount (it may have a fraction of a won): 50 % of 2,228,445원 is 2228445/2.
  ///
  /// - Parameter percent: N.
  /// - Returns: `median × N / 100`, or `nil` on overflow.
  public func line(percent: Int64) -> Rational? {
    let (product, overflow) = won.multipliedReportingOverflow(by: percent)
    return overflow ? nil : Rational(product, 100)
  }
}

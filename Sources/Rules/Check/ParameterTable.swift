/// An effective-dated parameter table, e.g. 기준 중위소득 by household size with a version per year.
public struct ParameterTable: Sendable, Hashable {
  /// The table's name.
  public var name: String
  /// Its label.
  public var label: String
  /// The key's type (`count` or an enumeration).
  public var keyType: ValueType
  /// The value type.
  public var valueType: ValueType
  /// Versions sorted by start date.
  public var versions: [Version]
  /// Provenance.
  public var annotations: CheckedAnnotations

  /// One version, in force over a period.
  public struct Version: Sendable, Hashable {
    /// Its name, e.g. `2024`.
    public var name: String
    /// First day in force.
    public var from: CivilDate
    /// Last day in force; `nil` for open-ended.
    public var to: CivilDate?
    /// Rows: key (count or enum case index) to value, sorted by key.
    public var rows: [(key: Int64, value: Value)]
    /// Whether keys past the last row continue the last step.
    public var beyondLinear: Bool
    /// Provenance.
    public var annotations: CheckedAnnotations

    /// Whether the version is in force on a date.
    public func contains(_ date: CivilDate) -> Bool {
      date >= from && (to.map { date <= $0 } ?? true)
    }

    /// Versions are equal when their names, periods and rows are.
    public static func == (lhs: Version, rhs: Version) -> Bool {
      lhs.name == rhs.name && lhs.from == rhs.from && lhs.to == rhs.to && lhs.beyondLinear == rhs.beyondLinear
        && lhs.rows.map(\.key) == rhs.rows.map(\.key) && lhs.rows.map(\.value) == rhs.rows.map(\.value)
    }

    /// Hashes the name and period.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(name)
      hasher.combine(from)
      hasher.combine(to)
    }
  }

  /// The version in force on a date.
  public func version(on date: CivilDate) -> Version? { versions.first { $0.contains(date) } }

  /// The value for a key in a version: the row, or the linear continuation beyond the last row.
  ///
  /// - Returns: `nil` when there is no row for the key and no rule beyond, or on overflow.
  public static func value(in version: Version, key: Int64) -> Value? {
    if let row = version.rows.first(where: { $0.key == key }) { return row.value }
    guard version.beyondLinear, version.rows.count >= 2, let last = version.rows.last, key > last.key else {
      return nil
    }
    let previous = version.rows[version.rows.count - 2]
    guard case .money(let lastValue) = last.value, case .money(let previousValue) = previous.value else { return nil }
    let step = lastValue - previousValue
    let (extra, overflow) = step.multipliedReportingOverflow(by: key - last.key)
    let (total, overflow2) = lastValue.addingReportingOverflow(extra)
    return overflow || overflow2 ? nil : .money(total)
  }
}

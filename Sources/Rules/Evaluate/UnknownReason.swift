/// Why a value is unknown: the fact to ask for, or the rule's own gap.
public enum UnknownReason: Sendable, Hashable {
  /// An input fact is missing (by schema slot).
  case fact(Int)
  /// No reference date was given (neither an as-of date nor the date the host names).
  case referenceDate
  /// A table has no version in force on the reference date.
  case noTableVersion(table: Int, date: CivilDate)
  /// A table version has no row for the key (and no rule beyond its rows).
  case noTableRow(table: Int, key: Int64)
  /// Arithmetic would overflow 64 bits or divide by zero.
  case arithmetic
  /// The source gives no rule here (`undetermined "사유"`).
  case stated(String)
}

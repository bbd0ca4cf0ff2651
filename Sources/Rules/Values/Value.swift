/// A value of a fact, a derived fact or a literal. A missing fact is `nil`, never a default.
public enum Value: Sendable, Hashable, CustomStringConvertible {
  /// A boolean.
  case bool(Bool)
  /// A whole number.
  case count(Int64)
  /// Whole won.
  case money(Int64)
  /// An exact ratio (percentages, decimals, income ratios, unrounded money).
  case ratio(Rational)
  /// A civil date.
  case date(CivilDate)
  /// A calendar duration.
  case duration(CalendarDuration)
  /// Text.
  case text(String)
  /// A case of an enumeration, by index.
  case enumCase(Int)
  /// A set of enumeration cases as a bit mask (bit `i` = case `i`).
  case enumSet(UInt64)
  /// A list of text values.
  case textList([String])

  /// The value as an exact rational, for numeric comparison across count, money and ratio.
  public var rational: Rational? {
    switch self {
    case .count(let v), .money(let v): return Rational(integer: v)
    case .ratio(let r): return r
    default: return nil
    }
  }

  /// A plain rendering for diagnostics and traces (the domain formats money and percentages for people).
  public var description: String {
    switch self {
    case .bool(let b): return b ? "true" : "false"
    case .count(let v): return "\(v)"
    case .money(let v): return "\(v)원"
    case .ratio(let r): return r.percentText
    case .date(let d): return d.description
    case .duration(let d): return d.description
    case .text(let t): return "\"\(t)\""
    case .enumCase(let i): return "#\(i)"
    case .enumSet(let mask): return "{mask \(mask)}"
    case .textList(let list): return "[" + list.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
  }
}

/// The type of a value in a checked ruleset.
public enum ValueType: Sendable, Hashable, CustomStringConvertible {
  /// True or false.
  case bool
  /// A whole number (persons, times).
  case count
  /// Whole won.
  case money
  /// Money times a ratio before rounding: must be rounded with `round_down`, `round_up` or `round`.
  case exactMoney
  /// A percentage or decimal, exact.
  case ratio
  /// A civil date.
  case date
  /// A calendar duration.
  case duration
  /// Free text (ids, region names).
  case text
  /// A case of the enumeration with this index.
  case enumeration(Int)
  /// A set of cases of the enumeration with this index.
  case enumSet(Int)
  /// A list of text values.
  case textList

  /// The type's name as written in rules and diagnostics.
  public var description: String {
    switch self {
    case .bool: return "bool"
    case .count: return "count"
    case .money: return "money"
    case .exactMoney: return "unrounded money"
    case .ratio: return "ratio"
    case .date: return "date"
    case .duration: return "duration"
    case .text: return "text"
    case .enumeration: return "enum"
    case .enumSet: return "enum set"
    case .textList: return "text list"
    }
  }

  /// Whether values of this type are numbers ordered on a line.
  public var isNumeric: Bool {
    switch self {
    case .count, .money, .exactMoney, .ratio: return true
    default: return false
    }
  }
}

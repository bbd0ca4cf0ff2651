/// Three-valued truth: a test on a missing fact is `unknown`, never a silent default.
public enum Truth: UInt8, Sendable, Hashable {
  /// Definitely false.
  case no
  /// Definitely true.
  case yes
  /// Depends on a missing fact.
  case unknown

  /// Kleene negation.
  public static prefix func ! (value: Truth) -> Truth {
    switch value {
    case .no: return .yes
    case .yes: return .no
    case .unknown: return .unknown
    }
  }

  /// Kleene conjunction: `no` wins over `unknown`.
  public static func && (lhs: Truth, rhs: Truth) -> Truth {
    if lhs == .no || rhs == .no { return .no }
    if lhs == .unknown || rhs == .unknown { return .unknown }
    return .yes
  }

  /// Kleene disjunction: `yes` wins over `unknown`.
  public static func || (lhs: Truth, rhs: Truth) -> Truth {
    if lhs == .yes || rhs == .yes { return .yes }
    if lhs == .unknown || rhs == .unknown { return .unknown }
    return .no
  }

  /// From a Boolean.
  public init(_ value: Bool) { self = value ? .yes : .no }
}

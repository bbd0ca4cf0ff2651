extension ComparisonOperator {
  /// The operator with its operands swapped: `5 < x` is `x > 5`.
  public var flipped: ComparisonOperator {
    switch self {
    case .less: return .greater
    case .lessOrEqual: return .greaterOrEqual
    case .greater: return .less
    case .greaterOrEqual: return .lessOrEqual
    case .equal, .notEqual: return self
    }
  }
}

/// One comparison made while evaluating a criterion: what was compared, with which values, and the result.
public struct ComparisonTrace: Sendable, Hashable {
  /// The operator.
  public var op: ComparisonOperator
  /// The left operand.
  public var left: CheckedExpr
  /// The right operand.
  public var right: CheckedExpr
  /// The left value, if known.
  public var leftValue: Value?
  /// The right value, if known.
  public var rightValue: Value?
  /// The result.
  public var truth: Truth
}

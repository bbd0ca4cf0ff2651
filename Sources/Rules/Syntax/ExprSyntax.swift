/// An expression as written, before names are resolved and types checked.
public struct ExprSyntax: Sendable, Hashable {
  /// The expression's form.
  public var kind: Kind
  /// Where it appears.
  public var range: SourceRange

  /// Creates an expression node.
  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The forms an expression takes.
  public indirect enum Kind: Sendable, Hashable {
    /// A field, let, set, enum case or builtin value name.
    case name(String)
    /// An integer literal (`3`, `1_000`); also an enum case name when the enum's cases are numbers.
    case integer(Int64)
    /// A decimal literal (`1.5`), exact.
    case decimal(Rational)
    /// A percentage literal (`120%`), exact.
    case percent(Rational)
    /// A money literal in whole won (`25_000원`).
    case money(Int64)
    /// A date literal.
    case date(CivilDate)
    /// A duration literal (`3 months`).
    case duration(CalendarDuration)
    /// A string literal.
    case string(String)
    /// `true` or `false`.
    case boolean(Bool)
    /// `{a, b}`: enum cases.
    case enumSet([ExprSyntax])
    /// `["a", "b"]`: text values.
    case textList([ExprSyntax])
    /// `-x` or `not x`.
    case unary(UnaryOperator, ExprSyntax)
    /// `a + b`, `a and b`, …
    case binary(BinaryOperator, ExprSyntax, ExprSyntax)
    /// `a < b <= c`: a first operand and one or more comparisons, each against the previous operand.
    case comparison(ExprSyntax, [ComparisonLink])
    /// `x in S` or `x not in S`.
    case membership(ExprSyntax, negated: Bool, ExprSyntax)
    /// `f(a, b)`.
    case call(Name, [ExprSyntax])
    /// `table[key]`.
    case index(ExprSyntax, ExprSyntax)
    /// `( x )`, kept so that printing round-trips.
    case parenthesized(ExprSyntax)
    /// `undetermined "사유"`: a truth the source does not give; evaluates to unknown with this reason.
    case undetermined(String)
    /// Where the parser expected an expression and found none (after a diagnostic).
    case missing
  }
}

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable {
  /// Arithmetic negation.
  case negate = "-"
  /// Logical negation (three-valued).
  case not = "not"
}

/// An infix operator other than comparisons and `in`.
public enum BinaryOperator: String, Sendable, Hashable {
  /// Logical or (three-valued).
  case or = "or"
  /// Logical and (three-valued).
  case and = "and"
  /// Addition.
  case add = "+"
  /// Subtraction.
  case subtract = "-"
  /// Multiplication.
  case multiply = "*"
  /// Division (money / money gives a ratio).
  case divide = "/"
}

/// A comparison operator.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  /// Equal.
  case equal = "=="
  /// Not equal.
  case notEqual = "!="
  /// Less than (미만).
  case less = "<"
  /// Less than or equal (이하).
  case lessOrEqual = "<="
  /// Greater than (초과).
  case greater = ">"
  /// Greater than or equal (이상).
  case greaterOrEqual = ">="
}

/// One step of a comparison chain: the operator and the next operand.
public struct ComparisonLink: Sendable, Hashable {
  /// The operator between the previous operand and ``operand``.
  public var op: ComparisonOperator
  /// The next operand.
  public var operand: ExprSyntax
  /// Where the operator is.
  public var opRange: SourceRange

  /// Creates a link.
  public init(op: ComparisonOperator, operand: ExprSyntax, opRange: SourceRange) {
    self.op = op
    self.operand = operand
    self.opRange = opRange
  }
}

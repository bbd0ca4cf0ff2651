/// A type-checked expression with every name resolved to a slot or index.
public struct CheckedExpr: Sendable, Hashable {
  /// The expression's form.
  public var kind: Kind
  /// Its type.
  public var type: ValueType
  /// Where it is written.
  public var range: SourceRange

  /// Creates a checked expression.
  public init(_ kind: Kind, type: ValueType, range: SourceRange) {
    self.kind = kind
    self.type = type
    self.range = range
  }

  /// The forms of a checked expression.
  public indirect enum Kind: Sendable, Hashable {
    /// A constant.
    case literal(Value)
    /// An input fact, by schema slot.
    case field(Int)
    /// A derived fact (`let`), by index.
    case derived(Int)
    /// The evaluation's reference date.
    case referenceDate
    /// Three-valued negation.
    case not(CheckedExpr)
    /// Three-valued conjunction (flattened).
    case and([CheckedExpr])
    /// Three-valued disjunction (flattened).
    case or([CheckedExpr])
    /// A comparison of two values of compatible types.
    case compare(ComparisonOperator, CheckedExpr, CheckedExpr)
    /// Membership of an enum case in a set, or of text in a list.
    case member(CheckedExpr, CheckedExpr, negated: Bool)
    /// Arithmetic.
    case arithmetic(BinaryOperator, CheckedExpr, CheckedExpr)
    /// Arithmetic negation.
    case negate(CheckedExpr)
    /// A lookup in an effective-dated table, by table index.
    case lookup(table: Int, key: CheckedExpr)
    /// A builtin function.
    case call(Builtin, [CheckedExpr])
    /// A truth the source does not give: always unknown, with the reason.
    case undetermined(String)
  }

  /// Calls `visit` on this expression and every subexpression, parents first.
  public func forEach(_ visit: (CheckedExpr) -> Void) {
    visit(self)
    switch kind {
    case .literal, .field, .derived, .referenceDate, .undetermined: break
    case .not(let e), .negate(let e), .lookup(_, let e): e.forEach(visit)
    case .and(let es), .or(let es), .call(_, let es): es.forEach { $0.forEach(visit) }
    case .compare(_, let l, let r), .member(let l, let r, _), .arithmetic(_, let l, let r):
      l.forEach(visit)
      r.forEach(visit)
    }
  }
}

/// The builtin functions of the language.
public enum Builtin: String, Sendable, Hashable, CaseIterable {
  /// Whole years from the first date to the second (29 February anniversaries on 1 March in common years).
  case years
  /// Whole months from the first date to the second.
  case months
  /// Days from the first date to the second.
  case days
  /// Round unrounded money down to whole won.
  case roundDown = "round_down"
  /// Round unrounded money up to whole won.
  case roundUp = "round_up"
  /// Round unrounded money half up to whole won.
  case round
  /// The smaller of two values.
  case min
  /// The larger of two values.
  case max

  /// How many arguments it takes.
  public var arity: Int {
    switch self {
    case .roundDown, .roundUp, .round: return 1
    default: return 2
    }
  }
}

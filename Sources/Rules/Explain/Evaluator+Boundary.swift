extension Evaluator {
  /// For a failed leaf, the value of its fact at which the failed comparison would pass.
  ///
  /// The comparison must set a fact (or a derived fact) against a constant. A derived ratio of a money fact over a
  /// money amount (`monthly_income / median_income[…]`) gives the boundary on the money fact itself, exactly:
  /// `income_pct <= 120%` with a median of 2,228,445원 gives `monthly_income <= 2,674,134원`.
  /// Only when exactly one comparison failed and none is unknown does moving that one fact flip the test.
  func boundary(for comparisons: [ComparisonTrace], in record: Record) -> Boundary? {
    let failures = comparisons.filter { $0.truth != .yes }
    guard failures.count == 1, let failed = failures.first, failed.truth == .no else { return nil }
    var op = failed.op
    var subject = failed.left
    var constant = failed.right
    if case .literal = subject.kind {
      swap(&subject, &constant)
      op = op.flipped
    }
    guard case .literal(let limit) = constant.kind, op != .notEqual else { return nil }
    switch subject.kind {
    case .field(let slot):
      return Evaluator.inclusive(subject: .field(slot), op, limit)
    case .derived(let index):
      let definition = ruleset.derived[index].value
      if case .arithmetic(.divide, let numerator, let denominator) = definition.kind, case .field(let slot) = numerator.kind,
        numerator.type == .money, let threshold = limit.rational
      {
        var ignored: [ComparisonTrace]?
        guard case .money(let scale)? = evaluate(denominator, in: record, trace: &ignored).value else { return nil }
        let bound: Int64?
        let inclusiveOp: ComparisonOperator
        switch op {
        case .lessOrEqual: (bound, inclusiveOp) = (threshold.floor(times: scale), .lessOrEqual)
        case .less: (bound, inclusiveOp) = (threshold.ceiling(times: scale).map { $0 - 1 }, .lessOrEqual)
        case .greaterOrEqual: (bound, inclusiveOp) = (threshold.ceiling(times: scale), .greaterOrEqual)
        case .greater: (bound, inclusiveOp) = (threshold.floor(times: scale).map { $0 + 1 }, .greaterOrEqual)
        case .equal, .notEqual: return nil
        }
        return bound.map { Boundary(subject: .field(slot), op: inclusiveOp, value: .money($0)) }
      }
      return Evaluator.inclusive(subject: .derived(index), op, limit)
    default:
      return nil
    }
  }

  /// Whether a test is a comparison or an `and` of comparisons (chains included): the only shape whose single
  /// failed comparison has a boundary that flips the whole test.
  static func isConjunctionOfComparisons(_ expression: CheckedExpr) -> Bool {
    switch expression.kind {
    case .compare: return true
    case .and(let parts): return parts.allSatisfy(isConjunctionOfComparisons)
    default: return false
    }
  }

  /// `x < 5` on whole numbers is `x <= 4`; ratios and dates keep their strictness as the nearest inclusive form
  /// only when whole.
  static func inclusive(subject: Boundary.Subject, _ op: ComparisonOperator, _ limit: Value) -> Boundary? {
    switch (op, limit) {
    case (.less, .count(let n)): return Boundary(subject: subject, op: .lessOrEqual, value: .count(n - 1))
    case (.less, .money(let n)): return Boundary(subject: subject, op: .lessOrEqual, value: .money(n - 1))
    case (.greater, .count(let n)): return Boundary(subject: subject, op: .greaterOrEqual, value: .count(n + 1))
    case (.greater, .money(let n)): return Boundary(subject: subject, op: .greaterOrEqual, value: .money(n + 1))
    case (.less, .date(let d)): return CivilDate(dayNumber: d.dayNumber - 1).map { Boundary(subject: subject, op: .lessOrEqual, value: .date($0)) }
    case (.greater, .date(let d)): return CivilDate(dayNumber: d.dayNumber + 1).map { Boundary(subject: subject, op: .greaterOrEqual, value: .date($0)) }
    case (.lessOrEqual, _), (.greaterOrEqual, _), (.equal, _), (.less, _), (.greater, _):
      return Boundary(subject: subject, op: op, value: limit)
    case (.notEqual, _): return nil
    }
  }
}

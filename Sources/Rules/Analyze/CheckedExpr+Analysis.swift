extension CheckedExpr {
  /// The expression with every range cleared, so that equal expressions written in two places compare equal.
  var withoutRanges: CheckedExpr {
    let kind: Kind
    switch self.kind {
    case .literal, .field, .derived, .referenceDate, .undetermined: kind = self.kind
    case .not(let e): kind = .not(e.withoutRanges)
    case .negate(let e): kind = .negate(e.withoutRanges)
    case .lookup(let table, let key): kind = .lookup(table: table, key: key.withoutRanges)
    case .and(let es): kind = .and(es.map(\.withoutRanges))
    case .or(let es): kind = .or(es.map(\.withoutRanges))
    case .call(let builtin, let es): kind = .call(builtin, es.map(\.withoutRanges))
    case .compare(let op, let l, let r): kind = .compare(op, l.withoutRanges, r.withoutRanges)
    case .member(let l, let r, let negated): kind = .member(l.withoutRanges, r.withoutRanges, negated: negated)
    case .arithmetic(let op, let l, let r): kind = .arithmetic(op, l.withoutRanges, r.withoutRanges)
    }
    return CheckedExpr(kind, type: type, range: .at(0))
  }

  /// Whether the expression reads no fact, derived fact, table or reference date: its value is the same for every
  /// input.
  var isConstant: Bool {
    var constant = true
    forEach {
      switch $0.kind {
      case .field, .derived, .referenceDate, .lookup: constant = false
      default: break
      }
    }
    return constant
  }
}

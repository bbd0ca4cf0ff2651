/// One comparison of a fact or derived fact against a constant in a service's rules, e.g. `income_pct <= 120%`:
/// what coverage (``Coverage``) and boundary cases (``BoundaryCases``) are measured against.
public struct Threshold: Sendable, Hashable {
  /// What is compared with the constant.
  public var subject: Boundary.Subject
  /// The operator, as if the subject were written on the left (`5 < x` is `x > 5`).
  public var op: ComparisonOperator
  /// The constant.
  public var constant: Value
  /// The comparison as written, e.g. `income_pct <= 120%` (`100% < income_pct` stays as written).
  public var text: String
  /// Where the comparison is written.
  public var range: SourceRange

  /// Every comparison of a fact or derived fact against a literal in a service's criteria and decision lists,
  /// without repeats (by text), in source order.
  ///
  /// - Parameter service: a checked service.
  /// - Returns: the thresholds; comparisons of two facts, or of arithmetic, are left out.
  public static func all(in service: CheckedService) -> [Threshold] {
    var result: [Threshold] = []
    var seen: Set<String> = []
    func visit(_ expression: CheckedExpr) {
      expression.forEach { node in
        guard case .compare(let op, let left, let right) = node.kind else { return }
        var (subject, constant, oriented) = (left, right, op)
        if case .literal = left.kind { (subject, constant, oriented) = (right, left, op.flipped) }
        guard case .literal(let value) = constant.kind else { return }
        let target: Boundary.Subject
        switch subject.kind {
        case .field(let slot): target = .field(slot)
        case .derived(let index): target = .derived(index)
        default: return
        }
        let text = "\(Self.text(left, in: service.file)) \(op.rawValue) \(Self.text(right, in: service.file))"
        guard seen.insert(text).inserted else { return }
        result.append(
          Threshold(subject: target, op: oriented, constant: value, text: text, range: left.range.union(right.range)))
      }
    }
    func visit(_ criterion: CheckedCriterion) {
      switch criterion.kind {
      case .test(let expression): visit(expression)
      case .all(let children), .any(let children): children.forEach(visit)
      }
    }
    visit(service.eligibility)
    for row in (service.priority?.rows ?? []) + (service.tiers?.rows ?? []) { visit(row.condition) }
    return result
  }

  /// The source text of an expression.
  static func text(_ expression: CheckedExpr, in file: SourceFile) -> String {
    let range = expression.range
    guard range.start >= 0, range.end <= file.bytes.count, range.start < range.end else { return "?" }
    return String(decoding: file.bytes[range.start..<range.end], as: UTF8.self)
  }

  /// The two values of a whole-number subject (count, money, or days of a date) between which the comparison
  /// flips: the last that passes and the first that fails, or for `==`/`!=` the constant and its neighbours.
  ///
  /// - Parameter c: the constant as a whole number.
  /// - Returns: the edge values, ascending.
  func edge(around c: Int64) -> [Int64] {
    switch op {
    case .lessOrEqual, .greater: return [c, c + 1]
    case .less, .greaterOrEqual: return [c - 1, c]
    case .equal, .notEqual: return [c - 1, c, c + 1]
    }
  }

  /// For a derived ratio `money_fact / money_expression` (e.g. `income_pct`): the money fact's slot and the
  /// denominator.
  static func moneyRatio(_ definition: CheckedExpr) -> (slot: Int, denominator: CheckedExpr)? {
    guard case .arithmetic(.divide, let numerator, let denominator) = definition.kind,
      case .field(let slot) = numerator.kind, numerator.type == .money
    else { return nil }
    return (slot, denominator)
  }

  /// The largest money amount whose ratio to `scale` passes `≤ t` (the floor of t × scale) and the edge of the
  /// money fact: last passing and first failing amounts, as ``edge(around:)`` for the inverted comparison.
  func moneyEdge(scale: Int64) -> [Int64]? {
    guard let t = constant.rational, let floor = t.floor(times: scale), let ceiling = t.ceiling(times: scale) else {
      return nil
    }
    switch op {
    case .lessOrEqual: return [floor, floor + 1]
    case .less: return [ceiling - 1, ceiling]
    case .greaterOrEqual: return [ceiling - 1, ceiling]
    case .greater: return [floor, floor + 1]
    case .equal, .notEqual: return floor == ceiling ? [floor - 1, floor, floor + 1] : [floor, ceiling]
    }
  }
}

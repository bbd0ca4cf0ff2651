import Rules

/// Turns evaluator outcomes into ``ServiceReport``s: resolves slots and indices to names and labels and values
/// to ``ReportValue``s, so that reports stand alone.
struct ReportBuilder {
  let ruleset: CheckedRuleset
  let evaluator: Evaluator
  let record: Record

  /// The report of one service.
  func service(_ index: Int, _ outcome: Outcome) -> ServiceReport {
    let service = ruleset.services[index]
    var priority: ServiceReport.Row?
    if let list = service.priority, let matched = outcome.priority?.matched, list.rows.indices.contains(matched) {
      priority = ServiceReport.Row(number: list.rows[matched].number, label: list.rows[matched].label)
    }
    var tier: ServiceReport.Row?
    if let list = service.tiers, let matched = outcome.tier?.matched, list.rows.indices.contains(matched) {
      let row = list.rows[matched]
      tier = ServiceReport.Row(number: row.number, label: row.label, subsidy: row.subsidy, copay: row.copay)
    }
    let suspensions = zip(service.suspensions, outcome.suspensions).map {
      ServiceReport.Suspension(label: $0.label, result: $1)
    }
    return ServiceReport(
      id: service.id, title: service.title, region: service.region, decision: outcome.decision, inForce: outcome.inForce,
      effectiveFrom: service.effectiveFrom, effectiveTo: service.effectiveTo, price: service.price,
      priceUnit: service.priceUnit, support: service.support, reassessments: service.reassessments,
      eligibility: criterion(service.eligibility, outcome.eligibility), priority: priority, tier: tier,
      askNext: outcome.reasons.map { AskItem($0, ruleset: ruleset) }, choices: outcome.choices, suspensions: suspensions,
      sources: service.annotations.sources)
  }

  /// A criterion and its trace, walked together (they have the same shape).
  func criterion(_ rule: CheckedCriterion, _ trace: CriterionTrace) -> CriterionReport {
    let kind: CriterionReport.Kind
    var children: [CriterionReport] = []
    var facts: [Operand] = []
    switch rule.kind {
    case .test(let expression):
      kind = .test
      let compared = trace.comparisons.flatMap { [$0.left.kind, $0.right.kind] }
      facts = factsOutsideComparisons(expression).filter { !compared.contains($0.kind) }.map { operand($0, value: value(of: $0)) }
    case .all(let rules):
      kind = .all
      children = zip(rules, trace.children).map(criterion)
    case .any(let rules):
      kind = .any
      children = zip(rules, trace.children).map(criterion)
    }
    return CriterionReport(
      label: trace.label, kind: kind, result: trace.truth, comparisons: trace.comparisons.map(comparison), facts: facts,
      boundary: trace.boundary.flatMap(boundary), unknown: trace.reasons.map { AskItem($0, ruleset: ruleset) },
      children: children, sources: rule.annotations.sources)
  }

  /// A comparison with the subject on the left: a constant on the left is swapped to the right.
  func comparison(_ trace: ComparisonTrace) -> ComparisonReport {
    var left = (trace.left, trace.leftValue)
    var right = (trace.right, trace.rightValue)
    var op = trace.op
    if case .literal = trace.left.kind, !ReportBuilder.isLiteral(trace.right) {
      swap(&left, &right)
      op = op.flipped
    }
    return ComparisonReport(
      left: operand(left.0, value: left.1), op: op, right: operand(right.0, value: right.1), result: trace.truth)
  }

  /// The facts and derived facts a test reads outside its comparisons, in order, without repeats.
  func factsOutsideComparisons(_ expression: CheckedExpr) -> [CheckedExpr] {
    var found: [CheckedExpr] = []
    func walk(_ e: CheckedExpr) {
      switch e.kind {
      case .compare: return
      case .field, .derived:
        if !found.contains(where: { $0.kind == e.kind }) { found.append(e) }
      case .not(let inner), .negate(let inner), .lookup(_, let inner): walk(inner)
      case .and(let parts), .or(let parts), .call(_, let parts): parts.forEach(walk)
      case .member(let l, let r, _), .arithmetic(_, let l, let r):
        walk(l)
        walk(r)
      case .literal, .referenceDate, .undetermined: return
      }
    }
    walk(expression)
    return found
  }

  /// A boundary on a field or derived fact.
  func boundary(_ boundary: Boundary) -> BoundaryReport? {
    switch boundary.subject {
    case .field(let slot) where ruleset.schema.fields.indices.contains(slot):
      let field = ruleset.schema.fields[slot]
      return BoundaryReport(
        name: field.name, label: field.label, op: boundary.op,
        value: ReportValue(boundary.value, type: field.type, enumerations: ruleset.enumerations))
    case .derived(let index) where ruleset.derived.indices.contains(index):
      let derived = ruleset.derived[index]
      return BoundaryReport(
        name: derived.name, label: derived.label, op: boundary.op,
        value: ReportValue(boundary.value, type: derived.value.type, enumerations: ruleset.enumerations))
    default:
      return nil
    }
  }

  /// The value of an expression on the record (`nil` when unknown).
  func value(of expression: CheckedExpr) -> Value? {
    var ignored: [ComparisonTrace]?
    return evaluator.evaluate(expression, in: record, trace: &ignored).value
  }

  static func isLiteral(_ expression: CheckedExpr) -> Bool {
    if case .literal = expression.kind { return true }
    return false
  }
}

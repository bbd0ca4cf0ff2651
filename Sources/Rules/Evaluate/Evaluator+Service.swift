extension Evaluator {
  /// Screens a prepared record for one service, with a full explanation.
  ///
  /// - Parameters:
  ///   - service: the service's index in the ruleset.
  ///   - record: the record from ``prepare(_:referenceDate:)``.
  /// - Returns: the decision, priority, tier, amounts, the facts to ask next and the readings it rested on.
  public func evaluate(service index: Int, on record: Record) -> Outcome {
    let service = ruleset.services[index]
    let inForce = record.referenceDate.map(service.isInForce(on:))
    let eligibility = trace(service.eligibility, in: record)
    var decision: Decision
    var reasons: [UnknownReason] = []
    switch (inForce, eligibility.truth) {
    case (false?, _), (_, .no): decision = .ineligible
    case (nil, _):
      decision = .undetermined
      reasons = [.referenceDate] + eligibility.reasons
    case (true?, .yes): decision = .eligible
    case (true?, .unknown):
      decision = .undetermined
      reasons = eligibility.reasons
    }
    var outcome = Outcome(
      service: index, decision: decision, inForce: inForce, eligibility: eligibility, priority: nil, tier: nil,
      priorityNumber: nil, tierNumber: nil, subsidy: nil, copay: nil, suspensions: [], reasons: [], choices: [])
    var choices = service.annotations.choices + service.effectiveAnnotations.choices
    choices += Evaluator.choices(in: service.eligibility)
    if decision != .ineligible {
      if let list = service.priority {
        let rows = trace(list, in: record)
        outcome.priority = rows
        outcome.priorityNumber = rows.matched.map { list.rows[$0].number }
        if decision == .eligible { reasons += rows.reasons }
        choices += list.annotations.choices + (rows.matched.map { list.rows[$0].annotations.choices } ?? [])
      }
      if let list = service.tiers {
        let rows = trace(list, in: record)
        outcome.tier = rows
        if let matched = rows.matched {
          outcome.tierNumber = list.rows[matched].number
          outcome.subsidy = list.rows[matched].subsidy
          outcome.copay = list.rows[matched].copay
          choices += list.rows[matched].annotations.choices
        }
        if decision == .eligible { reasons += rows.reasons }
        choices += list.annotations.choices
      }
      outcome.suspensions = service.suspensions.map {
        var ignored: [ComparisonTrace]?
        return evaluate($0.condition, in: record, trace: &ignored).truth
      }
    }
    choices += derivedChoices(service)
    // A service has a few dozen choices at most, mostly the same annotation values: comparing beats hashing texts.
    for choice in choices where !outcome.choices.contains(where: { $0.id == choice.id && $0.text == choice.text }) {
      outcome.choices.append(choice)
    }
    outcome.reasons = Evaluator.unique(reasons)
    return outcome
  }

  /// Evaluates a criterion tree with its explanation.
  public func trace(_ criterion: CheckedCriterion, in record: Record) -> CriterionTrace {
    switch criterion.kind {
    case .test(let expression):
      var comparisons: [ComparisonTrace]? = []
      let value = evaluate(expression, in: record, trace: &comparisons)
      let truth = value.truth
      let boundary = truth == .no && Evaluator.isConjunctionOfComparisons(expression)
        ? self.boundary(for: comparisons ?? [], in: record) : nil
      return CriterionTrace(
        label: criterion.label, kind: .test, truth: truth, comparisons: comparisons ?? [], reasons: value.reasons,
        boundary: boundary, children: [], annotations: criterion.annotations, range: criterion.range)
    case .all(let list), .any(let list):
      let isAll: Bool
      if case .all = criterion.kind { isAll = true } else { isAll = false }
      let children = list.map { trace($0, in: record) }
      let truth = children.reduce(isAll ? Truth.yes : Truth.no) { isAll ? $0 && $1.truth : $0 || $1.truth }
      let reasons = truth == .unknown ? Evaluator.unique(children.filter { $0.truth == .unknown }.flatMap(\.reasons)) : []
      return CriterionTrace(
        label: criterion.label, kind: isAll ? .all : .any, truth: truth, comparisons: [], reasons: reasons, boundary: nil,
        children: children, annotations: criterion.annotations, range: criterion.range)
    }
  }

  /// Evaluates a decision list: the first row that holds wins; an unknown row before it leaves the choice open.
  public func trace(_ list: DecisionList, in record: Record) -> RowTrace {
    var result = RowTrace(matched: nil, tried: [], reasons: [], comparisons: [])
    for (index, row) in list.rows.enumerated() {
      var comparisons: [ComparisonTrace]? = []
      let value = evaluate(row.condition, in: record, trace: &comparisons)
      result.tried.append(value.truth)
      result.comparisons += comparisons ?? []
      switch value.truth {
      case .yes:
        result.matched = index
        return result
      case .unknown:
        result.reasons = value.reasons
        return result
      case .no:
        continue
      }
    }
    return result
  }

  /// Every `choice` in a criterion tree.
  static func choices(in criterion: CheckedCriterion) -> [CheckedAnnotations.Choice] {
    switch criterion.kind {
    case .test: return criterion.annotations.choices
    case .all(let children), .any(let children): return criterion.annotations.choices + children.flatMap(choices(in:))
    }
  }

  /// The choices of the derived facts a service's criteria and lists use, transitively.
  func derivedChoices(_ service: CheckedService) -> [CheckedAnnotations.Choice] {
    var pending: [Int] = []
    func collect(_ expression: CheckedExpr) {
      expression.forEach { if case .derived(let index) = $0.kind { pending.append(index) } }
    }
    func collect(_ criterion: CheckedCriterion) {
      switch criterion.kind {
      case .test(let e): collect(e)
      case .all(let children), .any(let children): children.forEach(collect)
      }
    }
    collect(service.eligibility)
    for row in (service.priority?.rows ?? []) + (service.tiers?.rows ?? []) { collect(row.condition) }
    var seen: Set<Int> = []
    var result: [CheckedAnnotations.Choice] = []
    while let index = pending.popLast() {
      guard seen.insert(index).inserted else { continue }
      result += ruleset.derived[index].annotations.choices
      collect(ruleset.derived[index].value)
    }
    return result
  }
}

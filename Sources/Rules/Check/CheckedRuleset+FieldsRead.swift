extension CheckedRuleset {
  /// The schema slots of the input facts that deciding these services can read: every field named in their
  /// eligibility criteria, suspension conditions, priority and tier rows and (unless told not to) ranking keys,
  /// directly or through derived facts (followed to their definitions).
  ///
  /// A reader may leave any other field undecoded: no decision of these services depends on it.
  ///
  /// - Parameters:
  ///   - indices: the services, by index in ``services``.
  ///   - rankKeys: whether the fields the waitlist order reads count too.
  /// - Returns: the slots, each once.
  /// - Complexity: O(size of the services' expressions + the derived definitions they reach).
  public func fieldsRead(byServices indices: [Int], rankKeys: Bool = true) -> Set<Int> {
    var fields: Set<Int> = []
    var visited = [Bool](repeating: false, count: derived.count)
    var pending: [CheckedExpr] = []
    func add(_ criterion: CheckedCriterion) {
      switch criterion.kind {
      case .test(let expression): pending.append(expression)
      case .all(let parts), .any(let parts): parts.forEach(add)
      }
    }
    func addDerived(_ index: Int) {
      guard derived.indices.contains(index), !visited[index] else { return }
      visited[index] = true
      pending.append(derived[index].value)
    }
    for index in indices {
      let service = services[index]
      add(service.eligibility)
      pending += service.suspensions.map(\.condition)
      pending += (service.priority?.rows ?? []).map(\.condition)
      pending += (service.tiers?.rows ?? []).map(\.condition)
      for key in service.rankKeys where rankKeys {
        switch key.source {
        case .priority: break
        case .field(let slot): fields.insert(slot)
        case .derived(let index): addDerived(index)
        }
      }
    }
    while let expression = pending.popLast() {
      expression.forEach { part in
        switch part.kind {
        case .field(let slot): fields.insert(slot)
        case .derived(let index): addDerived(index)
        default: break
        }
      }
    }
    return fields
  }
}

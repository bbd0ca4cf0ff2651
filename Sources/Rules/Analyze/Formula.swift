/// A condition reduced to tests of ``Term``s against constants, evaluated three-valued on one assignment of values
/// to terms.
///
/// Built by ``FormulaBuilder`` from a row condition or the eligibility criteria. Every term has a value in a cell of
/// the analysis, so a formula is unknown only where the rules say so (`undetermined`) or arithmetic overflows.
indirect enum Formula: Sendable {
  /// A value the same for every input.
  case constant(Truth)
  /// A boolean term.
  case term(Int)
  /// Three-valued negation.
  case not(Formula)
  /// Three-valued conjunction.
  case and([Formula])
  /// Three-valued disjunction.
  case or([Formula])
  /// A comparison.
  case compare(ComparisonOperator, Operand, Operand)
  /// Membership of an enum case in a set, or of text in a list.
  case member(Operand, Operand, negated: Bool)

  /// A side of a comparison: a term or a constant (`nil` when the constant is unknown, e.g. on overflow).
  enum Operand: Sendable {
    /// A term, by index.
    case term(Int)
    /// A constant.
    case value(Value?)

    /// The operand's value when each term `i` has the value `values[i]`.
    func value(in values: [Value]) -> Value? {
      switch self {
      case .term(let index): return values[index]
      case .value(let value): return value
      }
    }
  }

  /// The formula's truth when each term `i` has the value `values[i]`.
  ///
  /// - Complexity: O(size of the formula).
  func truth(_ values: [Value]) -> Truth {
    switch self {
    case .constant(let truth):
      return truth
    case .term(let index):
      guard case .bool(let b) = values[index] else { return .unknown }
      return Truth(b)
    case .not(let inner):
      return !inner.truth(values)
    case .and(let parts):
      var result = Truth.yes
      for part in parts {
        result = result && part.truth(values)
        if result == .no { return .no }
      }
      return result
    case .or(let parts):
      var result = Truth.no
      for part in parts {
        result = result || part.truth(values)
        if result == .yes { return .yes }
      }
      return result
    case .compare(let op, let left, let right):
      guard let l = left.value(in: values), let r = right.value(in: values) else { return .unknown }
      return Truth(Evaluator.compare(op, l, r))
    case .member(let element, let set, let negated):
      guard let e = element.value(in: values), let s = set.value(in: values) else { return .unknown }
      let contained: Bool
      switch (e, s) {
      case (.enumCase(let index), .enumSet(let mask)): contained = index < 64 && mask & (1 << UInt64(index)) != 0
      case (.text(let text), .textList(let list)): contained = list.contains(text)
      default: contained = false
      }
      return Truth(contained != negated)
    }
  }

  /// The terms the formula reads, in first-mention order, appended to `terms` when not already there.
  func collectTerms(into terms: inout [Int]) {
    func add(_ operand: Operand) {
      if case .term(let index) = operand, !terms.contains(index) { terms.append(index) }
    }
    switch self {
    case .constant: break
    case .term(let index): if !terms.contains(index) { terms.append(index) }
    case .not(let inner): inner.collectTerms(into: &terms)
    case .and(let parts), .or(let parts): parts.forEach { $0.collectTerms(into: &terms) }
    case .compare(_, let l, let r), .member(let l, let r, _):
      add(l)
      add(r)
    }
  }

  /// The terms the formula reads, in first-mention order.
  var terms: [Int] {
    var result: [Int] = []
    collectTerms(into: &result)
    return result
  }
}

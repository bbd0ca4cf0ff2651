/// Turns checked conditions into ``Formula``s over ``Term``s, collecting each term and the constants it is compared
/// to.
///
/// A comparison of a non-constant side with a constant makes the non-constant side a term (a field, a derived fact,
/// the reference date or an opaque expression) and records the constant. Two booleans, or two cases of one
/// enumeration, compared with each other are both terms over their whole domain. Any other comparison of two
/// non-constant sides is an opaque boolean term. Constant subexpressions are evaluated once.
struct FormulaBuilder {
  /// The ruleset the conditions belong to.
  let ruleset: CheckedRuleset
  /// The file the conditions are written in (for the source text of opaque terms).
  let file: SourceFile
  /// The terms found so far; a ``Formula`` refers to them by index.
  private(set) var terms: [Term] = []
  private var indices: [Term.Key: Int] = [:]
  private let evaluator: Evaluator
  private let emptyRecord: Record

  /// Creates a builder for the conditions of one service.
  init(ruleset: CheckedRuleset, file: SourceFile) {
    self.ruleset = ruleset
    self.file = file
    evaluator = Evaluator(ruleset)
    emptyRecord = Record(facts: Facts(count: ruleset.schema.fields.count), referenceDate: nil, derived: [])
  }

  /// The formula of a criterion tree: `all` is a conjunction, `any` a disjunction.
  mutating func formula(_ criterion: CheckedCriterion) -> Formula {
    switch criterion.kind {
    case .test(let expression): return formula(expression)
    case .all(let children): return .and(children.map { formula($0) })
    case .any(let children): return .or(children.map { formula($0) })
    }
  }

  /// The formula of a boolean expression.
  mutating func formula(_ expression: CheckedExpr) -> Formula {
    if expression.isConstant { return .constant(constant(expression).truth) }
    switch expression.kind {
    case .not(let inner):
      return .not(formula(inner))
    case .and(let parts):
      return .and(parts.map { formula($0) })
    case .or(let parts):
      return .or(parts.map { formula($0) })
    case .compare(let op, let left, let right):
      if let (l, r) = operands(left, right, wholeDomain: sameFiniteDomain(left.type, right.type)) {
        return .compare(op, l, r)
      }
      return .term(term(for: expression))
    case .member(let element, let set, let negated):
      if let (l, r) = operands(element, set, wholeDomain: false) { return .member(l, r, negated: negated) }
      return .term(term(for: expression))
    default:
      return .term(term(for: expression))
    }
  }

  /// The two sides of a test as operands, or `nil` when both are non-constant and not of one finite domain.
  private mutating func operands(
    _ left: CheckedExpr, _ right: CheckedExpr, wholeDomain: Bool
  ) -> (Formula.Operand, Formula.Operand)? {
    switch (left.isConstant, right.isConstant) {
    case (false, true):
      let value = constant(right).value
      return (.term(term(for: left, constant: value)), .value(value))
    case (true, false):
      let value = constant(left).value
      return (.value(value), .term(term(for: right, constant: value)))
    case (false, false) where wholeDomain:
      return (.term(term(for: left, everyCase: true)), .term(term(for: right, everyCase: true)))
    default:
      return nil
    }
  }

  /// Whether two types are one finite domain that the analysis can enumerate whole (booleans, one enumeration).
  private func sameFiniteDomain(_ a: ValueType, _ b: ValueType) -> Bool {
    switch (a, b) {
    case (.bool, .bool): return true
    case (.enumeration(let x), .enumeration(let y)): return x == y
    default: return false
    }
  }

  /// The value of a constant expression (unknown on overflow or division by zero).
  private func constant(_ expression: CheckedExpr) -> Evaluated {
    var ignored: [ComparisonTrace]?
    return evaluator.evaluate(expression, in: emptyRecord, trace: &ignored)
  }

  /// The index of the term an expression stands for, recording the constant it is compared to.
  private mutating func term(for expression: CheckedExpr, constant: Value? = nil, everyCase: Bool = false) -> Int {
    let key: Term.Key
    let name: String
    let nonNegative: Bool
    switch expression.kind {
    case .field(let slot):
      key = .field(slot)
      name = ruleset.schema.fields[slot].name
      nonNegative = true
    case .derived(let index):
      key = .derived(index)
      name = ruleset.derived[index].name
      nonNegative = true
    case .referenceDate:
      key = .referenceDate
      name = "reference_date"
      nonNegative = true
    default:
      key = .expression(expression.withoutRanges)
      name = sourceText(expression.range)
      nonNegative = false
    }
    let index: Int
    if let known = indices[key] {
      index = known
    } else {
      index = terms.count
      indices[key] = index
      terms.append(Term(key: key, type: expression.type, name: name, nonNegative: nonNegative))
    }
    if let constant { terms[index].add(constant) }
    if everyCase { terms[index].everyCase = true }
    return index
  }

  /// The text of a range of the file, on one line.
  private func sourceText(_ range: SourceRange) -> String {
    let start = max(0, min(range.start, file.bytes.count))
    let end = max(start, min(range.end, file.bytes.count))
    let text = String(decoding: file.bytes[start..<end], as: UTF8.self)
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

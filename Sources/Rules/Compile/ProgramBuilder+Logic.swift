extension ProgramBuilder {
  /// Lowers a service's effective period, criteria, priority and tier lists into decision parts.
  mutating func service(_ service: CheckedService) throws(Unsupported) -> CompiledRuleset.Plan {
    let day = emit(.loadReferenceDay).0
    var period: [Logic] = []
    if let from = service.effectiveFrom { period.append(.not(atom(.less(day, constant(Int64(from.dayNumber)))))) }
    if let to = service.effectiveTo { period.append(.not(atom(.less(constant(Int64(to.dayNumber)), day)))) }
    // Without dates a service is in force on any known date, and undetermined without one (as the reference).
    if period.isEmpty { period.append(atom(.isKnown(day))) }
    let inForce = Logic.and(period)
    let limit = DecisionPart.maximumTernaryAtoms - ProgramBuilder.atomCount(inForce)
    // The top-level criteria, each kept whole (wide ones as pseudo-atoms) so that the eligibility table also
    // says which of them failed; when they cannot fit one base-3 table, the criteria are grouped as before and the
    // failures are left to the reference evaluator.
    let root = service.eligibility
    var children: [Logic] = []
    for child in CompiledRuleset.topLevelCriteria(root) { children.append(try logic(child)) }
    func combine(_ parts: [Logic]) -> Logic {
      switch root.kind {
      case .all: return .and(parts)
      case .any: return .or(parts)
      case .test: return parts[0]
      }
    }
    while ProgramBuilder.atomCount(.and(children)) > limit {
      guard let widest = children.indices.max(by: { ProgramBuilder.atomCount(children[$0]) < ProgramBuilder.atomCount(children[$1]) }),
        ProgramBuilder.atomCount(children[widest]) > 1
      else { break }
      children[widest] = try pseudoAtom(children[widest])
    }
    let failures = ProgramBuilder.atomCount(.and(children)) <= limit && children.count <= FailureMask.maximumCriteria
    let criteria = failures ? combine(children) : try reduce(combine(children), limit: limit)
    let eligibility = try addPart(.eligibility, [inForce, criteria] + (failures ? children : []))
    return .parts(
      eligibility: eligibility, priority: try rows(service.priority), tier: try rows(service.tiers), failures: failures)
  }

  private mutating func rows(_ list: DecisionList?) throws(Unsupported) -> Int? {
    guard let list else { return nil }
    guard list.rows.count <= ResultCode.maximumRows else { throw Unsupported() }
    var conditions: [Logic] = []
    for row in list.rows { conditions.append(try logic(row.condition)) }
    // Too many atoms for a base-3 table: the widest rows become pseudo-atoms.
    while ProgramBuilder.atomCount(.and(conditions)) > DecisionPart.maximumTernaryAtoms {
      guard let widest = conditions.indices.max(by: { ProgramBuilder.atomCount(conditions[$0]) < ProgramBuilder.atomCount(conditions[$1]) }),
        ProgramBuilder.atomCount(conditions[widest]) > 1
      else { break }
      conditions[widest] = try pseudoAtom(conditions[widest])
    }
    return try addPart(.rows, conditions)
  }

  private mutating func addPart(_ kind: DecisionPart.Kind, _ conditions: [Logic]) throws(Unsupported) -> Int {
    guard let part = DecisionPart(kind, conditions: conditions) else { throw Unsupported() }
    parts.append(part)
    return parts.count - 1
  }

  /// How many distinct atoms a condition reads.
  static func atomCount(_ logic: Logic) -> Int {
    var seen: Set<Int> = []
    logic.forEachAtom { seen.insert($0) }
    return seen.count
  }

  /// A condition over at most `limit` atoms with the same truth: wide `and`/`or` children become pseudo-atoms
  /// (Kleene `and` and `or` are associative, so children may be grouped).
  mutating func reduce(_ logic: Logic, limit: Int) throws(Unsupported) -> Logic {
    guard limit >= 2, ProgramBuilder.atomCount(logic) > limit else { return logic }
    switch logic {
    case .atom, .constant:
      return logic
    case .not(let inner):
      return .not(try reduce(inner, limit: limit))
    case .and(var children), .or(var children):
      let isAnd: Bool
      if case .and = logic { isAnd = true } else { isAnd = false }
      func rebuild(_ parts: [Logic]) -> Logic { isAnd ? .and(parts) : .or(parts) }
      while ProgramBuilder.atomCount(rebuild(children)) > limit {
        guard let widest = children.indices.max(by: { ProgramBuilder.atomCount(children[$0]) < ProgramBuilder.atomCount(children[$1]) }),
          ProgramBuilder.atomCount(children[widest]) > 1
        else { break }
        children[widest] = try pseudoAtom(children[widest])
      }
      guard ProgramBuilder.atomCount(rebuild(children)) > limit else { return rebuild(children) }
      // Still too wide: every child is one atom. Group them.
      var groups: [Logic] = []
      for start in stride(from: 0, to: children.count, by: limit) {
        groups.append(try pseudoAtom(rebuild(Array(children[start..<min(start + limit, children.count)]))))
      }
      return try reduce(rebuild(groups), limit: limit)
    }
  }

  /// A pseudo-atom holding a condition's truth, computed by its own part (shared between equal conditions).
  mutating func pseudoAtom(_ logic: Logic) throws(Unsupported) -> Logic {
    if case .atom = logic { return logic }
    if let atom = pseudoAtoms[logic] { return .atom(atom) }
    let reduced = try reduce(logic, limit: DecisionPart.maximumTernaryAtoms)
    guard var part = DecisionPart(.truth, conditions: [reduced]) else { throw Unsupported() }
    let atom = atoms.count
    atoms.append(.part(parts.count))
    part.output = atom
    parts.append(part)
    pseudoAtoms[logic] = atom
    return .atom(atom)
  }

  /// Lowers a criterion tree (`all` is Kleene conjunction, `any` disjunction).
  mutating func logic(_ criterion: CheckedCriterion) throws(Unsupported) -> Logic {
    switch criterion.kind {
    case .test(let expression): return try logic(expression)
    case .all(let children):
      var parts: [Logic] = []
      for child in children { parts.append(try logic(child)) }
      return .and(parts)
    case .any(let children):
      var parts: [Logic] = []
      for child in children { parts.append(try logic(child)) }
      return .or(parts)
    }
  }

  /// Lowers a boolean expression.
  mutating func logic(_ expression: CheckedExpr) throws(Unsupported) -> Logic {
    if !ProgramBuilder.dependsOnRecord(expression, derived: derivedDepends) {
      return .constant(fold(expression).truth)
    }
    switch expression.kind {
    case .field(let slot):
      if case .byte(let column) = layout.fields[slot] { return atom(.byteTrue(column: column)) }
      guard expression.type == .bool, case .integer(let register) = try value(expression) else { throw Unsupported() }
      return atom(.isTrue(register))
    case .derived(let index): return try logic(ruleset.derived[index].value)
    case .not(let inner): return .not(try logic(inner))
    case .and(let parts), .or(let parts):
      var lowered: [Logic] = []
      for part in parts { lowered.append(try logic(part)) }
      if case .and = expression.kind { return .and(lowered) }
      return .or(lowered)
    case .compare(let op, let left, let right): return try compare(op, left, right)
    case .member(let element, let set, let negated):
      let test = try member(element, set)
      return negated ? .not(test) : test
    default:
      throw Unsupported()
    }
  }

  private mutating func compare(
    _ op: ComparisonOperator, _ left: CheckedExpr, _ right: CheckedExpr
  ) throws(Unsupported) -> Logic {
    if left.type == .bool || right.type == .bool {
      // Kleene equivalence: unknown when either side is, as the reference compares only known values.
      let l = try logic(left)
      let r = try logic(right)
      let same = Logic.or([.and([l, r]), .and([.not(l), .not(r)])])
      switch op {
      case .equal: return same
      case .notEqual: return .not(same)
      default: throw Unsupported()
      }
    }
    if op == .equal || op == .notEqual, let test = columnEquality(left, right) ?? columnEquality(right, left) {
      return op == .equal ? test : .not(test)
    }
    let a = try value(left)
    let b = try value(right)
    if case .integer(let x) = a, case .integer(let y) = b {
      switch op {
      case .less: return atom(.less(x, y))
      case .greater: return atom(.less(y, x))
      case .lessOrEqual: return .not(atom(.less(y, x)))
      case .greaterOrEqual: return .not(atom(.less(x, y)))
      case .equal: return atom(.equal(min(x, y), max(x, y)))
      case .notEqual: return .not(atom(.equal(min(x, y), max(x, y))))
      }
    }
    if op != .equal && op != .notEqual, let test = try ratioAgainstConstant(op, left, a, right, b) { return test }
    let x = try ratio(a)
    let y = try ratio(b)
    let (low, high) = (x.numerator, x.denominator) <= (y.numerator, y.denominator) ? (x, y) : (y, x)
    switch op {
    case .less: return atom(.lessRatio(x, y))
    case .greater: return atom(.lessRatio(y, x))
    case .lessOrEqual: return .not(atom(.lessRatio(y, x)))
    case .greaterOrEqual: return .not(atom(.lessRatio(x, y)))
    case .equal: return atom(.equalRatio(low, high))
    case .notEqual: return .not(atom(.equalRatio(low, high)))
    }
  }

  /// An ordering of a rational against a known constant, as one `lessRatioConstant` atom (or its negation).
  private mutating func ratioAgainstConstant(
    _ op: ComparisonOperator, _ left: CheckedExpr, _ a: Lowered, _ right: CheckedExpr, _ b: Lowered
  ) throws(Unsupported) -> Logic? {
    let leftConstant = !ProgramBuilder.dependsOnRecord(left, derived: derivedDepends)
    let rightConstant = !ProgramBuilder.dependsOnRecord(right, derived: derivedDepends)
    guard leftConstant != rightConstant, let constant = fold(leftConstant ? left : right).value?.rational else {
      return nil
    }
    let variable = try ratio(leftConstant ? b : a)
    // `x < c`, `c < x`, and the other orders as negations: `x <= c` is `not (c < x)`.
    func less(_ variableFirst: Bool) -> Logic {
      atom(.lessRatioConstant(
        variable, numerator: constant.numerator, denominator: constant.denominator, constantFirst: !variableFirst))
    }
    let xIsLeft = rightConstant
    switch op {
    case .less: return less(xIsLeft)
    case .greater: return less(!xIsLeft)
    case .lessOrEqual: return .not(less(!xIsLeft))
    case .greaterOrEqual: return .not(less(xIsLeft))
    default: return nil
    }
  }

  private mutating func member(_ element: CheckedExpr, _ set: CheckedExpr) throws(Unsupported) -> Logic {
    guard !ProgramBuilder.dependsOnRecord(set, derived: derivedDepends) else { throw Unsupported() }
    let storage = directField(element).map { layout.fields[$0] }
    switch (fold(set).value, storage) {
    case (nil, _):
      return .constant(.unknown)
    case (.enumSet(let mask)?, .byte(let column)?):
      return atom(.byteInMask(column: column, mask: mask))
    case (.textList(let list)?, .text(let column)?):
      if list.count == 1, let only = list.first { return atom(.textEquals(column: column, id: texts.intern(only))) }
      return atom(.textIn(column: column, words: words(list)))
    case (.enumSet(let mask)?, _):
      return atom(.inMask(try integer(value(element)), mask))
    case (.textList(let list)?, _):
      return atom(.inTexts(try integer(value(element)), words(list)))
    default:
      throw Unsupported()
    }
  }

  /// `field == constant` on an enumeration or text column, as a membership read straight from the batch.
  private mutating func columnEquality(_ field: CheckedExpr, _ other: CheckedExpr) -> Logic? {
    guard let slot = directField(field), !ProgramBuilder.dependsOnRecord(other, derived: derivedDepends) else {
      return nil
    }
    switch (layout.fields[slot], fold(other).value) {
    case (.byte(let column), .enumCase(let index)?) where (0..<64).contains(index):
      return atom(.byteInMask(column: column, mask: 1 << UInt64(index)))
    case (.text(let column), .text(let text)?):
      return atom(.textEquals(column: column, id: texts.intern(text)))
    default:
      return nil
    }
  }

  /// The input field an expression is, directly or through `let` aliases.
  private func directField(_ expression: CheckedExpr) -> Int? {
    switch expression.kind {
    case .field(let slot): return slot
    case .derived(let index): return directField(ruleset.derived[index].value)
    default: return nil
    }
  }

  /// A bit set over the interned ids of texts.
  private mutating func words(_ list: [String]) -> [UInt64] {
    let ids = list.map { Int(texts.intern($0)) }
    var words = [UInt64](repeating: 0, count: (ids.max() ?? 0) / 64 + 1)
    for id in ids { words[id / 64] |= 1 << UInt64(id % 64) }
    return words
  }
}

extension ProgramBuilder {
  /// The compiled decisions of one service.
  struct ServiceParts {
    /// Effective period and criteria.
    var eligibility: DecisionPart
    /// The priority list, if any.
    var priority: DecisionPart?
    /// The tier list, if any.
    var tier: DecisionPart?
  }

  /// Lowers a service's effective period, criteria, priority and tier lists.
  mutating func service(_ service: CheckedService) throws(Unsupported) -> ServiceParts {
    let day = emit(.loadReferenceDay).0
    var period: [Logic] = []
    if let from = service.effectiveFrom { period.append(.not(atom(.less(day, constant(Int64(from.dayNumber)))))) }
    if let to = service.effectiveTo { period.append(.not(atom(.less(constant(Int64(to.dayNumber)), day)))) }
    // Without dates a service is in force on any known date, and undetermined without one (as the reference).
    if period.isEmpty { period.append(atom(.isKnown(day))) }
    let criteria = try logic(service.eligibility)
    guard let eligibility = DecisionPart(.eligibility, conditions: [.and(period), criteria]) else {
      throw Unsupported()
    }
    return ServiceParts(eligibility: eligibility, priority: try rows(service.priority), tier: try rows(service.tiers))
  }

  private mutating func rows(_ list: DecisionList?) throws(Unsupported) -> DecisionPart? {
    guard let list else { return nil }
    guard list.rows.count <= ResultCode.maximumRows else { throw Unsupported() }
    var conditions: [Logic] = []
    for row in list.rows { conditions.append(try logic(row.condition)) }
    guard let part = DecisionPart(.rows, conditions: conditions) else { throw Unsupported() }
    return part
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
      guard expression.type == .bool, case .integer(let register) = try value(expression) else { throw Unsupported() }
      _ = slot
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

  private mutating func member(_ element: CheckedExpr, _ set: CheckedExpr) throws(Unsupported) -> Logic {
    guard !ProgramBuilder.dependsOnRecord(set, derived: derivedDepends) else { throw Unsupported() }
    let register = try integer(value(element))
    switch fold(set).value {
    case nil:
      return .constant(.unknown)
    case .enumSet(let mask)?:
      return atom(.inMask(register, mask))
    case .textList(let list)?:
      let ids = list.map { Int(texts.intern($0)) }
      var words = [UInt64](repeating: 0, count: (ids.max() ?? 0) / 64 + 1)
      for id in ids { words[id / 64] |= 1 << UInt64(id % 64) }
      return atom(.inTexts(register, words))
    default:
      throw Unsupported()
    }
  }
}

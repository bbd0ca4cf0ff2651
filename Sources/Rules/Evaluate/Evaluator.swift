/// The tree-walking evaluator: exact, three-valued, and able to explain every result.
///
/// It is the reference semantics; ``CompiledRuleset`` must agree with it on every record.
public struct Evaluator: Sendable {
  /// The program evaluated.
  public let ruleset: CheckedRuleset

  /// Creates an evaluator.
  public init(_ ruleset: CheckedRuleset) { self.ruleset = ruleset }

  /// Prepares a record: computes every derived fact once, in dependency order.
  ///
  /// - Parameters:
  ///   - facts: the applicant's facts.
  ///   - referenceDate: the evaluation date (as-of date, or the date the host names); `nil` if unknown.
  /// - Returns: the record every service is evaluated on.
  public func prepare(_ facts: Facts, referenceDate: CivilDate?) -> Record {
    var record = Record(facts: facts, referenceDate: referenceDate, derived: [])
    record.derived.reserveCapacity(ruleset.derived.count)
    var ignored: [ComparisonTrace]?
    for definition in ruleset.derived {
      record.derived.append(evaluate(definition.value, in: record, trace: &ignored))
    }
    return record
  }

  /// Evaluates an expression on a record.
  ///
  /// - Parameters:
  ///   - expression: a checked expression.
  ///   - record: the prepared record.
  ///   - trace: when non-`nil`, receives every comparison made, for explanations.
  /// - Returns: the value, or unknown with the reasons that matter (`false and unknown` is false, with none).
  public func evaluate(_ expression: CheckedExpr, in record: Record, trace: inout [ComparisonTrace]?) -> Evaluated {
    switch expression.kind {
    case .literal(let value):
      return Evaluated(value)
    case .field(let slot):
      return record.facts[slot].map(Evaluated.init) ?? Evaluated(unknown: [.fact(slot)])
    case .derived(let index):
      return record.derived[index]
    case .referenceDate:
      return record.referenceDate.map { Evaluated(.date($0)) } ?? Evaluated(unknown: [.referenceDate])
    case .undetermined(let reason):
      return Evaluated(unknown: [.stated(reason)])
    case .not(let inner):
      let value = evaluate(inner, in: record, trace: &trace)
      guard case .bool(let b)? = value.value else { return value }
      return Evaluated(.bool(!b))
    case .and(let parts), .or(let parts):
      let isAnd: Bool
      if case .and = expression.kind { isAnd = true } else { isAnd = false }
      var reasons: [UnknownReason] = []
      var decided = false
      for part in parts {
        let value = evaluate(part, in: record, trace: &trace)
        switch value.truth {
        case .yes where !isAnd, .no where isAnd: decided = true
        case .unknown: reasons.append(contentsOf: value.reasons)
        default: break
        }
      }
      if decided { return Evaluated(.bool(!isAnd)) }
      return reasons.isEmpty ? Evaluated(.bool(isAnd)) : Evaluated(unknown: Evaluator.unique(reasons))
    case .compare(let op, let left, let right):
      let l = evaluate(left, in: record, trace: &trace)
      let r = evaluate(right, in: record, trace: &trace)
      var result: Evaluated
      if let lv = l.value, let rv = r.value {
        result = Evaluated(.bool(Evaluator.compare(op, lv, rv)))
      } else {
        result = Evaluated(unknown: Evaluator.unique(l.reasons + r.reasons))
      }
      if trace != nil {
        trace?.append(ComparisonTrace(op: op, left: left, right: right, leftValue: l.value, rightValue: r.value, truth: result.truth))
      }
      return result
    case .member(let element, let set, let negated):
      let e = evaluate(element, in: record, trace: &trace)
      let s = evaluate(set, in: record, trace: &trace)
      guard let ev = e.value, let sv = s.value else { return Evaluated(unknown: Evaluator.unique(e.reasons + s.reasons)) }
      let contained: Bool
      switch (ev, sv) {
      case (.enumCase(let index), .enumSet(let mask)): contained = index < 64 && mask & (1 << UInt64(index)) != 0
      case (.text(let text), .textList(let list)): contained = list.contains(text)
      default: contained = false
      }
      return Evaluated(.bool(contained != negated))
    case .arithmetic(let op, let left, let right):
      let l = evaluate(left, in: record, trace: &trace)
      let r = evaluate(right, in: record, trace: &trace)
      guard let lv = l.value, let rv = r.value else { return Evaluated(unknown: Evaluator.unique(l.reasons + r.reasons)) }
      return Arithmetic.apply(op, lv, rv).map(Evaluated.init) ?? Evaluated(unknown: [.arithmetic])
    case .negate(let inner):
      let value = evaluate(inner, in: record, trace: &trace)
      guard let v = value.value else { return value }
      return Arithmetic.negate(v).map(Evaluated.init) ?? Evaluated(unknown: [.arithmetic])
    case .lookup(let table, let key):
      let k = evaluate(key, in: record, trace: &trace)
      guard let kv = k.value else { return k }
      guard let date = record.referenceDate else { return Evaluated(unknown: [.referenceDate]) }
      guard let version = ruleset.tables[table].version(on: date) else {
        return Evaluated(unknown: [.noTableVersion(table: table, date: date)])
      }
      let keyNumber: Int64
      switch kv {
      case .count(let n): keyNumber = n
      case .enumCase(let i): keyNumber = Int64(i)
      default: return Evaluated(unknown: [.arithmetic])
      }
      return ParameterTable.value(in: version, key: keyNumber).map(Evaluated.init)
        ?? Evaluated(unknown: [.noTableRow(table: table, key: keyNumber)])
    case .call(let builtin, let arguments):
      let values = arguments.map { evaluate($0, in: record, trace: &trace) }
      let known = values.compactMap(\.value)
      guard known.count == values.count else { return Evaluated(unknown: Evaluator.unique(values.flatMap(\.reasons))) }
      return Arithmetic.call(builtin, known).map(Evaluated.init) ?? Evaluated(unknown: [.arithmetic])
    }
  }

  /// Compares two known values exactly (numbers by cross-multiplication).
  static func compare(_ op: ComparisonOperator, _ l: Value, _ r: Value) -> Bool {
    let order: Int
    switch (l, r) {
    case (.date(let a), .date(let b)): order = a < b ? -1 : (a == b ? 0 : 1)
    case (.bool(let a), .bool(let b)): order = a == b ? 0 : 1
    case (.text(let a), .text(let b)): order = a == b ? 0 : 1
    case (.enumCase(let a), .enumCase(let b)): order = a == b ? 0 : 1
    case (.duration(let a), .duration(let b)):
      let x = a.unit == .days ? a.amount : (a.months ?? 0) * 31
      let y = b.unit == .days ? b.amount : (b.months ?? 0) * 31
      order = x < y ? -1 : (x == y ? 0 : 1)
    default:
      guard let a = l.rational, let b = r.rational else { return false }
      order = a.compare(b)
    }
    switch op {
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    }
  }

  /// Reasons without repeats, in first-seen order.
  static func unique(_ reasons: [UnknownReason]) -> [UnknownReason] {
    var seen: Set<UnknownReason> = []
    return reasons.filter { seen.insert($0).inserted }
  }
}

/// Lowers checked expressions to vector steps over registers, atoms and logic, sharing every computation between
/// its uses (fields load once, `income_pct` divides once, equal comparisons are one atom).
///
/// Constant subexpressions are folded with the reference ``Evaluator``, so that they mean exactly what it says.
/// Constructs without a compiled form throw ``Unsupported``; the caller then leaves that service to the reference
/// evaluator.
struct ProgramBuilder {
  /// A construct the compiled form does not handle.
  struct Unsupported: Error {}

  /// A lowered value.
  enum Lowered {
    /// An integer register (count, money, day number, case index, text id).
    case integer(Int)
    /// A rational in two registers.
    case ratio(RatioRegister)
    /// A constant duration (only dates are moved by durations).
    case duration(CalendarDuration)
  }

  /// A register holding the same value for every record.
  struct Constant: Sendable {
    /// The register.
    var register: Int
    /// Its value.
    var value: Int64
    /// Whether it is known (an unknown constant comes from `undetermined` or overflow in literals).
    var known: Bool
  }

  let ruleset: CheckedRuleset
  let layout: ColumnLayout
  let evaluator: Evaluator
  let emptyRecord: Record
  let derivedDepends: [Bool]
  var texts = TextTable(literals: [])
  var tables: [CompiledTable?]
  var compiledTables: Set<Int> = []
  var steps: [VectorStep] = []
  var memo: [VectorStep.Operation: VectorStep] = [:]
  var registerCount = 0
  var constants: [Constant] = []
  var constantIndex: [Int64: Int] = [:]
  var unknownRegister: Int?
  var atoms: [AtomTest] = []
  var atomIndex: [AtomTest: Int] = [:]
  var parts: [DecisionPart] = []
  var pseudoAtoms: [Logic: Int] = [:]

  /// Starts a program for a ruleset.
  init(_ ruleset: CheckedRuleset) {
    self.ruleset = ruleset
    layout = ColumnLayout(ruleset.schema)
    evaluator = Evaluator(ruleset)
    emptyRecord = evaluator.prepare(Facts(count: ruleset.schema.fields.count), referenceDate: nil)
    tables = Array(repeating: nil, count: ruleset.tables.count)
    var depends: [Bool] = []
    for definition in ruleset.derived {
      depends.append(ProgramBuilder.dependsOnRecord(definition.value, derived: depends))
    }
    derivedDepends = depends
  }

  /// Whether an expression reads the record (facts, reference date, tables); derived facts are known to be
  /// earlier in `derived`.
  static func dependsOnRecord(_ expression: CheckedExpr, derived: [Bool]) -> Bool {
    var depends = false
    expression.forEach { part in
      switch part.kind {
      case .field, .referenceDate, .lookup: depends = true
      case .derived(let index): if index >= derived.count || derived[index] { depends = true }
      default: break
      }
    }
    return depends
  }

  /// The value of a constant expression, by the reference evaluator.
  func fold(_ expression: CheckedExpr) -> Evaluated {
    var ignored: [ComparisonTrace]?
    return evaluator.evaluate(expression, in: emptyRecord, trace: &ignored)
  }

  // MARK: Registers

  mutating func newRegister() -> Int {
    registerCount += 1
    return registerCount - 1
  }

  /// The register holding a known constant.
  mutating func constant(_ value: Int64) -> Int {
    if let register = constantIndex[value] { return register }
    let register = newRegister()
    constants.append(Constant(register: register, value: value, known: true))
    constantIndex[value] = register
    return register
  }

  /// The register holding an unknown constant.
  mutating func unknownConstant() -> Int {
    if let register = unknownRegister { return register }
    let register = newRegister()
    constants.append(Constant(register: register, value: 0, known: false))
    unknownRegister = register
    return register
  }

  /// Emits a step (or reuses an equal one) and returns its result registers.
  mutating func emit(_ operation: VectorStep.Operation, rational: Bool = false) -> (Int, Int) {
    if let step = memo[operation] { return (step.result, step.result2) }
    let result = newRegister()
    let result2 = rational ? newRegister() : -1
    let step = VectorStep(operation: operation, result: result, result2: result2)
    steps.append(step)
    memo[operation] = step
    return (result, result2)
  }

  /// Emits a step with a rational result.
  mutating func emitRatio(_ operation: VectorStep.Operation) -> Lowered {
    let (n, d) = emit(operation, rational: true)
    return .ratio(RatioRegister(numerator: n, denominator: d))
  }

  /// The atom for a test, shared between uses.
  mutating func atom(_ test: AtomTest) -> Logic {
    if let index = atomIndex[test] { return .atom(index) }
    atoms.append(test)
    atomIndex[test] = atoms.count - 1
    return .atom(atoms.count - 1)
  }

  // MARK: Values

  /// A constant value (from a literal or folding) in registers.
  mutating func constant(_ value: Value?, type: ValueType) throws(Unsupported) -> Lowered {
    guard let value else {
      switch type {
      case .ratio, .exactMoney: return .ratio(RatioRegister(numerator: unknownConstant(), denominator: constant(1)))
      case .count, .money, .date, .text, .enumeration: return .integer(unknownConstant())
      default: throw Unsupported()
      }
    }
    switch value {
    case .count(let v), .money(let v): return .integer(constant(v))
    case .date(let d): return .integer(constant(Int64(d.dayNumber)))
    case .enumCase(let i): return .integer(constant(Int64(i)))
    case .text(let s): return .integer(constant(Int64(texts.intern(s))))
    case .ratio(let r): return .ratio(RatioRegister(numerator: constant(r.numerator), denominator: constant(r.denominator)))
    case .duration(let d): return .duration(d)
    default: throw Unsupported()
    }
  }

  /// Lowers a value expression.
  mutating func value(_ expression: CheckedExpr) throws(Unsupported) -> Lowered {
    if !ProgramBuilder.dependsOnRecord(expression, derived: derivedDepends) {
      return try constant(fold(expression).value, type: expression.type)
    }
    switch expression.kind {
    case .field(let slot): return try load(slot)
    case .derived(let index): return try value(ruleset.derived[index].value)
    case .referenceDate: return .integer(emit(.loadReferenceDay).0)
    case .arithmetic(let op, let left, let right): return try arithmetic(op, left, right, type: expression.type)
    case .negate(let inner):
      switch try value(inner) {
      case .integer(let a): return .integer(emit(.negate(a)).0)
      case .ratio(let a): return emitRatio(.negateRatio(a))
      case .duration: throw Unsupported()
      }
    case .lookup(let table, let key):
      guard let compiled = compiledTable(table) else { throw Unsupported() }
      let k = try integer(value(key))
      let day = emit(.loadReferenceDay).0
      if compiled.isRatio { return emitRatio(.lookup(table: table, key: k, day: day)) }
      return .integer(emit(.lookup(table: table, key: k, day: day)).0)
    case .call(let builtin, let arguments):
      return try call(builtin, arguments)
    default:
      throw Unsupported()
    }
  }

  /// The register of an integer value.
  mutating func integer(_ lowered: Lowered) throws(Unsupported) -> Int {
    guard case .integer(let register) = lowered else { throw Unsupported() }
    return register
  }

  /// A value as a rational (integers over the constant 1).
  mutating func ratio(_ lowered: Lowered) throws(Unsupported) -> RatioRegister {
    switch lowered {
    case .integer(let register): return RatioRegister(numerator: register, denominator: constant(1))
    case .ratio(let r): return r
    case .duration: throw Unsupported()
    }
  }

  private mutating func compiledTable(_ index: Int) -> CompiledTable? {
    if !compiledTables.contains(index) {
      compiledTables.insert(index)
      tables[index] = CompiledTable(ruleset.tables[index], texts: &texts)
    }
    return tables[index]
  }

  private mutating func load(_ slot: Int) throws(Unsupported) -> Lowered {
    switch layout.fields[slot] {
    case .int64(let c): return .integer(emit(.loadInt64(column: c)).0)
    case .ratio(let n, let d): return emitRatio(.loadRatio(numerator: n, denominator: d))
    case .day(let c): return .integer(emit(.loadDay(column: c)).0)
    case .byte(let c): return .integer(emit(.loadByte(column: c)).0)
    case .text(let c): return .integer(emit(.loadText(column: c)).0)
    case .value: throw Unsupported()
    }
  }

  private mutating func arithmetic(
    _ op: BinaryOperator, _ left: CheckedExpr, _ right: CheckedExpr, type: ValueType
  ) throws(Unsupported) -> Lowered {
    let a = try value(left)
    let b = try value(right)
    switch (op, a, b) {
    case (.add, .integer(let date), .duration(let span)), (.subtract, .integer(let date), .duration(let span)):
      let (amount, overflow) = op == .add ? (span.amount, false) : Int64(0).subtractingReportingOverflow(span.amount)
      guard !overflow else { throw Unsupported() }
      switch span.unit {
      case .days: return .integer(emit(.addDays(date, amount)).0)
      case .months: return .integer(emit(.addMonths(date, amount)).0)
      case .years:
        let (months, overflow) = amount.multipliedReportingOverflow(by: 12)
        guard !overflow else { throw Unsupported() }
        return .integer(emit(.addMonths(date, months)).0)
      }
    case (.add, .integer(let x), .integer(let y)): return .integer(emit(.integer(.add, x, y)).0)
    case (.subtract, .integer(let x), .integer(let y)): return .integer(emit(.integer(.subtract, x, y)).0)
    case (.multiply, .integer(let x), .integer(let y)): return .integer(emit(.integer(.multiply, x, y)).0)
    case (.divide, .integer(let x), .integer(let y)): return emitRatio(.divide(x, y))
    case (.add, _, _): return try emitRatio(.ratio(.add, ratio(a), ratio(b)))
    case (.subtract, _, _): return try emitRatio(.ratio(.subtract, ratio(a), ratio(b)))
    case (.multiply, _, _): return try emitRatio(.ratio(.multiply, ratio(a), ratio(b)))
    case (.divide, _, _): return try emitRatio(.ratio(.divide, ratio(a), ratio(b)))
    default: throw Unsupported()
    }
  }

  private mutating func call(_ builtin: Builtin, _ arguments: [CheckedExpr]) throws(Unsupported) -> Lowered {
    let values = try arguments.map { (argument) throws(Unsupported) in try value(argument) }
    switch (builtin, values.first, values.dropFirst().first) {
    case (.years, .integer(let a)?, .integer(let b)?), (.months, .integer(let a)?, .integer(let b)?),
      (.days, .integer(let a)?, .integer(let b)?):
      return .integer(emit(.span(builtin, a, b)).0)
    case (.roundDown, .integer(let a)?, _), (.roundUp, .integer(let a)?, _), (.round, .integer(let a)?, _):
      return .integer(a)
    case (.roundDown, .ratio(let a)?, _), (.roundUp, .ratio(let a)?, _), (.round, .ratio(let a)?, _):
      return .integer(emit(.round(builtin, a)).0)
    case (.min, .integer(let a)?, .integer(let b)?): return .integer(emit(.integer(.min, a, b)).0)
    case (.max, .integer(let a)?, .integer(let b)?): return .integer(emit(.integer(.max, a, b)).0)
    case (.min, let a?, let b?): return try emitRatio(.ratio(.min, ratio(a), ratio(b)))
    case (.max, let a?, let b?): return try emitRatio(.ratio(.max, ratio(a), ratio(b)))
    default: throw Unsupported()
    }
  }
}

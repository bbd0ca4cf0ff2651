/// A checked ruleset compiled for batch screening: typed columns in, one ``ResultCode`` per record and service
/// out, with no string or dictionary lookups and no boxed values on the hot path.
///
/// Evaluation runs block-at-a-time over a ``RecordBatch``: a vectorised program computes fields and derived
/// facts into registers once per record (`income_pct` as numerator and denominator, `age` from day numbers),
/// then every distinct comparison the services use (an *atom*, deduplicated across services; bool, enumeration
/// and text tests read their columns directly) into a truth per record: no, yes or unknown. Each service
/// decision (eligibility with the effective period, priority row, tier row) is then one load from a table built
/// at compile time by evaluating its three-valued logic for every combination, indexed in base 3 so that
/// missing facts need no other path; conditions over more than 8 atoms are split into sub-conditions whose
/// truths become pseudo-atoms. Services using constructs without a compiled form (a `duration` field), and the
/// rare record whose exact rationals do not fit 64 bits, go to the reference ``Evaluator``, so results always
/// agree with it.
///
/// The eligibility table's entries also say which top-level criteria are false and whether the service is out
/// of its effective period (a ``FailureMask`` per record and service, for reason codes), and derived facts named
/// at compile time (ranking keys such as `income_pct`) can be written out exactly, both at no extra table loads.
///
/// The value is immutable and `Sendable`: threads share one and split a batch into ranges, each with its own
/// ``BatchWorkspace`` and output buffer.
///
/// ```swift
/// let compiled = CompiledRuleset(ruleset, services: [saha])
/// var batch = RecordBatch(for: compiled)
/// try batch.append(facts, referenceDate: date)
/// var codes = [UInt32](repeating: 0, count: batch.count * compiled.serviceCount)
/// compiled.evaluate(batch, records: 0..<batch.count, workspace: compiled.makeWorkspace(), into: &codes)
/// let result = compiled.decode(ResultCode(rawValue: codes[0]), service: 0)
/// ```
public struct CompiledRuleset: Sendable {
  /// How one service is evaluated.
  enum Plan: Sendable, Hashable {
    /// By its decision parts (indices into ``parts``; `nil` when it has no such list); `failures` when the
    /// eligibility part's results carry a ``FailureMask``.
    case parts(eligibility: Int, priority: Int?, tier: Int?, failures: Bool)
    /// By the reference evaluator (a construct without a compiled form).
    case reference
  }

  /// Records per block.
  public static let blockSize = 512

  /// The checked program.
  public let ruleset: CheckedRuleset
  /// The compiled services' indices in ``ruleset``, in output order.
  public let serviceIndices: [Int]
  /// Where each field lives in a ``RecordBatch``.
  public let layout: ColumnLayout
  /// The rules' text literals; a batch's text table starts with them.
  public let literalTexts: [String]
  /// The derived facts whose values ``evaluate(_:records:workspace:into:failures:exports:)`` writes out, in
  /// export order.
  public let exportedDerived: [Int]
  let evaluator: Evaluator
  let identity: UInt64
  let steps: [VectorStep]
  let registerCount: Int
  let constants: [ProgramBuilder.Constant]
  let tables: [CompiledTable?]
  let atoms: [AtomTest]
  let parts: [DecisionPart]
  let plans: [Plan]
  /// Per exported derived fact, how to read it from the registers (`nil`: no compiled form).
  let exports: [DerivedExport?]

  /// Compiles services of a checked ruleset.
  ///
  /// - Parameters:
  ///   - ruleset: the checked program.
  ///   - services: the indices of the services to compile, in output order; all when `nil`.
  ///   - derived: derived facts (indices into `ruleset.derived`) whose values evaluation should also write out,
  ///     e.g. ranking keys (see ``exportedDerived``).
  /// - Complexity: O(size of the rules + 3⁸ or 2¹⁵ table entries per decision part), once.
  public init(_ ruleset: CheckedRuleset, services: [Int]? = nil, exporting derived: [Int] = []) {
    let indices = services ?? Array(ruleset.services.indices)
    precondition(indices.allSatisfy(ruleset.services.indices.contains), "service index out of range")
    precondition(derived.allSatisfy(ruleset.derived.indices.contains), "derived index out of range")
    var builder = ProgramBuilder(ruleset)
    var plans: [Plan] = []
    for index in indices {
      let saved = builder
      do {
        plans.append(try builder.service(ruleset.services[index]))
      } catch {
        builder = saved
        plans.append(.reference)
      }
    }
    var exports: [DerivedExport?] = []
    for index in derived {
      let saved = builder
      exports.append(builder.export(index))
      if exports.last == nil { builder = saved }
    }
    self.exports = exports
    exportedDerived = derived
    self.ruleset = ruleset
    serviceIndices = indices
    layout = builder.layout
    literalTexts = builder.texts.strings
    evaluator = builder.evaluator
    identity = UInt64.random(in: .min ... .max)
    steps = builder.steps
    registerCount = builder.registerCount
    constants = builder.constants
    tables = builder.tables
    atoms = builder.atoms
    parts = builder.parts
    self.plans = plans
  }

  /// How many services each record is screened for (the output stride).
  public var serviceCount: Int { serviceIndices.count }

  /// The ruleset indices of the compiled services that run on the reference evaluator, because they use a
  /// construct without a compiled form (e.g. a `duration` field).
  public var referenceServices: [Int] {
    zip(serviceIndices, plans).compactMap { $1 == .reference ? $0 : nil }
  }

  /// How many distinct atoms the compiled services test per record (comparisons, memberships, and the truths
  /// of sub-conditions split off to keep tables small).
  public var atomCount: Int { atoms.count }

  /// How many decision tables a record goes through.
  public var partCount: Int { parts.count }

  /// The top-level criteria of a service's eligibility, whose failures a ``FailureMask`` reports: the root
  /// group's children, or the root itself when it is a leaf or an empty group.
  ///
  /// - Parameter position: the service's position in ``serviceIndices``.
  public func topLevelCriteria(service position: Int) -> [CheckedCriterion] {
    CompiledRuleset.topLevelCriteria(ruleset.services[serviceIndices[position]].eligibility)
  }

  /// The root group's children, or the root itself (as the reference explanation lists failures).
  static func topLevelCriteria(_ root: CheckedCriterion) -> [CheckedCriterion] {
    switch root.kind {
    case .all(let children), .any(let children): return children.isEmpty ? [root] : children
    case .test: return [root]
    }
  }

  /// Whether an exported derived fact has a compiled form; when not, its exported values are always unknown
  /// and callers read it from the reference evaluator.
  ///
  /// - Parameter export: the position in ``exportedDerived``.
  public func isExported(_ export: Int) -> Bool { exports[export] != nil }

  /// The value of an exported derived fact from the two words evaluation wrote for it.
  ///
  /// - Parameters:
  ///   - export: the position in ``exportedDerived``.
  ///   - numerator: the first word.
  ///   - denominator: the second word (0 when the value is unknown; 1 for a whole number, date or case).
  /// - Returns: the value as the reference evaluator gives it (a ratio need not be reduced), or `nil`.
  public func exportedValue(_ export: Int, numerator: Int64, denominator: Int64) -> Value? {
    guard denominator != 0, let form = exports[export] else { return nil }
    return form.value(numerator: numerator, denominator: denominator)
  }

  /// Scratch memory for one worker.
  public func makeWorkspace() -> BatchWorkspace {
    BatchWorkspace(
      identity: identity, registerCount: registerCount, constants: constants, atomCount: atoms.count,
      partCount: parts.count, blockSize: CompiledRuleset.blockSize)
  }

  /// The decision, row numbers and amounts a code stands for.
  public struct DecodedResult: Sendable, Hashable {
    /// The decision.
    public var decision: Decision
    /// The matched priority row's number.
    public var priorityNumber: Int?
    /// The matched tier row's number.
    public var tierNumber: Int?
    /// The matched tier's subsidy.
    public var subsidy: Amount?
    /// The matched tier's co-payment.
    public var copay: Amount?
  }

  /// Decodes a result with the service's rows, as ``Outcome`` reports them.
  ///
  /// - Parameters:
  ///   - code: a code written by `evaluate(_:records:workspace:into:)`.
  ///   - position: the service's position in ``serviceIndices``.
  public func decode(_ code: ResultCode, service position: Int) -> DecodedResult {
    let service = ruleset.services[serviceIndices[position]]
    var result = DecodedResult(decision: code.decision)
    if case .row(let i) = code.priority, let rows = service.priority?.rows, i < rows.count {
      result.priorityNumber = rows[i].number
    }
    if case .row(let i) = code.tier, let rows = service.tiers?.rows, i < rows.count {
      result.tierNumber = rows[i].number
      result.subsidy = rows[i].subsidy
      result.copay = rows[i].copay
    }
    return result
  }
}

extension CompiledRuleset.DecodedResult {
  init(decision: Decision) {
    self.init(decision: decision, priorityNumber: nil, tierNumber: nil, subsidy: nil, copay: nil)
  }
}

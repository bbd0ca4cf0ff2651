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
    /// By its decision parts (indices into ``parts``; `nil` when it has no such list).
    case parts(eligibility: Int, priority: Int?, tier: Int?)
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
  let evaluator: Evaluator
  let identity: UInt64
  let steps: [VectorStep]
  let registerCount: Int
  let constants: [ProgramBuilder.Constant]
  let tables: [CompiledTable?]
  let atoms: [AtomTest]
  let parts: [DecisionPart]
  let plans: [Plan]

  /// Compiles services of a checked ruleset.
  ///
  /// - Parameters:
  ///   - ruleset: the checked program.
  ///   - services: the indices of the services to compile, in output order; all when `nil`.
  /// - Complexity: O(size of the rules + 3⁸ or 2¹⁵ table entries per decision part), once.
  public init(_ ruleset: CheckedRuleset, services: [Int]? = nil) {
    let indices = services ?? Array(ruleset.services.indices)
    precondition(indices.allSatisfy(ruleset.services.indices.contains), "service index out of range")
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

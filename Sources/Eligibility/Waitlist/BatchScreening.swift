import Dispatch
import Rules

/// Screens many applicants against a ruleset's services: the engine behind `screen batch` and `screen waitlist`.
///
/// Records are evaluated in blocks; each block is split between the machine's cores, and every worker owns its
/// output, merged in input order. The evaluator is immutable and shared.
///
/// The default engine is the ``CompiledRuleset``: each worker writes its records into a ``RecordBatch``, screens
/// them with its own ``BatchWorkspace`` and decodes the codes, the failed criteria and the ranking values into
/// ``BatchResult``s; the rare rows whose reasons need an explanation (undetermined decisions, priority or tier
/// rows left open) go to the reference ``Evaluator``. The results are identical to the reference engine's.
public struct BatchScreening: Sendable {
  /// How records are evaluated.
  public enum Engine: Sendable, Hashable {
    /// The compiled form (fast), falling back to the reference evaluator where an explanation is needed.
    case compiled
    /// The tree-walking reference evaluator for every record and service.
    case reference
  }

  /// The loaded ruleset.
  public let context: ScreeningContext
  /// The services screened, by index, in ruleset order.
  public let services: [Int]
  /// The reference date for every applicant; `nil` to use each applicant's application date.
  public let asOf: CivilDate?
  /// How many workers share a block.
  public let workers: Int
  /// The engine.
  public let engine: Engine
  /// The compiled form of the selected services (with the engine ``Engine/compiled``).
  let compiled: CompiledScreening?

  /// Creates a batch screening.
  ///
  /// - Parameters:
  ///   - context: the loaded ruleset.
  ///   - services: service ids to screen; empty for all.
  ///   - asOf: the reference date for everyone, or `nil` for each application date.
  ///   - workers: parallel workers (default: the active processors).
  ///   - engine: the compiled form (default) or the reference evaluator; both give the same results.
  /// - Throws: ``ScreeningError/unknownService(_:suggestion:)`` for an id the ruleset lacks.
  public init(
    context: ScreeningContext, services ids: [String] = [], asOf: CivilDate? = nil, workers: Int? = nil,
    engine: Engine = .compiled
  ) throws(ScreeningError) {
    self.context = context
    var indices: [Int] = []
    for id in ids {
      guard let index = context.ruleset.serviceIndex(id) else {
        throw ScreeningError.unknownService(id, suggestion: Suggestion.closest(to: id, among: context.ruleset.services.map(\.id)))
      }
      indices.append(index)
    }
    self.services = ids.isEmpty ? Array(context.ruleset.services.indices) : indices
    self.asOf = asOf
    self.workers = max(1, workers ?? ProcessInfoCores.active)
    self.engine = engine
    compiled = engine == .compiled ? CompiledScreening(context.ruleset, services: self.services) : nil
  }

  /// Screens a block of records for every selected service, in parallel, results in input order
  /// (record-major, then service order).
  ///
  /// - Parameter records: accepted input rows.
  /// - Returns: one result per record and service, ranks not yet assigned.
  public func screen(_ records: [ApplicantTableRecord]) -> [BatchResult] {
    let chunks = min(workers, max(1, records.count / 256))
    if chunks <= 1 { return screen(records[...]) }
    let size = (records.count + chunks - 1) / chunks
    let partial = PartialResults(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let start = chunk * size
      let end = min(records.count, start + size)
      partial.store(chunk, start < end ? screen(records[start..<end]) : [])
    }
    return partial.merged()
  }

  /// Screens records on the calling thread, with the chosen engine.
  func screen(_ records: ArraySlice<ApplicantTableRecord>) -> [BatchResult] {
    if let compiled { return screenCompiled(records, compiled) }
    return screenReference(records)
  }

  /// Screens records with the reference evaluator on the calling thread.
  func screenReference(_ records: ArraySlice<ApplicantTableRecord>) -> [BatchResult] {
    let ruleset = context.ruleset
    let evaluator = context.evaluator
    let idSlot = ruleset.schema.slot(named: "id")
    var results: [BatchResult] = []
    results.reserveCapacity(records.count * services.count)
    for record in records {
      let reference = ReferenceDate.resolve(asOf: asOf, facts: record.facts, schema: ruleset.schema).date
      let prepared = evaluator.prepare(record.facts, referenceDate: reference)
      var id = ""
      if let idSlot, case .text(let text)? = record.facts[idSlot] { id = text }
      for service in services {
        let outcome = evaluator.evaluate(service: service, on: prepared)
        results.append(result(of: outcome, record: record, id: id, prepared: prepared))
      }
    }
    return results
  }

  /// The result of a reference outcome.
  func result(of outcome: Outcome, record: ApplicantTableRecord, id: String, prepared: Record) -> BatchResult {
    let service = context.ruleset.services[outcome.service]
    var rankValues: [Value?] = []
    if outcome.decision == .eligible {
      for key in service.rankKeys {
        switch key.source {
        case .priority: continue
        case .field(let slot): rankValues.append(record.facts[slot])
        case .derived(let index): rankValues.append(prepared.derived[index].value)
        }
      }
    }
    return BatchResult(
      line: record.line, id: id, service: outcome.service, decision: outcome.decision,
      priorityNumber: outcome.priorityNumber, priorityPosition: outcome.priority?.matched, tierNumber: outcome.tierNumber,
      subsidy: outcome.subsidy, copay: outcome.copay, reasons: ReasonCodes.codes(for: outcome, in: context.ruleset),
      rankValues: rankValues)
  }
}

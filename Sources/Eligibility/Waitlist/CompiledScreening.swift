import Rules

/// The compiled form of a batch's services, with what decoding its results needs per service: the short reason
/// codes of the top-level criteria and where each ranking value comes from. Immutable; workers share one.
struct CompiledScreening: Sendable {
  /// Where one ranking value of an eligible result is read.
  enum RankSource: Sendable, Hashable {
    /// An input fact, from the batch's column.
    case field(Int)
    /// A derived fact exported by the compiled form, by export position.
    case export(Int)
    /// A derived fact without a compiled form: the reference evaluator gives it.
    case reference
  }

  /// Per service (in the batch's service order).
  struct Service: Sendable {
    /// The ruleset's index of the service.
    var index: Int
    /// The short code of each top-level criterion (``ReasonCodes/short(_:)`` of its label).
    var criteria: [String]
    /// The non-priority ranking keys, in declared order.
    var rank: [RankSource]
  }

  /// The compiled services and the derived ranking keys they export.
  let ruleset: CompiledRuleset
  /// Per service position.
  let services: [Service]
  /// The slot of the `id` field.
  let idSlot: Int?
  /// The fields a batch decodes into its columns: those the services' decisions and ranking keys read, except
  /// the `id` when only the waitlist order reads it (a columnar batch keeps each row's id as bytes instead).
  let decodedFields: Set<Int>
  /// The slot of the application date (as ``ReferenceDate/resolve(asOf:facts:schema:)`` finds it).
  let applicationDateSlot: Int?

  /// Compiles services for batch screening.
  ///
  /// - Parameters:
  ///   - checked: the ruleset.
  ///   - indices: the services, in output order.
  init(_ checked: CheckedRuleset, services indices: [Int]) {
    var derived: [Int] = []
    for index in indices {
      for key in checked.services[index].rankKeys {
        if case .derived(let d) = key.source, !derived.contains(d) { derived.append(d) }
      }
    }
    let compiled = CompiledRuleset(checked, services: indices, exporting: derived)
    var services: [Service] = []
    for (position, index) in indices.enumerated() {
      let criteria = compiled.topLevelCriteria(service: position).map { ReasonCodes.short($0.label ?? "eligible") }
      var rank: [RankSource] = []
      for key in checked.services[index].rankKeys {
        switch key.source {
        case .priority: continue
        case .field(let slot): rank.append(.field(slot))
        case .derived(let d):
          let export = derived.firstIndex(of: d)
          rank.append(export.map { compiled.isExported($0) ? .export($0) : .reference } ?? .reference)
        }
      }
      services.append(Service(index: index, criteria: criteria, rank: rank))
    }
    ruleset = compiled
    self.services = services
    idSlot = checked.schema.slot(named: "id")
    var decoded = checked.fieldsRead(byServices: indices)
    if let idSlot, !checked.fieldsRead(byServices: indices, rankKeys: false).contains(idSlot) { decoded.remove(idSlot) }
    decodedFields = decoded
    applicationDateSlot = checked.schema.fields.firstIndex { $0.name == ReferenceDate.applicationDateField }
  }

  /// The reference date of an applicant, as ``ReferenceDate/resolve(asOf:facts:schema:)`` chooses it.
  func referenceDate(asOf: CivilDate?, facts: Facts) -> CivilDate? {
    if let asOf { return asOf }
    if let slot = applicationDateSlot, case .date(let date)? = facts[slot] { return date }
    return nil
  }
}

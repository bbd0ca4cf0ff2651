import Rules

extension BatchScreening {
  /// Screens records with the compiled form on the calling thread: one ``RecordBatch`` and one
  /// ``BatchWorkspace`` for the slice, then decoding; the results equal ``screenReference(_:)``'s.
  ///
  /// A row goes to the reference evaluator when its facts do not fit the batch, when it is undetermined (its
  /// `ask:` reasons need the explanation), when an eligible row's priority or tier list stopped at an unknown row,
  /// when an ineligible row's failures were not computed, or when a ranking value has no compiled form.
  func screenCompiled(_ records: ArraySlice<ApplicantTableRecord>, _ plan: CompiledScreening) -> [BatchResult] {
    let compiled = plan.ruleset
    let serviceCount = compiled.serviceCount
    let exportCount = compiled.exportedDerived.count
    var batch = RecordBatch(for: compiled)
    batch.reserveCapacity(records.count)
    var dates: [CivilDate?] = []
    dates.reserveCapacity(records.count)
    var fits = [Bool](repeating: true, count: records.count)
    for (row, record) in records.enumerated() {
      let date = plan.referenceDate(asOf: asOf, facts: record.facts)
      dates.append(date)
      do {
        try batch.append(record.facts, referenceDate: date)
      } catch {
        batch.appendMissing(1)
        fits[row] = false
      }
    }
    var codes = [UInt32](repeating: 0, count: records.count * serviceCount)
    var failures = [UInt16](repeating: 0, count: records.count * serviceCount)
    var exports = [Int64](repeating: 0, count: records.count * exportCount * 2)
    let workspace = compiled.makeWorkspace()
    codes.withUnsafeMutableBufferPointer { codes in
      failures.withUnsafeMutableBufferPointer { failures in
        exports.withUnsafeMutableBufferPointer { exports in
          compiled.evaluate(
            batch, records: 0..<batch.count, workspace: workspace, into: codes, failures: failures, exports: exports)
        }
      }
    }

    let evaluator = context.evaluator
    var results: [BatchResult] = []
    results.reserveCapacity(records.count * serviceCount)
    for (row, record) in records.enumerated() {
      var id = ""
      if let slot = plan.idSlot, case .text(let text)? = record.facts[slot] { id = text }
      var prepared: Record?
      /// The reference result; the record is prepared once for all its services.
      func reference(_ service: Int) -> BatchResult {
        let ready = prepared ?? evaluator.prepare(record.facts, referenceDate: dates[row])
        prepared = ready
        return result(of: evaluator.evaluate(service: service, on: ready), record: record, id: id, prepared: ready)
      }
      for (position, service) in plan.services.enumerated() {
        let at = row * serviceCount + position
        let code = ResultCode(rawValue: codes[at])
        var result = BatchResult(line: record.line, id: id, service: service.index, decision: code.decision)
        switch code.decision {
        case .ineligible where fits[row]:
          let mask = FailureMask(rawValue: failures[at])
          guard mask.isAvailable else { break }
          result.reasons = BatchScreening.reasons(mask, criteria: service.criteria)
          results.append(result)
          continue
        case .eligible where fits[row] && code.priority != .undetermined && code.tier != .undetermined:
          let words = exports[(row * exportCount * 2)..<((row + 1) * exportCount * 2)]
          guard decodeEligible(&result, code: code, position: position, row: row, batch: batch, exports: words, plan: plan)
          else { break }
          results.append(result)
          continue
        default:
          break
        }
        results.append(reference(service.index))
      }
    }
    return results
  }

  /// Fills an eligible result from its code, the batch and the exported values.
  ///
  /// - Returns: `false` when a ranking value needs the reference evaluator.
  func decodeEligible(
    _ result: inout BatchResult, code: ResultCode, position: Int, row: Int, batch: RecordBatch,
    exports: ArraySlice<Int64>, plan: CompiledScreening
  ) -> Bool {
    let sources = plan.services[position].rank
    if !sources.isEmpty {
      result.rankValues.reserveCapacity(sources.count)
      let base = exports.startIndex
      for source in sources {
        switch source {
        case .field(let slot) where slot == plan.idSlot && !plan.decodedFields.contains(slot):
          result.rankValues.append(result.id.isEmpty ? nil : .text(result.id))
        case .field(let slot): result.rankValues.append(batch.value(at: row, slot: slot))
        case .export(let x):
          result.rankValues.append(
            plan.ruleset.exportedValue(x, numerator: exports[base + 2 * x], denominator: exports[base + 2 * x + 1]))
        case .reference: return false
        }
      }
    }
    let decoded = plan.ruleset.decode(code, service: position)
    result.priorityNumber = decoded.priorityNumber
    if case .row(let i) = code.priority { result.priorityPosition = i }
    result.tierNumber = decoded.tierNumber
    result.subsidy = decoded.subsidy
    result.copay = decoded.copay
    if case .undetermined? = decoded.subsidy {
      result.reasons = ["amount-undetermined"]
    } else if case .undetermined? = decoded.copay {
      result.reasons = ["amount-undetermined"]
    }
    return true
  }

  /// The reason codes of an ineligible compiled result: `outside-period`, or the failed top-level criteria's
  /// short codes without repeats, in order (as ``ReasonCodes/codes(for:in:)``).
  static func reasons(_ mask: FailureMask, criteria: [String]) -> [String] {
    if mask.isOutsidePeriod { return ["outside-period"] }
    var reasons: [String] = []
    for (k, code) in criteria.enumerated() where mask.failed(k) && !reasons.contains(code) { reasons.append(code) }
    return reasons
  }
}

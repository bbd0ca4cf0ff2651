extension CompiledRuleset {
  /// Screens a range of records for every compiled service, writing one ``ResultCode`` raw value per record and
  /// service.
  ///
  /// Records are processed in blocks of ``blockSize``; nothing is allocated except for the rare record that goes
  /// to the reference evaluator. Two threads may evaluate disjoint ranges of the same batch at once, each with its
  /// own workspace and output.
  ///
  /// - Parameters:
  ///   - batch: the records; its columns must all have `batch.count` entries (``RecordBatch/isConsistent``) and
  ///     its text table must start with ``literalTexts``.
  ///   - records: the records to screen.
  ///   - workspace: scratch memory from ``makeWorkspace()`` of this compiled ruleset.
  ///   - output: at least `records.count × serviceCount` entries; the result for record `r` and service position
  ///     `s` goes to `output[(r - records.lowerBound) × serviceCount + s]`.
  /// - Complexity: O(records × (steps + atoms + services)).
  public func evaluate(
    _ batch: RecordBatch, records: Range<Int>, workspace: BatchWorkspace, into output: UnsafeMutableBufferPointer<UInt32>
  ) {
    evaluate(batch, records: records, workspace: workspace, into: output, failures: nil, exports: nil)
  }

  /// Screens a range of records for every compiled service, writing one ``ResultCode`` raw value per record and
  /// service, and also why each ineligible record failed and the values of the exported derived facts.
  ///
  /// - Parameters:
  ///   - batch: the records (see `evaluate(_:records:workspace:into:)`).
  ///   - records: the records to screen.
  ///   - workspace: scratch memory from ``makeWorkspace()`` of this compiled ruleset.
  ///   - output: the codes, as in `evaluate(_:records:workspace:into:)`.
  ///   - failures: when given, at least `records.count × serviceCount` entries, laid out as `output`: a
  ///     ``FailureMask`` raw value per record and service (meaningful for ineligible results).
  ///   - exports: when given, at least `records.count × exportedDerived.count × 2` entries: for record `r` and
  ///     export `e`, numerator then denominator at `((r - records.lowerBound) × exportedDerived.count + e) × 2`
  ///     (denominator 0 when unknown); read them with ``exportedValue(_:numerator:denominator:)``.
  /// - Complexity: O(records × (steps + atoms + services + exports)).
  public func evaluate(
    _ batch: RecordBatch, records: Range<Int>, workspace: BatchWorkspace, into output: UnsafeMutableBufferPointer<UInt32>,
    failures: UnsafeMutableBufferPointer<UInt16>?, exports: UnsafeMutableBufferPointer<Int64>?
  ) {
    precondition(workspace.identity == identity, "workspace made for another compiled ruleset")
    precondition(records.lowerBound >= 0 && records.upperBound <= batch.count, "records out of range")
    precondition(output.count >= records.count * serviceCount, "output buffer too small")
    precondition((failures?.count ?? .max) >= records.count * serviceCount, "failures buffer too small")
    precondition((exports?.count ?? .max) >= records.count * self.exports.count * 2, "exports buffer too small")
    precondition(batch.layout == layout && batch.isConsistent, "batch columns do not match the compiled layout")
    precondition(
      batch.texts.literalCount == literalTexts.count && batch.texts.strings.prefix(literalTexts.count).elementsEqual(literalTexts),
      "batch text table does not start with the compiled literals")
    guard let base = output.baseAddress, !records.isEmpty else { return }
    var start = records.lowerBound
    while start < records.upperBound {
      let count = min(workspace.blockSize, records.upperBound - start)
      let offset = start - records.lowerBound
      let block = BlockOutput(
        codes: base + offset * serviceCount, failures: failures?.baseAddress.map { $0 + offset * serviceCount },
        exports: exports?.baseAddress.map { $0 + offset * self.exports.count * 2 })
      evaluateBlock(batch, start: start, count: count, workspace: workspace, output: block)
      start += count
    }
  }

  /// Screens a range of records into an array (see the buffer variant).
  public func evaluate(_ batch: RecordBatch, records: Range<Int>, workspace: BatchWorkspace, into output: inout [UInt32]) {
    output.withUnsafeMutableBufferPointer { evaluate(batch, records: records, workspace: workspace, into: $0) }
  }

  /// Where one block's results go.
  private struct BlockOutput {
    var codes: UnsafeMutablePointer<UInt32>
    var failures: UnsafeMutablePointer<UInt16>?
    var exports: UnsafeMutablePointer<Int64>?
  }

  /// One block: steps, atoms, decision parts, then each service's code.
  private func evaluateBlock(
    _ batch: RecordBatch, start: Int, count: Int, workspace w: BatchWorkspace, output block: BlockOutput
  ) {
    let stride = w.blockSize
    let registers = w.registers
    let output = block.codes
    w.exotic.update(repeating: 0, count: count)
    for step in steps { step.run(batch: batch, start: start, count: count, registers: registers, tables: tables) }
    for (a, atom) in atoms.enumerated() {
      atom.run(batch: batch, start: start, count: count, registers: registers, into: w.truths + a * stride)
    }
    for p in parts.indices { runPart(p, count: count, workspace: w) }
    let services = serviceCount
    let none = parts.count  // the always-zero result row
    var needsReference = false
    for (s, plan) in plans.enumerated() {
      guard case .parts(let e, let p, let t, let masked) = plan else {
        needsReference = true
        continue
      }
      // Result rows live in the workspace; `i < count ≤ stride` and `s < services`, so every access is in bounds.
      let eligibility = w.results + e * stride
      let priority = w.results + (p ?? none) * stride
      let tier = w.results + (t ?? none) * stride
      for i in 0..<count {
        let decision = UInt32(eligibility[i] & 3)
        let rows = UInt32(priority[i]) << 2 | UInt32(tier[i]) << 17
        output[i * services + s] = decision | (decision == 0 ? 0 : rows)
      }
      if let failures = block.failures {
        for i in 0..<count { failures[i * services + s] = masked ? eligibility[i] >> 2 : FailureMask.unavailable.rawValue }
      }
    }
    let exportCount = exports.count
    if let out = block.exports {
      for (x, export) in exports.enumerated() {
        for i in 0..<count {
          let (n, d) = export?.words(registers, record: i) ?? (0, 0)
          out[(i * exportCount + x) * 2] = n
          out[(i * exportCount + x) * 2 + 1] = d
        }
      }
    }
    for i in 0..<count where needsReference || w.exotic[i] != 0 {
      let row = start + i
      let record = evaluator.prepare(batch.facts(at: row), referenceDate: batch.referenceDate(at: row))
      for (s, plan) in plans.enumerated() where plan == .reference || w.exotic[i] != 0 {
        let outcome = evaluator.evaluate(service: serviceIndices[s], on: record)
        output[i * services + s] = referenceCode(outcome).rawValue
        block.failures?[i * services + s] = FailureMask(outcome).rawValue
      }
      if w.exotic[i] != 0, let out = block.exports {
        for (x, index) in exportedDerived.enumerated() where exports[x] != nil {
          let (n, d) = DerivedExport.words(record.derived[index].value)
          out[(i * exportCount + x) * 2] = n
          out[(i * exportCount + x) * 2 + 1] = d
        }
      }
    }
  }

  /// Computes one decision part for a block: combines its atoms' truths into a table index, then loads. A
  /// truth part writes its results to its pseudo-atom's truth row, for the parts after it.
  private func runPart(_ p: Int, count: Int, workspace w: BatchWorkspace) {
    let part = parts[p]
    let stride = w.blockSize
    let results = w.results + p * stride
    let truthRow = part.output.map { w.truths + $0 * stride }
    let index = w.index
    switch part.index {
    case .none:
      for i in 0..<count { results[i] = slowResult(part, record: i, workspace: w) }
    case .ternary, .binary:
      let ternary = part.index == .ternary
      index.update(repeating: 0, count: count)
      // Four atoms per pass; the last pass reads the workspace's all-"no" row for missing atoms, adding nothing.
      // Truth bytes are 0 (no), 1 (yes) or 2 (unknown). Ternary: digit j weighs 3^j (at most 3⁸ − 1 in all).
      // Binary: bit j is the value, and bit 15 marks that some atom is unknown.
      let atoms = part.atoms
      let zero = w.truths + atomCount * stride
      var j = 0
      var weight: UInt16 = 1
      while j < atoms.count {
        let t0 = w.truths + atoms[j] * stride
        let t1 = j + 1 < atoms.count ? w.truths + atoms[j + 1] * stride : zero
        let t2 = j + 2 < atoms.count ? w.truths + atoms[j + 2] * stride : zero
        let t3 = j + 3 < atoms.count ? w.truths + atoms[j + 3] * stride : zero
        if ternary {
          let (w0, w1, w2, w3) = (weight, weight &* 3, weight &* 9, weight &* 27)
          for i in 0..<count {
            index[i] &+= UInt16(t0[i]) &* w0 &+ UInt16(t1[i]) &* w1 &+ UInt16(t2[i]) &* w2 &+ UInt16(t3[i]) &* w3
          }
          weight = weight &* 81
        } else {
          let (s0, s1, s2, s3) = (UInt16(j), UInt16(j + 1), UInt16(j + 2), UInt16(j + 3))
          for i in 0..<count {
            let (a, b, c, d) = (UInt16(t0[i]), UInt16(t1[i]), UInt16(t2[i]), UInt16(t3[i]))
            index[i] |= (a & 1) &<< s0 | (b & 1) &<< s1 | (c & 1) &<< s2 | (d & 1) &<< s3 | ((a | b | c | d) >> 1) << 15
          }
        }
        j += 4
      }
      part.table.withUnsafeBufferPointer { table in
        if ternary {
          // Every base-3 index is below 3^atoms = table.count.
          for i in 0..<count { results[i] = table[Int(index[i])] }
        } else {
          // Without bit 15 the index is below 2^atoms = table.count.
          for i in 0..<count {
            let x = index[i]
            results[i] = x < 0x8000 ? table[Int(x)] : slowResult(part, record: i, workspace: w)
          }
        }
      }
    }
    if let truthRow {
      for i in 0..<count { truthRow[i] = UInt8(truncatingIfNeeded: results[i]) }
    }
  }

  /// A part's result for one record with unknown atoms: its three-valued logic, evaluated directly.
  private func slowResult(_ part: DecisionPart, record i: Int, workspace w: BatchWorkspace) -> UInt16 {
    var known: UInt64 = 0
    var value: UInt64 = 0
    for (j, atom) in part.atoms.enumerated() {
      let t = w.truths[atom * w.blockSize + i]
      if t != 2 {
        known |= 1 << UInt64(j)
        value |= UInt64(t & 1) << UInt64(j)
      }
    }
    return part.result(known: known, value: value)
  }

  /// The code of a reference outcome (row positions, and whether a list stopped at an unknown row).
  func referenceCode(_ outcome: Outcome) -> ResultCode {
    let service = ruleset.services[outcome.service]
    func match(_ trace: RowTrace?, _ list: DecisionList?) -> ResultCode.RowMatch {
      guard outcome.decision != .ineligible, list != nil, let trace else { return .notEvaluated }
      if let matched = trace.matched { return .row(matched) }
      return trace.tried.last == .unknown ? .undetermined : .none
    }
    return ResultCode(
      decision: outcome.decision, priority: match(outcome.priority, service.priority),
      tier: match(outcome.tier, service.tiers))
  }
}

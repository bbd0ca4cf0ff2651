import Testing
@testable import Rules

/// The failure masks and exported derived values agree with the reference evaluator on random records, and every
/// bundled service reports its failures from the compiled tables (none needs the reference for them).
@Test func failureMasksAndExportsAgreeWithTheReference() throws {
  let ruleset = try bundledRuleset()
  let derived = Array(ruleset.derived.indices)
  let compiled = CompiledRuleset(ruleset, exporting: derived)
  #expect(compiled.plans.allSatisfy {
    if case .parts(_, _, _, let failures) = $0 { return failures }
    return true
  })
  let incomePct = try #require(ruleset.derived.firstIndex { $0.name == "income_pct" })
  #expect(compiled.isExported(incomePct))
  var random = CompileRandomFacts(ruleset, literals: compiled.literalTexts, seed: 7)
  var batch = RecordBatch(for: compiled)
  var inputs: [(facts: Facts, referenceDate: CivilDate?)] = []
  for _ in 0..<2_000 {
    let input = random.next()
    try batch.append(input.facts, referenceDate: input.referenceDate)
    inputs.append(input)
  }
  let services = compiled.serviceCount
  var codes = [UInt32](repeating: 0, count: inputs.count * services)
  var failures = [UInt16](repeating: 0, count: inputs.count * services)
  var exports = [Int64](repeating: 0, count: inputs.count * derived.count * 2)
  codes.withUnsafeMutableBufferPointer { c in
    failures.withUnsafeMutableBufferPointer { f in
      exports.withUnsafeMutableBufferPointer { x in
        compiled.evaluate(batch, records: 0..<inputs.count, workspace: compiled.makeWorkspace(), into: c, failures: f, exports: x)
      }
    }
  }
  let evaluator = Evaluator(ruleset)
  var ineligible = 0
  var mismatches = 0
  for (row, input) in inputs.enumerated() {
    let record = evaluator.prepare(input.facts, referenceDate: input.referenceDate)
    for (position, index) in compiled.serviceIndices.enumerated() {
      let outcome = evaluator.evaluate(service: index, on: record)
      guard outcome.decision == .ineligible else { continue }
      ineligible += 1
      let mask = FailureMask(rawValue: failures[row * services + position])
      if mask != FailureMask(outcome) {
        mismatches += 1
        if mismatches <= 3 { Issue.record("\(ruleset.services[index].id) row \(row): \(mask) ≠ \(FailureMask(outcome))") }
      }
    }
    for (x, index) in derived.enumerated() where compiled.isExported(x) {
      let base = (row * derived.count + x) * 2
      let value = compiled.exportedValue(x, numerator: exports[base], denominator: exports[base + 1])
      #expect(value == record.derived[index].value, "\(ruleset.derived[index].name) row \(row)")
    }
  }
  #expect(ineligible > 1_000)
  #expect(mismatches == 0)
}

import Testing
@testable import Rules

/// The bundled rulesets, checked (`swift test` runs from the package root).
func bundledRuleset() throws -> CheckedRuleset {
  let result = try RulesetFolder.load("rulesets")
  let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.file.path): \($0.code.name)" }
  guard let ruleset = result.ruleset else {
    Issue.record("rulesets/ does not check: \(errors)")
    throw CancellationError()
  }
  return ruleset
}

/// Screens random records with the compiled form and the reference evaluator and records every disagreement.
///
/// - Returns: per compiled service, how many records got each decision.
@discardableResult
func expectAgreement(
  _ ruleset: CheckedRuleset, services: [Int]? = nil, records: Int, seed: UInt64, missingPercent: Int = 6,
  sourceLocation: SourceLocation = #_sourceLocation
) throws -> [[Decision: Int]] {
  let compiled = CompiledRuleset(ruleset, services: services)
  var random = CompileRandomFacts(ruleset, literals: compiled.literalTexts, seed: seed)
  random.missingPercent = missingPercent
  var batch = RecordBatch(for: compiled)
  var inputs: [(facts: Facts, referenceDate: CivilDate?)] = []
  for _ in 0..<records {
    let input = random.next()
    try batch.append(input.facts, referenceDate: input.referenceDate)
    inputs.append(input)
  }
  // Two calls with one workspace, the second starting mid-block, to exercise range offsets.
  let split = records / 3 + 7
  let workspace = compiled.makeWorkspace()
  var head = [UInt32](repeating: 0, count: split * compiled.serviceCount)
  var tail = [UInt32](repeating: 0, count: (records - split) * compiled.serviceCount)
  compiled.evaluate(batch, records: 0..<split, workspace: workspace, into: &head)
  compiled.evaluate(batch, records: split..<records, workspace: workspace, into: &tail)
  let codes = head + tail

  let evaluator = Evaluator(ruleset)
  var counts = Array(repeating: [Decision: Int](), count: compiled.serviceCount)
  var failures = 0
  for (row, input) in inputs.enumerated() {
    #expect(batch.facts(at: row) == input.facts, sourceLocation: sourceLocation)
    let record = evaluator.prepare(input.facts, referenceDate: input.referenceDate)
    for (position, index) in compiled.serviceIndices.enumerated() {
      let outcome = evaluator.evaluate(service: index, on: record)
      let code = ResultCode(rawValue: codes[row * compiled.serviceCount + position])
      let decoded = compiled.decode(code, service: position)
      counts[position][decoded.decision, default: 0] += 1
      let expected = compiled.referenceCode(outcome)
      let agrees = code == expected && decoded.decision == outcome.decision
        && decoded.priorityNumber == outcome.priorityNumber && decoded.tierNumber == outcome.tierNumber
        && decoded.subsidy == outcome.subsidy && decoded.copay == outcome.copay
      if !agrees {
        failures += 1
        if failures <= 5 {
          Issue.record(
            """
            \(ruleset.services[index].id) record \(row): compiled \(code), reference \(expected)
            reference date \(input.referenceDate.map(\.description) ?? "missing")
            facts \(zip(ruleset.schema.fields, input.facts.values).compactMap { f, v in v.map { "\(f.name)=\($0)" } })
            """, sourceLocation: sourceLocation)
        }
      }
    }
  }
  #expect(failures == 0, sourceLocation: sourceLocation)
  return counts
}

@Test func compiledAgreesWithReferenceOnBundledRulesets() throws {
  let ruleset = try bundledRuleset()
  let counts = try expectAgreement(ruleset, records: 6000, seed: 20_240_501)
  // The comparison is only meaningful if every kind of result occurs for the services it was built for.
  for id in ["saha-organizing", "bukgu-meal"] {
    let position = try #require(ruleset.serviceIndex(id))
    for decision in Decision.allCases { #expect(counts[position][decision, default: 0] > 20, "\(id) \(decision)") }
  }
}

@Test func compiledAgreesWithReferenceWithoutMissingFacts() throws {
  let ruleset = try bundledRuleset()
  try expectAgreement(ruleset, records: 4000, seed: 99, missingPercent: 0)
}

@Test func compiledAgreesWithReferenceServiceByService() throws {
  let ruleset = try bundledRuleset()
  for (index, service) in ruleset.services.enumerated() {
    let counts = try expectAgreement(ruleset, services: [index], records: 700, seed: UInt64(index) &* 7919 &+ 3)
    #expect(counts[0].values.reduce(0, +) == 700, "\(service.id)")
  }
}

@Test func bundledServicesAllHaveCompiledForms() throws {
  let ruleset = try bundledRuleset()
  let compiled = CompiledRuleset(ruleset)
  #expect(compiled.referenceServices.isEmpty)
  #expect(compiled.serviceCount == ruleset.services.count)
}

@Test func compiledAgreesWithEveryServiceExample() throws {
  let ruleset = try bundledRuleset()
  let compiled = CompiledRuleset(ruleset)
  let applicationDate = try #require(ruleset.schema.slot(named: "application_date"))
  var batch = RecordBatch(for: compiled)
  var expected: [(position: Int, example: CheckedExample)] = []
  for (position, service) in ruleset.services.enumerated() {
    for example in service.examples {
      var date: CivilDate?
      if case .date(let d)? = example.facts[applicationDate] { date = d }
      try batch.append(example.facts, referenceDate: date)
      expected.append((position, example))
    }
  }
  var codes = [UInt32](repeating: 0, count: batch.count * compiled.serviceCount)
  compiled.evaluate(batch, records: 0..<batch.count, workspace: compiled.makeWorkspace(), into: &codes)
  #expect(expected.count > 200)
  for (row, (position, example)) in expected.enumerated() {
    let result = compiled.decode(ResultCode(rawValue: codes[row * compiled.serviceCount + position]), service: position)
    let context = "\(ruleset.services[position].id) / \(example.name)"
    #expect(result.decision == example.result, "\(context)")
    if let priority = example.priority { #expect(result.priorityNumber == priority, "\(context)") }
    if let tier = example.tier { #expect(result.tierNumber == tier, "\(context)") }
    if let subsidy = example.subsidy { #expect(result.subsidy == subsidy, "\(context)") }
    if let copay = example.copay { #expect(result.copay == copay, "\(context)") }
  }
}

/// One worker's share of a batch: its own workspace and output.
func screen(_ compiled: CompiledRuleset, _ batch: RecordBatch, _ records: Range<Int>) -> [UInt32] {
  let workspace = compiled.makeWorkspace()
  var output = [UInt32](repeating: 0, count: records.count * compiled.serviceCount)
  compiled.evaluate(batch, records: records, workspace: workspace, into: &output)
  return output
}

@Test func twoWorkersSplittingABatchAgreeWithOne() async throws {
  let ruleset = try bundledRuleset()
  let compiled = CompiledRuleset(ruleset)
  var random = CompileRandomFacts(ruleset, literals: compiled.literalTexts, seed: 5)
  var batch = RecordBatch(for: compiled)
  for _ in 0..<5000 {
    let input = random.next()
    try batch.append(input.facts, referenceDate: input.referenceDate)
  }
  let whole = screen(compiled, batch, 0..<batch.count)
  let frozen = batch
  async let first = Task { screen(compiled, frozen, 0..<2222) }.value
  async let second = Task { screen(compiled, frozen, 2222..<frozen.count) }.value
  let merged = await first + second
  #expect(merged == whole)
}

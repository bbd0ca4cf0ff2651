import Eligibility
import Foundation
import Rules

/// `--batch 1`: the whole batch engine, `BatchScreening.screen`, on applicant records as a reader hands them over
/// (blocks of 16,384), against its parts timed alone: building the `RecordBatch`, the compiled evaluation, and so
/// by difference decoding into `BatchResult`s. Generating the records is not timed.
enum BatchBench {
  static let blockRows = 16_384

  static func run(ruleset: CheckedRuleset, services: [String], options: Options) throws {
    let clock = ContinuousClock()
    let context = ScreeningContext(ruleset: ruleset)
    let indices = services.compactMap(ruleset.serviceIndex)
    let layoutOnly = CompiledRuleset(ruleset, services: indices)
    var start = clock.now
    let screenings = try [1, 2].map { try BatchScreening(context: context, services: services, workers: $0) }
    report("batch: compile (per BatchScreening)", (clock.now - start) / 2, "\(services.count) services")
    let reference = try BatchScreening(context: context, services: services, workers: 1, engine: .reference)

    var blocks = 0
    var screened = [Duration](repeating: .zero, count: 2)
    var building = Duration.zero
    var evaluating = Duration.zero
    var referenceTime = Duration.zero
    var referenceRecords = 0
    var results = 0
    var counts: [Decision: Int] = [:]
    var reasons = 0
    var first = 0
    while first < options.count {
      let rows = min(blockRows, options.count - first)
      let records = generate(ruleset, layout: layoutOnly, rows: rows, seed: options.seed &+ UInt64(blocks), line: first + 2)
      for (w, screening) in screenings.enumerated() {
        start = clock.now
        let out = screening.screen(records)
        screened[w] += clock.now - start
        if w == 0 {
          results += out.count
          for result in out {
            counts[result.decision, default: 0] += 1
            reasons += result.reasons.count
          }
        }
      }
      // The parts alone, one thread.
      let compiled = CompiledRuleset(ruleset, services: indices)
      start = clock.now
      var batch = RecordBatch(for: compiled)
      batch.reserveCapacity(rows)
      for record in records {
        let date = ReferenceDate.resolve(asOf: nil, facts: record.facts, schema: ruleset.schema).date
        try batch.append(record.facts, referenceDate: date)
      }
      building += clock.now - start
      var codes = [UInt32](repeating: 0, count: rows * compiled.serviceCount)
      start = clock.now
      compiled.evaluate(batch, records: 0..<rows, workspace: compiled.makeWorkspace(), into: &codes)
      evaluating += clock.now - start
      if referenceRecords < options.referenceCount {
        start = clock.now
        _ = reference.screen(records)
        referenceTime += clock.now - start
        referenceRecords += rows
      }
      first += rows
      blocks += 1
    }
    let n = options.count
    report("batch: screen, 1 worker", screened[0], "\(n) records, \(results) results, \(rate(n, screened[0])) records")
    report("batch: screen, 2 workers", screened[1], "\(rate(n, screened[1])) records")
    report("  part: RecordBatch from Facts", building, "\(rate(n, building)) records")
    report("  part: compiled evaluate (codes only)", evaluating, "\(rate(n, evaluating)) records")
    let decoding = screened[0] - building - evaluating
    report("  part: rest (failures, exports, decode)", decoding, "by difference, 1 worker")
    report("batch: reference engine, 1 worker", referenceTime, "\(referenceRecords) records, \(rate(referenceRecords, referenceTime)) records")
    print("decisions: " + Decision.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", ")
      + "; reason codes \(reasons)")
  }

  /// One block of applicant records, from the synthetic population.
  static func generate(_ ruleset: CheckedRuleset, layout: CompiledRuleset, rows: Int, seed: UInt64, line: Int)
    -> [ApplicantTableRecord]
  {
    var batch = RecordBatch(for: layout)
    Population.fill(&batch, ruleset: ruleset, count: rows, seed: seed)
    return (0..<rows).map { ApplicantTableRecord(line: line + $0, facts: batch.facts(at: $0)) }
  }
}

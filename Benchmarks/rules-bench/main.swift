import Foundation
import Rules

// rules-bench: screening throughput of the compiled form and of the tree-walking evaluator, single core.
//
//   swift run -c release rules-bench [--rules DIR] [--services a,b|all] [--count N] [--reference-count N]
//                                    [--repeat N] [--seed N] [--batch 1] [--e2e 1 [--runs N]]
//
// --batch 1 times `BatchScreening.screen` instead (applicant records → RecordBatch → compiled evaluation →
// BatchResults), with 1 and 2 workers, in blocks of 16,384 records as `screen batch` reads them.
//
// Wall times include whatever else the machine runs; "thread CPU time" lines count this thread only.

struct Options {
  var rules = "rulesets"
  var services = ["saha-organizing", "bukgu-meal"]
  var count = 1_000_000
  var referenceCount = 100_000
  var repeats = 5
  var runs = 3
  var seed: UInt64 = 20_240_501
  var batch = false
  var endToEnd = false
  var variant: String?
  var input = ""
  var output = ""

  init(_ arguments: [String]) throws(UsageError) {
    var rest = arguments[...]
    while let name = rest.popFirst() {
      guard let value = rest.popFirst() else { throw UsageError(message: "missing value for \(name)") }
      switch name {
      case "--rules": rules = value
      case "--services": services = value.split(separator: ",").map(String.init)
      case "--count": count = try Options.number(value, name)
      case "--reference-count": referenceCount = try Options.number(value, name)
      case "--repeat": repeats = max(1, try Options.number(value, name))
      case "--runs": runs = max(1, try Options.number(value, name))
      case "--seed": seed = UInt64(try Options.number(value, name))
      case "--batch": batch = try Options.number(value, name) != 0
      case "--e2e": endToEnd = try Options.number(value, name) != 0
      case "--variant": variant = value
      case "--input": input = value
      case "--output": output = value
      default: throw UsageError(message: "unknown option \(name)")
      }
    }
  }

  static func number(_ text: String, _ name: String) throws(UsageError) -> Int {
    guard let n = Int(text.filter { $0 != "_" }), n >= 0 else {
      throw UsageError(message: "\(name) takes a whole number, not \(text)")
    }
    return n
  }
}

struct UsageError: Error {
  var message: String
}

/// CPU time of this thread: unlike wall time, not stretched by other processes on a busy machine.
func threadCPUTime() -> Duration {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func rate(_ evaluations: Int, _ duration: Duration) -> String {
  let perSecond = Double(evaluations) / max(seconds(duration), 1e-9)
  return perSecond >= 1e6 ? "\((perSecond / 1e5).rounded() / 10) M/s" : "\((perSecond / 100).rounded() / 10) k/s"
}

func report(_ phase: String, _ duration: Duration, _ detail: String = "") {
  let ms = (seconds(duration) * 10_000).rounded() / 10
  print("\(phase.padding(toLength: 40, withPad: " ", startingAt: 0)) \(String(ms).padding(toLength: 9, withPad: " ", startingAt: 0)) ms  \(detail)")
}

func run() throws {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  let clock = ContinuousClock()

  var start = clock.now
  let loaded = try RulesetFolder.load(options.rules)
  guard let ruleset = loaded.ruleset else {
    throw UsageError(message: "\(options.rules): the rules do not check (run `screen` for the diagnostics)")
  }
  var indices: [Int] = []
  let ids = options.services == ["all"] ? ruleset.services.map(\.id) : options.services
  for id in ids {
    guard let index = ruleset.serviceIndex(id) else { throw UsageError(message: "no service \(id)") }
    indices.append(index)
  }
  report("load and check rules", clock.now - start, "\(ruleset.services.count) services")

  if options.endToEnd {
    try EndToEndBench.run(ruleset: ruleset, options: options)
    return
  }
  if options.batch {
    try BatchBench.run(ruleset: ruleset, services: ids, options: options)
    return
  }

  start = clock.now
  let compiled = CompiledRuleset(ruleset, services: indices)
  report("compile", clock.now - start,
    "\(compiled.serviceCount) services, \(compiled.atomCount) atoms, \(compiled.partCount) tables, "
      + "reference-only: \(compiled.referenceServices.count)")

  start = clock.now
  var batch = RecordBatch(for: compiled)
  batch.reserveCapacity(options.count)
  Population.fill(&batch, ruleset: ruleset, count: options.count, seed: options.seed)
  report("generate population", clock.now - start, "\(batch.count) records")

  let services = compiled.serviceCount
  var codes = [UInt32](repeating: 0, count: batch.count * services)
  let workspace = compiled.makeWorkspace()
  var best = Duration.seconds(1_000_000)
  var bestCPU = Duration.seconds(1_000_000)
  for _ in 0..<options.repeats {
    start = clock.now
    let cpuStart = threadCPUTime()
    compiled.evaluate(batch, records: 0..<batch.count, workspace: workspace, into: &codes)
    best = min(best, clock.now - start)
    bestCPU = min(bestCPU, threadCPUTime() - cpuStart)
  }
  report("compiled: evaluate (best of \(options.repeats))", best,
    "\(batch.count * services) evaluations, \(rate(batch.count * services, best))")
  report("compiled: evaluate, thread CPU time", bestCPU, "\(rate(batch.count * services, bestCPU)) per core")

  let sample = min(options.referenceCount, batch.count)
  start = clock.now
  let inputs = (0..<sample).map { (batch.facts(at: $0), batch.referenceDate(at: $0)) }
  report("reference: rebuild facts", clock.now - start, "\(sample) records (not timed below)")
  let evaluator = Evaluator(ruleset)
  var referenceCodes = [Decision](repeating: .ineligible, count: sample * services)
  start = clock.now
  let referenceCPUStart = threadCPUTime()
  for (row, input) in inputs.enumerated() {
    let record = evaluator.prepare(input.0, referenceDate: input.1)
    for (position, index) in indices.enumerated() {
      referenceCodes[row * services + position] = evaluator.evaluate(service: index, on: record).decision
    }
  }
  let referenceTime = clock.now - start
  let referenceCPU = threadCPUTime() - referenceCPUStart
  report("reference: prepare and evaluate", referenceTime, "\(sample * services) evaluations, \(rate(sample * services, referenceTime))")
  report("reference: thread CPU time", referenceCPU, "\(rate(sample * services, referenceCPU)) per core")

  var mismatches = 0
  for i in 0..<(sample * services) where ResultCode(rawValue: codes[i]).decision != referenceCodes[i] { mismatches += 1 }
  print("agreement on the sample: \(mismatches == 0 ? "all \(sample * services) decisions agree" : "\(mismatches) DISAGREE")")
  print("speed-up (CPU time per evaluation): \((seconds(referenceCPU) / Double(sample) / (seconds(bestCPU) / Double(batch.count))).rounded())×")
  for (position, id) in ids.enumerated() {
    var counts: [Decision: Int] = [:]
    for row in 0..<batch.count { counts[ResultCode(rawValue: codes[row * services + position]).decision, default: 0] += 1 }
    print("\(id): " + Decision.allCases.map { "\($0.rawValue) \(counts[$0, default: 0])" }.joined(separator: ", "))
  }
}

do {
  try run()
} catch let error as UsageError {
  FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(2)
}

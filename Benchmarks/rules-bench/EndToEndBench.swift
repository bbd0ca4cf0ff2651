import Eligibility
import Foundation
import Rules

/// `--e2e 1`: `screen batch` end to end (CSV file in → ranks → CSV file out) through the library path the command
/// uses, each variant in its own process so that peak memory (`VmHWM`) is its own: the columnar engine on 1 and 2
/// workers and the previous row-by-row path (`BatchRun.run` + `BatchTableWriter`); outputs compared byte for byte.
enum EndToEndBench {
  static func run(ruleset: CheckedRuleset, options: Options) throws {
    if let variant = options.variant {
      try runVariant(variant, options: options)
      return
    }
    let directory = NSTemporaryDirectory() + "screen-e2e-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let input = directory + "/applicants.csv"
    let clock = ContinuousClock()
    let start = clock.now
    try PopulationCSV.write(ruleset: ruleset, count: options.count, seed: options.seed, to: input)
    let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
    report("e2e: generate CSV", clock.now - start, "\(options.count) applicants, \(size / 1_000_000) MB, \(input)")
    var outputs: [String: String] = [:]
    for variant in ["engine-1", "engine-2", "legacy-2"] {
      let output = directory + "/\(variant).csv"
      outputs[variant] = output
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      process.arguments = [
        "--rules", options.rules, "--services", options.services.joined(separator: ","), "--e2e", "1", "--variant", variant,
        "--input", input, "--output", output,
      ]
      try process.run()
      process.waitUntilExit()
    }
    for variant in ["engine-2", "legacy-2"] {
      print("compare engine-1 vs \(variant): " + compare(outputs["engine-1"] ?? "", outputs[variant] ?? ""))
    }
    if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(atPath: directory) }
  }

  static func runVariant(_ variant: String, options: Options) throws {
    let clock = ContinuousClock()
    let parts = variant.split(separator: "-")
    let workers = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
    var start = clock.now
    let context = try Screening.load(rulesDirectory: options.rules)
    let screening = try BatchScreening(context: context, services: options.services, workers: workers)
    let reader = ApplicantTableReader(ruleset: context.ruleset)
    report("\(variant): load + compile", clock.now - start)
    start = clock.now
    let whole = clock.now
    var pairs = 0
    var rejected = 0
    guard let file = FileHandle(forWritingAtPath: options.output) ?? {
      FileManager.default.createFile(atPath: options.output, contents: nil)
      return FileHandle(forWritingAtPath: options.output)
    }() else { throw UsageError(message: "cannot write \(options.output)") }
    if parts[0] == "engine" {
      guard let batch = try BatchRun(screening: screening).runColumnar(path: options.input, reader: reader, rejected: { _ in rejected += 1 })
      else { throw UsageError(message: "columnar path not applicable") }
      pairs = batch.outcome.rowsOut
      report("\(variant): read + screen + rank", clock.now - start, "\(rate(pairs, clock.now - start)) pairs")
      start = clock.now
      batch.writeCSV(byteOrderMark: false) { chunk in file.write(Data(buffer: chunk)) }
    } else {
      let outcome = try BatchRun(screening: screening).run(path: options.input, reader: reader, rejected: { _ in rejected += 1 })
      pairs = outcome.results.count
      report("\(variant): read + screen + rank", clock.now - start, "\(rate(pairs, clock.now - start)) pairs")
      start = clock.now
      let writer = BatchTableWriter(format: .csv, ruleset: context.ruleset)
      var text = writer.header(byteOrderMark: false)
      for result in outcome.results { text += writer.line(result) }
      file.write(Data(text.utf8))
    }
    try file.close()
    report("\(variant): write CSV", clock.now - start)
    report(
      "\(variant): end to end", clock.now - whole,
      "\(pairs) pairs, \(rejected) rejected, \(rate(pairs, clock.now - whole)) pairs end to end, peak \(peakMemoryMB()) MB")
  }

  /// `OK` or `DIFF` with the first differing line.
  static func compare(_ a: String, _ b: String) -> String {
    guard let x = FileManager.default.contents(atPath: a), let y = FileManager.default.contents(atPath: b) else { return "missing output" }
    if x == y { return "OK (\(x.count) bytes)" }
    let left = String(decoding: x, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let right = String(decoding: y, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<min(left.count, right.count) where left[i] != right[i] {
      return "DIFF at line \(i + 1):\n  < \(left[i])\n  > \(right[i])"
    }
    return "DIFF: \(left.count) vs \(right.count) lines"
  }

  /// `VmHWM` of this process, in MB.
  static func peakMemoryMB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
      return kb / 1024
    }
    return -1
  }
}

import Eligibility
import Foundation
import Rules

/// `--e2e 1`: `screen batch` end to end (CSV file in → ranks → CSV file out) through the library path the command
/// uses, each variant in its own process so that peak memory (`VmHWM`) is its own: the columnar engine on 1 and 2
/// workers, streaming without ranks (`--no-rank`) and ranking in two passes (what `screen batch` does for files of
/// `BatchRun.twoPassRankingBytes` or more) on 2, the previous row-by-row path (`BatchRun.run` +
/// `BatchTableWriter`) and the hand-written version; outputs compared byte for byte, `--runs` rounds (best and
/// median reported).
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
    // A quarter of the rows, to show that streaming without ranks takes the same memory for any input size.
    let quarter = directory + "/applicants-quarter.csv"
    try writePrefix(of: input, rows: options.count / 4, to: quarter)
    // Rounds: the fast variants interleaved, so that whatever else the machine does touches all of them alike; the
    // slow row path and the quarter input once. Each process starts after `sync`, so no variant pays for the
    // write-back of the one before.
    var outputs: [String: String] = [:]
    var stats: [String: [Stats]] = [:]
    for round in 1...options.runs {
      var runs = [("engine-1", input), ("engine-2", input), ("hand-1", input), ("stream-2", input)]
      if round == 1 { runs += [("legacy-2", input), ("stream-2-quarter", quarter), ("twopass-2", input), ("twopass-2-quarter", quarter)] }
      for (variant, file) in runs {
        let output = directory + "/\(variant)-\(round).csv"
        sync()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [
          "--rules", options.rules, "--services", options.services.joined(separator: ","), "--e2e", "1", "--variant",
          variant.hasSuffix("-quarter") ? String(variant.dropLast("-quarter".count)) : variant, "--input", file,
          "--output", output,
        ]
        process.standardOutput = round == 1 ? nil : FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if let figures = readStats(output) { stats[variant, default: []].append(figures) }
        if round == 1 {
          outputs[variant] = output
        } else {
          if compare(outputs[variant] ?? "", output).hasPrefix("DIFF") { print("round \(round): \(variant) wrote different bytes") }
          try? FileManager.default.removeItem(atPath: output)
        }
      }
    }
    for variant in ["engine-2", "legacy-2", "hand-1", "twopass-2"] {
      print("compare engine-1 vs \(variant): " + compare(outputs["engine-1"] ?? "", outputs[variant] ?? ""))
    }
    print("compare engine-1 vs stream-2 (rank column emptied): " + compareUnranked(outputs["engine-1"] ?? "", outputs["stream-2"] ?? ""))
    print("end to end over \(options.runs) rounds (best / median), peak memory (highest):")
    for variant in ["engine-1", "engine-2", "stream-2", "twopass-2", "legacy-2", "hand-1"] {
      guard let runs = stats[variant], !runs.isEmpty else { continue }
      let times = runs.map(\.endToEnd).sorted()
      let pairs = runs[0].pairs
      print(
        "  \(variant.padding(toLength: 9, withPad: " ", startingAt: 0)) \(ms(times[0])) / \(ms(times[times.count / 2])) ms, "
          + "\(rate(pairs, .seconds(times[0]))) pairs end to end, peak \(runs.map(\.peakMB).max() ?? 0) MB")
    }
    if let hand = stats["hand-1"]?.map(\.endToEnd).sorted(), !hand.isEmpty {
      for variant in ["engine-1", "engine-2", "stream-2", "legacy-2"] {
        guard let other = stats[variant]?.map(\.endToEnd).sorted(), !other.isEmpty else { continue }
        func ratio(_ a: Double, _ b: Double) -> Double { (a / max(b, 1e-9) * 100).rounded() / 100 }
        print(
          "end to end \(variant) / hand-1: \(ratio(other[0], hand[0]))× best, \(ratio(other[other.count / 2], hand[hand.count / 2]))× median")
      }
    }
    for variant in ["stream-2", "twopass-2"] {
      if let full = stats[variant]?.first, let part = stats[variant + "-quarter"]?.first {
        print("\(variant) peak memory: \(full.peakMB) MB for \(options.count) rows, \(part.peakMB) MB for \(options.count / 4) rows")
      }
    }
    if let hand = stats["hand-1"]?.min(by: { $0.evaluation < $1.evaluation }) {
      print("hand-1: evaluation loop \(rate(hand.pairs, .seconds(hand.evaluation))) pairs (thread CPU \(rate(hand.pairs, .seconds(hand.evaluationCPU))))")
    }
    if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(atPath: directory) }
  }

  static func runVariant(_ variant: String, options: Options) throws {
    if variant == "hand-1" {
      try HandWrittenBench.run(options: options)
      return
    }
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
    if parts[0] == "stream" || parts[0] == "twopass" {
      var descriptor = FileDescriptorWriter(descriptor: file.fileDescriptor)
      guard
        let outcome = try BatchRun(screening: screening).streamColumnar(
          path: options.input, reader: reader, byteOrderMark: false, ranked: parts[0] == "twopass",
          rejected: { _ in rejected += 1 }, write: { descriptor.write($0) })
      else { throw UsageError(message: "columnar path not applicable") }
      pairs = outcome.rowsOut
      report("\(variant): read + screen + write", clock.now - start, "\(rate(pairs, clock.now - start)) pairs")
      start = clock.now
    } else if parts[0] == "engine" {
      guard let batch = try BatchRun(screening: screening).runColumnar(path: options.input, reader: reader, rejected: { _ in rejected += 1 })
      else { throw UsageError(message: "columnar path not applicable") }
      pairs = batch.outcome.rowsOut
      report("\(variant): read + screen + rank", clock.now - start, "\(rate(pairs, clock.now - start)) pairs")
      start = clock.now
      guard batch.write(to: file.fileDescriptor, byteOrderMark: false) else { throw UsageError(message: "cannot write") }
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
    writeStats(options.output, endToEnd: clock.now - whole, pairs: pairs, peakMB: peakMemoryMB())
  }

  /// A variant's figures, written next to its output for the parent process (`OUTPUT.stats`).
  struct Stats {
    var endToEnd: Double
    var pairs: Int
    var peakMB: Int
    var evaluation: Double
    var evaluationCPU: Double
  }

  static func writeStats(
    _ output: String, endToEnd: Duration, pairs: Int, peakMB: Int, evaluation: Duration = .zero, evaluationCPU: Duration = .zero
  ) {
    let text = "\(seconds(endToEnd)) \(pairs) \(peakMB) \(seconds(evaluation)) \(seconds(evaluationCPU))\n"
    FileManager.default.createFile(atPath: output + ".stats", contents: Data(text.utf8))
  }

  static func readStats(_ output: String) -> Stats? {
    guard let text = try? String(contentsOfFile: output + ".stats", encoding: .utf8) else { return nil }
    let f = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard f.count == 5, let e = Double(f[0]), let p = Int(f[1]), let m = Int(f[2]), let v = Double(f[3]), let c = Double(f[4])
    else { return nil }
    return Stats(endToEnd: e, pairs: p, peakMB: m, evaluation: v, evaluationCPU: c)
  }

  static func ms(_ s: Double) -> Double { (s * 10_000).rounded() / 10 }

  /// Copies the header and the first `rows` lines of a CSV file (the generated file has no quoted line breaks).
  static func writePrefix(of input: String, rows: Int, to output: String) throws {
    guard let data = FileManager.default.contents(atPath: input) else { throw UsageError(message: "cannot read \(input)") }
    var lines = 0
    var end = data.count
    for (index, byte) in data.enumerated() where byte == 0x0A {
      lines += 1
      if lines == rows + 1 {
        end = index + 1
        break
      }
    }
    FileManager.default.createFile(atPath: output, contents: data.prefix(end))
  }

  /// `compare`, after emptying the `rank` cell (second to last; the generated ids have no commas) of both files.
  static func compareUnranked(_ a: String, _ b: String) -> String {
    func unranked(_ path: String) -> [Substring] {
      guard let data = FileManager.default.contents(atPath: path) else { return [] }
      return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
        var cells = line.split(separator: ",", omittingEmptySubsequences: false)
        if cells.count >= 2 { cells[cells.count - 2] = "" }
        return Substring(cells.joined(separator: ","))
      }
    }
    let left = unranked(a)
    let right = unranked(b)
    if left.isEmpty { return "missing output" }
    if left == right { return "OK (\(left.count) lines)" }
    return firstDifference(left, right)
  }

  /// `DIFF` with the first line where two outputs differ.
  static func firstDifference(_ left: [Substring], _ right: [Substring]) -> String {
    for i in 0..<min(left.count, right.count) where left[i] != right[i] {
      return "DIFF at line \(i + 1):\n  < \(left[i])\n  > \(right[i])"
    }
    return "DIFF: \(left.count) vs \(right.count) lines"
  }

  /// `OK` or `DIFF` with the first differing line.
  static func compare(_ a: String, _ b: String) -> String {
    guard let x = FileManager.default.contents(atPath: a), let y = FileManager.default.contents(atPath: b) else { return "missing output" }
    if x == y { return "OK (\(x.count) bytes)" }
    return firstDifference(
      String(decoding: x, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false),
      String(decoding: y, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false))
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

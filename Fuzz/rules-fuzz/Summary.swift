import Foundation

/// The text the fuzzer prints: progress on a terminal's stderr, the summary on stdout.
enum Summary {
  /// Whether stderr is a terminal; progress is printed only then.
  static let stderrIsTerminal = isatty(2) == 1

  /// Writes one line to stderr, first clearing the progress line on a terminal.
  ///
  /// - Parameter line: the line, without its line break.
  static func printError(_ line: String) {
    let clear = stderrIsTerminal ? "\r\u{1B}[K" : ""
    FileHandle.standardError.write(Data((clear + line + "\n").utf8))
  }

  /// The progress line: `120000/200000 inputs, 5400/s, 0 hangs, 0 violations`.
  ///
  /// - Parameter state: the run.
  /// - Returns: the line, without a line break.
  static func progress(_ state: RunState) -> String {
    let done = state.done.load(ordering: .relaxed)
    let seconds = max(Double(state.elapsedNanoseconds) / 1e9, 1e-9)
    let (hangs, violations) = counts(state)
    return "\(done)/\(state.options.count) inputs, \(Int(Double(done) / seconds))/s, \(hangs) hangs, "
      + "\(violations) violations"
  }

  /// The summary printed at the end of a run.
  ///
  /// - Parameters:
  ///   - state: the run.
  ///   - finished: whether every input ran; `false` when an input never finished.
  /// - Returns: the lines, each ending with a line break except the last.
  static func text(_ state: RunState, finished: Bool) -> String {
    let options = state.options
    let done = state.done.load(ordering: .relaxed)
    let seconds = max(Double(state.elapsedNanoseconds) / 1e9, 1e-9)
    let slowest = state.slowest.withLock { $0 }
    let findings = state.findings.withLock { $0 }.sorted { $0.index < $1.index }
    let (hangs, violations) = counts(state)
    let corpus = state.generator.corpus
    let stages = Stage.allCases.filter(options.stages.contains).map(\.rawValue).joined(separator: ",")
    var lines = [
      "rules-fuzz: seed \(options.seed), inputs \(options.start)..<\(options.start + options.count), "
        + "\(state.slots.count) jobs, stages \(stages), corpus \(corpus.fileCount) files + "
        + "\(SeedSnippets.all.count) seed snippets",
      "inputs run:     \(done)" + (finished ? "" : " (stopped early: an input ran too long to wait for)"),
      "crashes:        0",
      "hangs:          \(hangs) (over \(options.timeoutMilliseconds) ms)",
      "violations:     \(violations)",
      "slowest input:  \(format(slowest.milliseconds)) ms"
        + (slowest.index >= 0 ? " (index \(slowest.index), mostly \(slowest.stage))" : ""),
      "total time:     \(format(seconds)) s",
      "inputs/s:       \(Int(Double(done) / seconds))",
    ]
    for finding in findings {
      lines.append(
        "\(finding.kind.rawValue): index \(finding.index), \(format(finding.milliseconds)) ms, \(finding.detail)")
      lines.append("  from \(finding.origin)")
      lines.append("  saved \(finding.path); replay: \(options.replayCommand(index: finding.index))")
    }
    return lines.joined(separator: "\n")
  }

  /// The number of hangs and of violations found so far.
  static func counts(_ state: RunState) -> (hangs: Int, violations: Int) {
    state.findings.withLock { list in
      (list.count(where: { $0.kind == .hang }), list.count(where: { $0.kind == .violation }))
    }
  }

  /// A number with one decimal: `812.3`.
  static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}

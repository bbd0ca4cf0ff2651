import Rules

/// A stage of the library the fuzzer runs; `--stages` chooses which (parsing always runs).
enum Stage: String, CaseIterable, Sendable {
  /// ``Parser/parse(_:)``.
  case parse
  /// ``Checker/check(_:)``.
  case check
  /// ``DiagnosticRenderer``, as text and JSON.
  case render
}

/// What running the library on one input found, apart from crashes (which end the process).
struct ExerciseReport: Sendable {
  /// Time spent in ``Parser/parse(_:)``.
  var parse: Duration = .zero
  /// Time spent in ``Checker/check(_:)``.
  var check: Duration = .zero
  /// Time spent rendering the diagnostics as text and JSON.
  var render: Duration = .zero
  /// The number of diagnostics the last stage reported.
  var diagnostics = 0
  /// Broken invariants, in words (a range outside the file, an empty rendering); empty when all hold.
  var violations: [String] = []

  /// The stage that took longest, by name.
  var slowestStage: String {
    if parse >= check && parse >= render { return "parse" }
    return check >= render ? "check" : "render"
  }
}

/// How many diagnostics of one input are rendered: the first and last half of this many.
///
/// Rendering a diagnostic costs time in proportion to the length of its line, so the 100 000 diagnostics of a
/// megabyte line would take hours; a sample still renders positions at both ends of every input.
let renderSample = 4

/// Runs the stages of the library on one input: parse, then check, then render a sample of the diagnostics.
///
/// This is the single place where the fuzzer calls the library; a new stage (compile, evaluate) is added here.
///
/// - Parameters:
///   - text: the input.
///   - stages: the stages to run after parsing.
///   - trace: called after each stage with its name and time (`--replay` prints them as they come).
/// - Returns: the stages' times, the number of diagnostics and any broken invariant.
@discardableResult
func exercise(
  _ text: String, stages: Set<Stage> = Set(Stage.allCases), trace: ((String, Duration) -> Void)? = nil
) -> ExerciseReport {
  var report = ExerciseReport()
  let clock = ContinuousClock()
  let file = SourceFile(path: "fuzz.rules", text: text)

  var start = clock.now
  let parsed = Parser.parse(file)
  report.parse = clock.now - start
  trace?("parse", report.parse)
  checkRanges(parsed.diagnostics, stage: "parse", byteCount: file.bytes.count, into: &report.violations)
  var diagnostics = parsed.diagnostics

  // ── Checker call site ──────────────────────────────────────────────────────────────────────────────────────
  // The one call into the checker. When later stages exist (compile, evaluate), call them here, on `checked`.
  if stages.contains(.check) {
    start = clock.now
    let checked = Checker.check([parsed])
    report.check = clock.now - start
    trace?("check", report.check)
    checkRanges(checked.diagnostics, stage: "check", byteCount: file.bytes.count, into: &report.violations)
    diagnostics = checked.diagnostics
  }
  // ───────────────────────────────────────────────────────────────────────────────────────────────────────────

  if stages.contains(.render) {
    let sample = diagnostics.count <= renderSample
      ? diagnostics : Array(diagnostics.prefix(renderSample / 2) + diagnostics.suffix(renderSample / 2))
    start = clock.now
    let text = DiagnosticRenderer.render(sample, language: .korean)
    let json = DiagnosticRenderer.renderJSON(sample, language: .english)
    report.render = clock.now - start
    trace?("render", report.render)
    if !sample.isEmpty, text.isEmpty || json == "[]" {
      report.violations.append("render: \(sample.count) diagnostics rendered as nothing")
    }
  }
  report.diagnostics = diagnostics.count
  return report
}

/// Records every diagnostic, note or fix-it range that is not within `0...byteCount` or ends before it starts.
///
/// - Parameters:
///   - diagnostics: the diagnostics of one stage.
///   - stage: the stage's name, for the message.
///   - byteCount: the length of the file in UTF-8 bytes.
///   - violations: where messages are appended.
func checkRanges(_ diagnostics: [Diagnostic], stage: String, byteCount: Int, into violations: inout [String]) {
  func check(_ range: SourceRange, _ what: String) {
    guard range.start < 0 || range.start > range.end || range.end > byteCount else { return }
    violations.append("\(stage): \(what) range \(range.start)..<\(range.end) outside 0...\(byteCount)")
  }
  for diagnostic in diagnostics {
    let name = diagnostic.code.name
    check(diagnostic.range, name)
    for note in diagnostic.notes {
      if let range = note.range { check(range, "\(name) note") }
    }
    for fixIt in diagnostic.fixIts { check(fixIt.range, "\(name) fix-it") }
  }
}

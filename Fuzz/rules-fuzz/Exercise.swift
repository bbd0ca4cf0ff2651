import Rules

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

/// Runs every stage of the library that exists on one input: parse, then check, then render the diagnostics.
///
/// This is the single place where the fuzzer calls the library; a new stage (compile, evaluate) is added here.
///
/// - Parameter text: the input.
/// - Returns: the stages' times, the number of diagnostics and any broken invariant.
@discardableResult
func exercise(_ text: String) -> ExerciseReport {
  var report = ExerciseReport()
  let clock = ContinuousClock()
  let file = SourceFile(path: "fuzz.rules", text: text)

  var start = clock.now
  let parsed = Parser.parse(file)
  report.parse = clock.now - start
  checkRanges(parsed.diagnostics, stage: "parse", byteCount: file.bytes.count, into: &report.violations)

  // ── Checker call site ──────────────────────────────────────────────────────────────────────────────────────
  // The one call into the checker. When later stages exist (compile, evaluate), call them here, on `checked`.
  start = clock.now
  let checked = Checker.check([parsed])
  report.check = clock.now - start
  checkRanges(checked.diagnostics, stage: "check", byteCount: file.bytes.count, into: &report.violations)
  let diagnostics = checked.diagnostics
  // ───────────────────────────────────────────────────────────────────────────────────────────────────────────

  start = clock.now
  let text = DiagnosticRenderer.render(diagnostics, language: .korean)
  let json = DiagnosticRenderer.renderJSON(diagnostics, language: .english)
  report.render = clock.now - start
  if !diagnostics.isEmpty, text.isEmpty || json == "[]" {
    report.violations.append("render: \(diagnostics.count) diagnostics rendered as nothing")
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
  func valid(_ range: SourceRange) -> Bool { 0 <= range.start && range.start <= range.end && range.end <= byteCount }
  for diagnostic in diagnostics {
    let name = diagnostic.code.name
    if !valid(diagnostic.range) {
      violations.append("\(stage): \(name) range \(diagnostic.range.start)..<\(diagnostic.range.end) outside 0...\(byteCount)")
    }
    for note in diagnostic.notes {
      if let range = note.range, !valid(range) {
        violations.append("\(stage): \(name) note range \(range.start)..<\(range.end) outside 0...\(byteCount)")
      }
    }
    for fixIt in diagnostic.fixIts where !valid(fixIt.range) {
      violations.append("\(stage): \(name) fix-it range \(fixIt.range.start)..<\(fixIt.range.end) outside 0...\(byteCount)")
    }
  }
}

import Foundation
import Rules

/// `--replay INDEX` and `--input FILE`: run one input alone and say what happened, stage by stage.
enum Replay {
  /// Runs one input, printing each stage's time as it ends (so a hang shows where it is), then the syntax
  /// diagnostics and any broken invariant.
  ///
  /// - Parameters:
  ///   - text: the input.
  ///   - heading: what the input is, printed first.
  ///   - options: the hang threshold and the stages to run.
  /// - Returns: the exit status: 1 for a hang or a broken invariant, else 0.
  static func run(_ text: String, heading: String, options: Options) -> Int32 {
    let timeoutMilliseconds = options.timeoutMilliseconds
    print(heading)
    fflush(nil)
    let clock = ContinuousClock()
    let start = clock.now
    let report = exercise(text, stages: options.stages) { stage, duration in
      print("  \(stage): \(Summary.format(RunState.milliseconds(duration))) ms")
      fflush(nil)
    }
    let elapsed = RunState.milliseconds(clock.now - start)
    let parsed = Parser.parse(SourceFile(path: "fuzz.rules", text: text))
    print(
      "\(Summary.format(elapsed)) ms in all; \(parsed.diagnostics.count) syntax diagnostics, "
        + "\(report.diagnostics) after checking")
    for diagnostic in parsed.diagnostics.prefix(10) {
      let position = diagnostic.position
      print("  \(position.line):\(position.column): \(diagnostic.code.name)")
    }
    if parsed.diagnostics.count > 10 { print("  …") }
    for violation in report.violations { print("violation: \(violation)") }
    let hang = elapsed > Double(timeoutMilliseconds)
    if hang { print("hang: over \(timeoutMilliseconds) ms") }
    return hang || !report.violations.isEmpty ? 1 : 0
  }
}

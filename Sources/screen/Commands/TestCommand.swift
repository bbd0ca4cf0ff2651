import Eligibility
import Foundation
import Rules

/// `screen test [RULES_DIR]`: runs every service's `example`s, then reports what they leave uncovered.
///
/// Each example is evaluated with its `application_date` as the reference date, as `swift test` does. A passing
/// example is one line (`✓ name`); a failing one lists each expected value that differs (result, priority, tier,
/// subsidy, copay) and the explanation of the eligibility criteria, as `screen check` prints it. After a service's
/// examples comes its coverage (``Coverage``): criteria never true or never false, rows no example matched and
/// thresholds whose edge no example hits. `--boundaries` adds a table of generated cases at every threshold
/// (``BoundaryCases``) for a reviewer to sign off; `--write` inserts them into the service blocks as examples.
/// The answer goes to stdout; the count line to stderr. Exit 1 when an example fails.
enum TestCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let folder = arguments.argument("rules") ?? "rulesets"
    let context = try load(folder, language: language)
    let ruleset = context.ruleset
    let write = arguments.flag("write")
    let boundaries = arguments.flag("boundaries") || write
    var output = ""
    var passed = 0
    var failed = 0
    var generated: [(service: Int, cases: [BoundaryRun])] = []
    for (index, service) in ruleset.services.enumerated() {
      output += "■ \(service.id) \(service.title)\n"
      var records: [Record] = []
      for example in service.examples {
        let record = context.evaluator.prepare(example.facts, referenceDate: referenceDate(example.facts, ruleset))
        records.append(record)
        let outcome = context.evaluator.evaluate(service: index, on: record)
        let differences = self.differences(example, outcome, language)
        if differences.isEmpty {
          passed += 1
          output += "  ✓ \(example.name)\n"
        } else {
          failed += 1
          output += "  ✗ \(example.name)\n"
          output += differences.map { "      \($0)\n" }.joined()
          output += explanation(example, service: service.id, context: context, language: language)
        }
      }
      let coverage = Coverage.measure(service: index, evaluator: context.evaluator, records: records)
      output += coverageLines(coverage, service: service, language: language).map { "  \($0)\n" }.joined()
      if boundaries {
        let cases = boundaryRuns(service: index, context: context)
        generated.append((index, cases))
        output += boundaryTable(cases, service: service, ruleset: ruleset, language: language)
      }
      output += "\n"
    }
    Console.answer(output)
    if write {
      Console.error(try writeBoundaries(generated, context: context, language: language))
    }
    Console.error(
      language == .korean
        ? "예제 \(passed + failed)개: 통과 \(passed), 실패 \(failed)"
        : "\(passed + failed) examples: \(passed) passed, \(failed) failed")
    return failed > 0 ? ExitCode(.failedTests) : .success
  }

  /// Loads and checks the folder, failing with exit 2 (unreadable) or 3 (errors) and the diagnostics.
  static func load(_ folder: String, language: Language) throws(CommandFailure) -> ScreeningContext {
    do {
      return try Screening.load(rulesDirectory: folder)
    } catch {
      switch error {
      case .unreadable(let readError):
        throw CommandFailure(
          message: language == .korean
            ? "error: 규칙 폴더를 읽을 수 없음: \(readError.path) (\(readError.reason))"
            : "error: cannot read the ruleset folder \(readError.path) (\(readError.reason))",
          code: .invalidUsage)
      case .invalidRuleset(let diagnostics):
        throw CommandFailure(
          message: DiagnosticRenderer.render(diagnostics, language: language) + "\n"
            + DiagnosticRenderer.summary(of: diagnostics, language: language),
          code: .rulesetsDoNotCompile)
      }
    }
  }

  /// The reference date of an example: its application date.
  static func referenceDate(_ facts: Facts, _ ruleset: CheckedRuleset) -> CivilDate? {
    ReferenceDate.resolve(asOf: nil, facts: facts, schema: ruleset.schema).date
  }

  /// What an example expects that the evaluation did not give, one line each: `결과: 기대 대상, 실제 비대상`.
  static func differences(_ example: CheckedExample, _ outcome: Outcome, _ language: Language) -> [String] {
    let korean = language == .korean
    var lines: [String] = []
    func line(_ korean: String, _ english: String, _ expected: String, _ actual: String) {
      lines.append(
        language == .korean ? "\(korean): 기대 \(expected), 실제 \(actual)" : "\(english): expected \(expected), got \(actual)")
    }
    let none = korean ? "없음" : "none"
    if outcome.decision != example.result {
      line("결과", "result", decisionText(example.result, language), decisionText(outcome.decision, language))
    }
    if let priority = example.priority, outcome.priorityNumber != priority {
      line("우선순위", "priority", "\(priority)", outcome.priorityNumber.map(String.init) ?? none)
    }
    if let tier = example.tier, outcome.tierNumber != tier {
      line("등급", "tier", "\(tier)", outcome.tierNumber.map(String.init) ?? none)
    }
    if let subsidy = example.subsidy, outcome.subsidy != subsidy {
      line("정부지원금", "subsidy", amountText(subsidy, language), outcome.subsidy.map { amountText($0, language) } ?? none)
    }
    if let copay = example.copay, outcome.copay != copay {
      line("본인부담금", "copay", amountText(copay, language), outcome.copay.map { amountText($0, language) } ?? none)
    }
    return lines
  }

  /// The explanation `screen check` gives for the example's facts, without its header and summary, indented.
  static func explanation(_ example: CheckedExample, service: String, context: ScreeningContext, language: Language)
    -> String
  {
    guard let report = try? context.screen(example.facts, asOf: nil, service: service) else { return "" }
    let lines = ReportRenderer.text(report, language: language).split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("■") }) else { return "" }
    var body = Array(lines[start...])
    while let last = body.last, last.isEmpty || last.hasPrefix(language == .korean ? "요약:" : "summary:") {
      body.removeLast()
    }
    return body.map { "      \($0)\n" }.joined()
  }

  /// `대상`, `비대상`, `판단불가` / `eligible` ….
  static func decisionText(_ decision: Decision, _ language: Language) -> String {
    guard language == .korean else { return decision.rawValue }
    switch decision {
    case .eligible: return "대상"
    case .ineligible: return "비대상"
    case .undetermined: return "판단불가"
    }
  }

  /// `450,000원` / `450,000 won`, or `미정 (사유)`.
  static func amountText(_ amount: Amount, _ language: Language) -> String {
    switch amount {
    case .won(let value):
      let digits = String(value.magnitude)
      var grouped = ""
      for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
        grouped.append(digit)
      }
      return (value < 0 ? "-" : "") + grouped + (language == .korean ? "원" : " won")
    case .undetermined(let reason):
      return language == .korean ? "미정 (\(reason))" : "undetermined (\(reason))"
    }
  }
}

import Eligibility
import Foundation
import Rules

/// A generated boundary case and its evaluation.
struct BoundaryRun {
  /// The case.
  var boundary: BoundaryCases.Case
  /// Its outcome.
  var outcome: Outcome
}

extension TestCommand {
  /// The boundary cases of a service, from its first passing eligible example, evaluated.
  static func boundaryRuns(service index: Int, context: ScreeningContext) -> [BoundaryRun] {
    let ruleset = context.ruleset
    let evaluator = context.evaluator
    guard let base = BoundaryCases.base(service: index, evaluator: evaluator, referenceDate: { referenceDate($0, ruleset) })
    else { return [] }
    let slot = ruleset.schema.fields.firstIndex { $0.name == ReferenceDate.applicationDateField }
    let cases = BoundaryCases.generate(
      service: index, evaluator: evaluator, base: base.facts, referenceDate: referenceDate(base.facts, ruleset),
      referenceSlot: slot)
    return cases.map { boundary in
      BoundaryRun(
        boundary: boundary,
        outcome: evaluator.evaluate(service: index, on: evaluator.prepare(boundary.facts, referenceDate: boundary.referenceDate)))
    }
  }

  /// The facts a case changes: `monthly_income = 2_674_135원, application_date = 2025-03-01`.
  static func changeText(_ boundary: BoundaryCases.Case, _ ruleset: CheckedRuleset) -> String {
    boundary.changes.map { change in
      let field = ruleset.schema.fields[change.slot]
      return "\(field.name) = \(BoundaryCases.literal(change.value, in: ruleset, type: field.type))"
    }.joined(separator: ", ")
  }

  /// The cases as an aligned table: service, case, input change, result, priority, tier, copay.
  static func boundaryTable(_ runs: [BoundaryRun], service: CheckedService, ruleset: CheckedRuleset, language: Language)
    -> String
  {
    let korean = language == .korean
    guard !runs.isEmpty else {
      return korean
        ? "  경계 사례: 없음 (대상으로 통과하는 예제가 없거나 상수와 비교하는 기준이 없음)\n"
        : "  boundary cases: none (no example passes as eligible, or no criterion compares with a constant)\n"
    }
    let header = korean
      ? ["서비스", "경계", "입력 변경", "결과", "우선순위", "등급", "본인부담금"]
      : ["service", "case", "input change", "result", "priority", "tier", "copay"]
    var rows = [header]
    for run in runs {
      let subject = run.boundary.subject == "effective" ? (korean ? "시행기간" : "effective period") : run.boundary.subject
      rows.append([
        service.id, subject, changeText(run.boundary, ruleset), decisionText(run.outcome.decision, language),
        run.outcome.priorityNumber.map(String.init) ?? "-", run.outcome.tierNumber.map(String.init) ?? "-",
        run.outcome.copay.map { amountText($0, language) } ?? "-",
      ])
    }
    let widths = header.indices.map { column in rows.map { TextWidth.cells(of: $0[column]) }.max() ?? 0 }
    var text = korean ? "  경계 사례 (검토용)\n" : "  boundary cases (for review)\n"
    for row in rows {
      let cells = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - TextWidth.cells(of: cell))
      }
      text += "    " + cells.joined(separator: "  ") + "\n"
    }
    return text
  }

  /// The name of a generated example: `경계: income_pct <= 120% · monthly_income = 2_674_135원`.
  static func exampleName(_ boundary: BoundaryCases.Case, _ ruleset: CheckedRuleset) -> String {
    let subject = boundary.subject == "effective" ? "시행기간" : boundary.subject
    return "경계: \(subject) · \(changeText(boundary, ruleset))"
  }

  /// Inserts the generated cases into their services as examples expecting their current outcome, checks the new
  /// files, and writes them only when they check without errors. Cases whose name an example already has are
  /// skipped, so writing twice adds nothing.
  ///
  /// - Returns: what was written, for stderr.
  static func writeBoundaries(
    _ generated: [(service: Int, cases: [BoundaryRun])], context: ScreeningContext, language: Language
  ) throws(CommandFailure) -> String {
    let ruleset = context.ruleset
    var texts: [String: String] = [:]
    for file in ruleset.files { texts[file.path] = file.text }
    var counts: [String: Int] = [:]
    for (index, runs) in generated {
      let service = ruleset.services[index]
      var existing = Set(service.examples.map(\.name))
      var block = ""
      for run in runs {
        let name = exampleName(run.boundary, ruleset)
        guard existing.insert(name).inserted else { continue }
        block += BoundaryCases.exampleText(name: name, facts: run.boundary.facts, outcome: run.outcome, ruleset: ruleset)
        counts[service.file.path, default: 0] += 1
      }
      guard !block.isEmpty, let text = texts[service.file.path] else { continue }
      guard
        let updated = BoundaryCases.insert(
          block, intoService: service.id, of: SourceFile(path: service.file.path, text: text))
      else {
        throw CommandFailure(
          message: language == .korean
            ? "error: 서비스 블록의 끝을 찾을 수 없음: \(service.id)" : "error: cannot find the end of service \(service.id)",
          code: .invalidUsage)
      }
      texts[service.file.path] = updated
    }
    let files = ruleset.files.map { SourceFile(path: $0.path, text: texts[$0.path] ?? $0.text) }
    let check = Checker.check(files.map(Parser.parse))
    guard !check.hasErrors else {
      throw CommandFailure(
        message: (language == .korean ? "error: 경계 예제를 넣은 규칙에 오류가 있어 쓰지 않음\n" : "error: not written: the rules with the boundary examples have errors\n")
          + DiagnosticRenderer.render(check.diagnostics.filter { $0.severity == .error }, language: language),
        code: .problemsFound)
    }
    var written: [String] = []
    for file in ruleset.files where counts[file.path, default: 0] > 0 {
      try OutputFile.write(texts[file.path] ?? file.text, to: file.path, language: language)
      written.append(
        language == .korean
          ? "\(file.path): 경계 예제 \(counts[file.path, default: 0])개를 씀"
          : "\(file.path): wrote \(counts[file.path, default: 0]) boundary examples")
    }
    return written.isEmpty ? (language == .korean ? "새로 쓸 경계 예제가 없음" : "no new boundary examples") : written.joined(separator: "\n")
  }
}

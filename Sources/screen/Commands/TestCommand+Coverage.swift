import Rules

extension TestCommand {
  /// The coverage block of a service: a heading, then one line per uncovered item (or `모두 다룸`).
  static func coverageLines(_ coverage: Coverage, service: CheckedService, language: Language) -> [String] {
    let korean = language == .korean
    var lines = [korean ? "커버리지" : "coverage"]
    func place(_ range: SourceRange) -> String {
      let position = service.file.position(of: range.start)
      return "\(service.file.path):\(position.line):\(position.column)"
    }
    func name(_ criterion: Coverage.CriterionCoverage) -> String {
      criterion.label.map { "\"\($0)\"" } ?? (korean ? "(eligible 전체)" : "(the whole of eligible)")
    }
    for criterion in coverage.neverTrue {
      lines.append("  " + (korean ? "참이 된 적 없는 기준: " : "never true: ") + "\(name(criterion)) (\(place(criterion.range)))")
    }
    for criterion in coverage.neverFalse {
      lines.append("  " + (korean ? "거짓이 된 적 없는 기준: " : "never false: ") + "\(name(criterion)) (\(place(criterion.range)))")
    }
    for row in coverage.unmatchedRows {
      lines.append("  " + (korean ? "맞은 예제가 없는 행: " : "no example matches: ") + "\(row.list) \(row.number) \"\(row.label)\"")
    }
    for threshold in coverage.missedEdges {
      lines.append(
        "  " + (korean ? "경계를 시험하는 예제가 없는 비교: " : "no example at the edge of: ")
          + "`\(threshold.text)` (\(place(threshold.range)))")
    }
    if coverage.isComplete { lines.append("  " + (korean ? "모두 다룸" : "everything covered")) }
    return lines
  }
}

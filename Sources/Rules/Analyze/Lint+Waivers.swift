extension Lint {
  /// `unused-waiver` for the analyzer's codes: a `waive decision-gap` or `waive unreachable-row` that silenced no
  /// finding of ``Analyzer/analyze(_:)``.
  ///
  /// The checker accepts these waivers on `priority`/`tier` clauses and rows without knowing whether they silence
  /// anything; the analyzer's waived findings say which did. A `decision-gap` waiver on a list is used when the list
  /// has a gap; an `unreachable-row` waiver on a row when that row is unreachable; one on the list when some
  /// unreachable row of it has no waiver of its own. A list the analyzer had to skip (too many cells) reports its
  /// waivers as unused too: rewrite the list or drop the waiver.
  ///
  /// - Parameters:
  ///   - files: the parsed files.
  ///   - analysis: the analyzer's findings on the checked program of those files.
  /// - Returns: one warning per unused waiver, at the waiver's code.
  public static func unusedAnalysisWaivers(in files: [RulesetSyntax], analysis: [Diagnostic]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let waived = analysis.filter { $0.severity == .note }
    func waivedFinding(_ file: SourceFile, _ range: SourceRange, _ name: String) -> Bool {
      waived.contains { $0.file.path == file.path && $0.range == range && $0.code.name == name }
    }
    for (file, service) in services(in: files) {
      for clause in service.clauses {
        let list: DecisionListSyntax
        switch clause.kind {
        case .priority(let l), .tier(let l): list = l
        default: continue
        }
        let listWaivers = clause.annotations.waivers + list.annotations.waivers
        for waiver in listWaivers {
          let used: Bool
          switch waiver.code.text {
          case "decision-gap":
            used = waivedFinding(file, list.range, "decision-gap")
          case "unreachable-row":
            used = list.rows.contains { row in
              waivedFinding(file, row.range, "unreachable-row")
                && !row.annotations.waivers.contains { $0.code.text == "unreachable-row" }
            }
          default: continue
          }
          if !used { diagnostics.append(Diagnostic(.unusedWaiver(waiver.code.text), in: file, at: waiver.code.range)) }
        }
        for row in list.rows {
          for waiver in row.annotations.waivers where waiver.code.text == "unreachable-row" {
            if !waivedFinding(file, row.range, "unreachable-row") {
              diagnostics.append(Diagnostic(.unusedWaiver("unreachable-row"), in: file, at: waiver.code.range))
            }
          }
        }
      }
    }
    return diagnostics
  }
}

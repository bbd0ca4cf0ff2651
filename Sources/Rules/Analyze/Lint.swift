/// The linter: findings about a ruleset that are neither errors of the language nor properties of its decision
/// lists, but of how the rules are written down.
///
/// `screen lint` reports everything ``Checker/check(_:)`` and ``Analyzer/analyze(_:)`` report, plus:
/// - `missing-source` (warning): a number in a rule with no `source` on the rule or an enclosing clause or group
///   (``missingSources(in:)``);
/// - `choice-without-quote` (warning): a `choice` whose text neither quotes the source nor cites a line number
///   (``choicesWithoutQuote(in:)``);
/// - `table-not-in-force` (warning, or note past the last version of an open-ended period): days of a service's
///   effective period on which a table its rules read has no version (``tablesNotInForce(in:)``);
/// - `unused-waiver` (warning): a `waive decision-gap` or `waive unreachable-row` that silenced no finding of the
///   analyzer (``unusedAnalysisWaivers(in:checked:analysis:)``).
///
/// A `waive CODE because "…"` on the place (or an enclosing clause or group for `missing-source`) keeps the
/// finding with severity `note` and a `waived` note, as for the analyzer's findings.
public enum Lint {
  /// Reads, parses, checks, analyses and lints a ruleset folder: every finding `screen lint` prints.
  ///
  /// - Parameter path: the folder.
  /// - Returns: the checked program (when error-free) and every diagnostic, sorted by file (in name order) and
  ///   position.
  /// - Throws: ``RulesetFolder/ReadError`` when the folder cannot be read.
  public static func folder(_ path: String) throws(RulesetFolder.ReadError) -> CheckResult {
    lint(try RulesetFolder.files(in: path).map(Parser.parse))
  }

  /// Checks, analyses and lints parsed files.
  ///
  /// - Parameter files: the parsed files of one folder.
  /// - Returns: the check result with the analyzer's and the linter's findings added, sorted by file and position.
  public static func lint(_ files: [ParsedFile]) -> CheckResult {
    var result = Checker.check(files)
    let syntax = files.map(\.syntax)
    var findings = missingSources(in: syntax) + choicesWithoutQuote(in: syntax)
    if let ruleset = result.ruleset {
      let analysis = Analyzer.analyze(ruleset)
      findings += analysis
      findings += tablesNotInForce(in: ruleset, syntax: syntax)
      findings += unusedAnalysisWaivers(in: syntax, analysis: analysis)
    }
    result.diagnostics += findings
    let order = Dictionary(files.enumerated().map { ($0.element.syntax.file.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
    result.diagnostics = result.diagnostics.enumerated().sorted {
      (order[$0.element.file.path] ?? 0, $0.element.range.start, $0.offset)
        < (order[$1.element.file.path] ?? 0, $1.element.range.start, $1.offset)
    }.map(\.element)
    return result
  }

  /// A finding, lowered to a note with a `waived` note when one of the waivers names its code.
  static func finding(
    _ code: DiagnosticCode, in file: SourceFile, at range: SourceRange, notes: [Note] = [], waivers: [WaiverSyntax]
  ) -> Diagnostic {
    guard let waiver = waivers.first(where: { $0.code.text == code.name }) else {
      return Diagnostic(code, in: file, at: range, notes: notes)
    }
    return Diagnostic(code, in: file, at: range, notes: notes + [Note(.note, .waived(waiver.reason.text))], severity: .note)
  }

  /// Every service of the files, with its file.
  static func services(in files: [RulesetSyntax]) -> [(file: SourceFile, service: ServiceSyntax)] {
    files.flatMap { syntax in
      syntax.declarations.compactMap { declaration -> (file: SourceFile, service: ServiceSyntax)? in
        if case .service(let service) = declaration { return (syntax.file, service) }
        return nil
      }
    }
  }
}

import Rules

/// `screen lint [RULES_DIR]`: every static finding about a ruleset folder, rustc-style or as JSON.
///
/// The findings are the checker's (names, types, tables), the analyzer's (gaps and unreachable rows, with
/// counterexamples) and the linter's (`missing-source`, `choice-without-quote`, `table-not-in-force`,
/// `unused-waiver`), sorted by file and position (``Lint/folder(_:)``). The findings go to stdout (text, or one JSON array); the summary
/// line (`경고 69개`) to stderr, last. Exit 1 when any finding is an error, else 0.
enum LintCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let folder = arguments.argument("rules") ?? "rulesets"
    let format = try arguments.choice("format", as: OutputFormat.self) ?? .text
    let result: CheckResult
    do {
      result = try Lint.folder(folder)
    } catch {
      throw CommandFailure(
        message: language == .korean
          ? "error: 규칙 폴더를 읽을 수 없음: \(error.path) (\(error.reason))"
          : "error: cannot read the ruleset folder \(error.path) (\(error.reason))",
        code: .invalidUsage)
    }
    let diagnostics = result.diagnostics
    if format == .json {
      Console.answer(DiagnosticRenderer.renderJSON(diagnostics, language: language))
    } else if !diagnostics.isEmpty {
      Console.answer(DiagnosticRenderer.render(diagnostics, language: language))
    }
    Console.error(DiagnosticRenderer.summary(of: diagnostics, language: language))
    return result.hasErrors ? ExitCode(.lintErrors) : .success
  }
}

import Eligibility
import Rules

#if canImport(Glibc)
  import Glibc
#endif

/// `screen diff OLD NEW APPLICANTS`: what a rule change does before it is announced. Screens the same applicants
/// under both rule folders (or the same folder under `--as-of-old` and `--as-of-new`), and reports whose result,
/// priority, tier, co-payment or rank moves, and why.
///
/// The applicants are read with the NEW rules' reader; every column must be a field of the OLD schema too, with
/// the same type (else exit 2). Text goes to stdout (a summary per service and the changed rows); `--out FILE`
/// writes the changed rows as CSV; `--format html` writes a self-contained report to `--out` or stdout.
enum DiffCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    guard let oldFolder = arguments.argument("old"), let newFolder = arguments.argument("new") else { return .invalidUsage }
    let input = arguments.argument("applicants") ?? "-"
    let asOfOld = try arguments.date("as-of-old")
    let asOfNew = try arguments.date("as-of-new")
    let format = try arguments.choice("format", as: OutputFormat.self) ?? .text
    let old = try CommandRunner.loadRules(oldFolder, language: language)
    let new = try CommandRunner.loadRules(newFolder, language: language)
    let diff = PolicyDiff(old: old, new: new, asOfOld: asOfOld, asOfNew: asOfNew)
    let outcome: DiffOutcome
    do {
      outcome = try diff.run(path: input, language: language) { Console.error($0.rendered(in: language)) }
    } catch {
      throw CommandFailure(message: message(error, language: language), code: .invalidUsage)
    }
    let report = DiffReport(
      oldFolder: oldFolder, newFolder: newFolder, old: old, new: new, asOfOld: asOfOld, asOfNew: asOfNew, outcome: outcome)
    let out = arguments.string("out").flatMap { $0 == "-" ? nil : $0 }
    switch format {
    case .html:
      let html = DiffHTML(report: report, language: language).document()
      if let out { try OutputFile.write(html, to: out, language: language) } else { Console.answer(html) }
    default:
      Console.answer(DiffTextRenderer(report: report, language: language).text())
      if let out { try OutputFile.write(DiffTableWriter.csv(outcome.rows), to: out, language: language) }
    }
    Console.error(report.provenance(language: language))
    return outcome.rejected > 0 ? ExitCode(.badRows) : .success
  }

  /// The text of a failure to read the table or to match the schemas.
  static func message(_ error: PolicyDiffError, language: Language) -> String {
    let korean = language == .korean
    switch error {
    case .table(let tableError): return tableError.rendered(in: language)
    case .schema(.unknownToOld(let column)):
      return korean
        ? "error[schema-mismatch]: 이전 규칙의 스키마에 없는 열: `\(column)`\n  = note: 신청자 파일은 새 규칙의 스키마로 읽고, 모든 열이 이전 규칙에도 있어야 함"
        : "error[schema-mismatch]: column unknown to the OLD rules' schema: `\(column)`\n  = note: the applicants are read with the NEW rules' schema; every column must exist in the OLD one too"
    case .schema(.typeMismatch(let field, let newType, let oldType)):
      return korean
        ? "error[schema-mismatch]: 필드 `\(field)`의 형식이 다름: 이전 \(oldType), 새 \(newType)"
        : "error[schema-mismatch]: field `\(field)` has a different type: old \(oldType), new \(newType)"
    }
  }
}

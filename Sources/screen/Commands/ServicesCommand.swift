import Eligibility
import Rules

/// `screen services`: lists the services of the ruleset folder with region, period and source.
enum ServicesCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let context = try CommandRunner.loadRules(arguments)
    let format = try arguments.choice("format", as: OutputFormat.self) ?? .text
    let catalog = context.catalog
    Console.answer(
      format == .json
        ? ReportRenderer.json(catalog, language: arguments.language)
        : ReportRenderer.text(catalog, language: arguments.language))
    return .success
  }
}

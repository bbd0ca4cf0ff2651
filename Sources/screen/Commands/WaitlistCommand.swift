import Eligibility
import Rules

/// `screen waitlist APPLICANTS --service ID --budget WON`: ranks a service's eligible applicants and selects them
/// in order while the 정부지원금 over the support period fits the budget.
enum WaitlistCommand {
  /// Runs the command.
  static func run(_ arguments: ParsedArguments) throws -> ExitCode {
    let language = arguments.language
    let context = try CommandRunner.loadRules(arguments)
    let input = arguments.argument("applicants") ?? "-"
    guard let id = arguments.string("service"), let budget = try arguments.money("budget") else { return .invalidUsage }
    let asOf = try arguments.date("as-of")
    let screening: BatchScreening
    do {
      screening = try BatchScreening(context: context, services: [id], asOf: asOf)
    } catch {
      throw CommandFailure(message: "error: " + error.message(in: language), code: .invalidUsage)
    }
    let reader = ApplicantTableReader(ruleset: context.ruleset, encoding: .automatic)
    let outcome: BatchOutcome
    do {
      outcome = try BatchRun(screening: screening).run(path: input, reader: reader, rejected: { Console.error($0.rendered(in: language)) })
    } catch {
      throw CommandFailure(message: error.rendered(in: language), code: .invalidUsage)
    }
    guard let serviceIndex = screening.services.first else { return .invalidUsage }
    let service = context.ruleset.services[serviceIndex]
    let selection = BudgetSelection(results: outcome.results, service: service, budget: budget)
    let format = try arguments.choice("format", as: OutputFormat.self) ?? .text
    let renderer = WaitlistRenderer(selection: selection, service: service, language: language)
    switch format {
    case .csv: Console.answer(renderer.csv())
    case .json: Console.answer(renderer.json(provenance: BatchProvenance(context: context, asOf: asOf, outcome: outcome, services: [serviceIndex])))
    default: Console.answer(renderer.text())
    }
    Console.error(BatchProvenance(context: context, asOf: asOf, outcome: outcome, services: [serviceIndex]).summary(language: language))
    return outcome.rejected > 0 ? ExitCode(.badRows) : .success
  }
}

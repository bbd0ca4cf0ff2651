import Eligibility
import Rules
import Testing

/// One `example` of one service in the project's rulesets.
struct RulesetExample: Sendable, CustomTestStringConvertible {
  var service: Int
  var serviceID: String
  var example: CheckedExample

  var testDescription: String { "\(serviceID) / \(example.name)" }
}

/// Every example of every service, in ruleset order (none when the rulesets do not load; `rulesetsLoad` fails then).
func rulesetExamples() -> [RulesetExample] {
  guard case .success(let context) = projectRulesets else { return [] }
  return context.ruleset.services.enumerated().flatMap { index, service in
    service.examples.map { RulesetExample(service: index, serviceID: service.id, example: $0) }
  }
}

@Test func rulesetsLoad() throws {
  let context = try rulesetContext()
  #expect(!context.ruleset.services.isEmpty)
  #expect(!rulesetExamples().isEmpty)
}

/// What an example expects that the evaluation did not give, in words (empty when it passes).
func mismatches(of example: RulesetExample, in context: ScreeningContext) -> [String] {
  let expected = example.example
  let reference = ReferenceDate.resolve(asOf: nil, facts: expected.facts, schema: context.ruleset.schema)
  let record = context.evaluator.prepare(expected.facts, referenceDate: reference.date)
  let outcome = context.evaluator.evaluate(service: example.service, on: record)
  var problems: [String] = []
  if outcome.decision != expected.result { problems.append("decision \(outcome.decision), expected \(expected.result)") }
  if let priority = expected.priority, outcome.priorityNumber != priority {
    problems.append("priority \(outcome.priorityNumber.map(String.init) ?? "none"), expected \(priority)")
  }
  if let tier = expected.tier, outcome.tierNumber != tier {
    problems.append("tier \(outcome.tierNumber.map(String.init) ?? "none"), expected \(tier)")
  }
  if let subsidy = expected.subsidy, outcome.subsidy != subsidy {
    problems.append("subsidy \(String(describing: outcome.subsidy)), expected \(subsidy)")
  }
  if let copay = expected.copay, outcome.copay != copay {
    problems.append("copay \(String(describing: outcome.copay)), expected \(copay)")
  }
  if !problems.isEmpty, !outcome.reasons.isEmpty {
    problems.append("reasons: \(outcome.reasons.map { AskItem($0, ruleset: context.ruleset).text(in: .english) })")
  }
  return problems
}

/// Each example, evaluated with the reference date = its application date.
@Test(arguments: rulesetExamples())
func rulesetExamplePasses(_ example: RulesetExample) throws {
  let problems = mismatches(of: example, in: try rulesetContext())
  #expect(problems.isEmpty, "\(example.testDescription): \(problems.joined(separator: "; "))")
}

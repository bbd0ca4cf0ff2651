import Rules

let path = CommandLine.arguments.dropFirst().first ?? "rulesets"
do {
  let result = try RulesetFolder.load(path)
  print(DiagnosticRenderer.render(result.diagnostics, language: .english))
  if let ruleset = result.ruleset {
    let evaluator = Evaluator(ruleset)
    var failures = 0
    for (index, service) in ruleset.services.enumerated() {
      for example in service.examples {
        let date: CivilDate?
        if let slot = ruleset.schema.slot(named: "application_date"), case .date(let d)? = example.facts[slot] { date = d } else { date = nil }
        let outcome = evaluator.evaluate(service: index, on: evaluator.prepare(example.facts, referenceDate: date))
        let ok = outcome.decision == example.result && (example.priority == nil || example.priority == outcome.priorityNumber)
          && (example.tier == nil || example.tier == outcome.tierNumber) && (example.copay == nil || example.copay == outcome.copay)
          && (example.subsidy == nil || example.subsidy == outcome.subsidy)
        if !ok {
          failures += 1
          print("FAIL \(service.id) / \(example.name): got \(outcome.decision) p\(String(describing: outcome.priorityNumber)) t\(String(describing: outcome.tierNumber)) \(String(describing: outcome.copay)) reasons \(outcome.reasons)")
        }
      }
    }
    print("services \(ruleset.services.count), examples \(ruleset.services.map(\.examples.count).reduce(0, +)), failures \(failures)")
  }
} catch {
  print(error)
}

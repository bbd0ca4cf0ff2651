import Testing

@testable import Rules

/// The project's rulesets folder, found from this file.
private let rulesetsPath: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)
  return parts.joined(separator: "/") + "/rulesets"
}()

@Test func realRulesetsHaveNoUnwaivedFindings() throws {
  let result = try RulesetFolder.load(rulesetsPath)
  let ruleset = try #require(result.ruleset, "\(DiagnosticRenderer.render(result.diagnostics))")
  let found = Analyzer.analyze(ruleset).filter { $0.severity != .note }
  #expect(found.isEmpty, "\(DiagnosticRenderer.render(found))")
}

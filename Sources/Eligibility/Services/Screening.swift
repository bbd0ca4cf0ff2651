import Rules

/// Entry point of the screening library: load a ruleset folder once, then decode and screen applicants.
///
/// ```swift
/// let context = try Screening.load(rulesDirectory: "rulesets")
/// switch context.decodeApplicant(jsonData: data) {
/// case .success(let facts):
///   let report = try context.screen(facts, asOf: nil, service: nil)
///   print(ReportRenderer.text(report, language: .korean), terminator: "")
/// case .failure(let errors):
///   print(errors.rendered(), terminator: "")
/// }
/// ```
public enum Screening {
  /// Reads, parses and checks a ruleset folder, and fingerprints its files.
  ///
  /// - Parameter rulesDirectory: the folder of `.rules` files.
  /// - Returns: the context to screen with; its ``ScreeningContext/diagnostics`` holds warnings and notes.
  /// - Throws: ``ScreeningLoadError/unreadable(_:)`` when the folder cannot be read,
  ///   ``ScreeningLoadError/invalidRuleset(_:)`` (with every diagnostic) when the rules have errors.
  public static func load(rulesDirectory: String) throws(ScreeningLoadError) -> ScreeningContext {
    let result: CheckResult
    do {
      result = try RulesetFolder.load(rulesDirectory)
    } catch {
      throw .unreadable(error)
    }
    guard let ruleset = result.ruleset else { throw .invalidRuleset(result.diagnostics) }
    return ScreeningContext(ruleset: ruleset, diagnostics: result.diagnostics)
  }
}

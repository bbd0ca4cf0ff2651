import Rules

/// Why a ruleset folder could not be loaded for screening.
public enum ScreeningLoadError: Error, Sendable {
  /// The folder or a file could not be read.
  case unreadable(RulesetFolder.ReadError)
  /// The rules have errors; every diagnostic (errors, warnings, notes), in file order.
  case invalidRuleset([Diagnostic])
}

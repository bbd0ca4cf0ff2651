/// How `screen` ends, as the process exit status.
///
/// | code | meaning |
/// |---|---|
/// | 0 | ok |
/// | 1 | ran, and found problems: bad rows, failed tests, lint errors |
/// | 2 | bad arguments or unreadable input |
/// | 3 | the rulesets do not compile |
///
/// Every failure is classified by a ``Failure`` and mapped to a code in one place, ``init(_:)`` (swift-argument-
/// parser `MessageInfo`), so that the same kind of failure ends the same way in every command.
public enum ExitCode: Int32, Sendable, Hashable, CaseIterable {
  /// Everything worked and nothing was wrong.
  case success = 0
  /// The command ran to the end and found problems in what it checked.
  case problemsFound = 1
  /// The command could not run: bad arguments, or input it cannot read.
  case invalidUsage = 2
  /// The rulesets have errors, so nothing was evaluated.
  case rulesetsDoNotCompile = 3

  /// What went wrong, coarsely: one case per reason a command fails.
  public enum Failure: Sendable, Hashable, CaseIterable {
    /// Some applicant rows could not be screened (`batch` wrote them to `--errors`).
    case badRows
    /// Some ruleset examples failed (`test`).
    case failedTests
    /// The linter found errors (`lint`).
    case lintErrors
    /// The command line is wrong (an ``ArgumentError``).
    case badArguments
    /// An input file is missing, unreadable or malformed (JSON, CSV header, encoding).
    case badInput
    /// The rulesets have errors.
    case rulesetErrors
  }

  /// The code for a failure: the one map from failures to exit codes.
  ///
  /// - Parameter failure: what went wrong.
  public init(_ failure: Failure) {
    switch failure {
    case .badRows, .failedTests, .lintErrors: self = .problemsFound
    case .badArguments, .badInput: self = .invalidUsage
    case .rulesetErrors: self = .rulesetsDoNotCompile
    }
  }
}

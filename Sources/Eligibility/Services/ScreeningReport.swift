import Rules

/// The screening of one applicant against a ruleset's services: one document with the reference date, the
/// ruleset's files and hashes, the data warnings and a ``ServiceReport`` per service.
public struct ScreeningReport: Sendable, Hashable {
  /// The version of screen that made it.
  public var screenVersion: String
  /// The reference date and where it came from.
  public var referenceDate: ReferenceDate
  /// The applicant's id (`id` field), if given.
  public var applicantID: String?
  /// The ruleset files, with their SHA-256.
  public var rulesetFiles: [RulesetFileDigest]
  /// Suspicious data (not rejections).
  public var warnings: [DataWarning]
  /// One report per service screened, in ruleset order.
  public var services: [ServiceReport]

  /// Creates a report.
  public init(
    screenVersion: String = ScreenVersion.current, referenceDate: ReferenceDate, applicantID: String?,
    rulesetFiles: [RulesetFileDigest], warnings: [DataWarning], services: [ServiceReport]
  ) {
    self.screenVersion = screenVersion
    self.referenceDate = referenceDate
    self.applicantID = applicantID
    self.rulesetFiles = rulesetFiles
    self.warnings = warnings
    self.services = services
  }

  /// How many services have a decision.
  ///
  /// - Parameter decision: the decision.
  /// - Returns: the count.
  public func count(_ decision: Decision) -> Int { services.count { $0.decision == decision } }
}

/// The result of screening one applicant for one service.
public enum Decision: String, Sendable, Hashable, CaseIterable {
  /// Every criterion holds.
  case eligible
  /// Some criterion fails (or the service is not in force).
  case ineligible
  /// No criterion fails, but some depend on facts that are missing.
  case undetermined
}

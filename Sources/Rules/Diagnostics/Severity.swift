/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  /// The ruleset cannot be used until this is fixed.
  case error
  /// The ruleset works, but something is probably wrong.
  case warning
  /// Information, e.g. a finding silenced by a waiver.
  case note

  private var rank: Int {
    switch self {
    case .error: return 2
    case .warning: return 1
    case .note: return 0
    }
  }

  /// Orders severities from `note` (least) to `error` (most).
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

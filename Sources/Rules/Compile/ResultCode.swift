/// The compact result of screening one record for one compiled service: the decision and the matched priority
/// and tier rows, in 32 bits.
///
/// Layout: bits 0–1 the decision (0 ineligible, 1 eligible, 2 undetermined); bits 2–16 the priority row code;
/// bits 17–31 the tier row code. A row code is 0 when the list was not evaluated (the record is ineligible, or
/// the service has no such list), 1 when no row matched, 2 when an unknown row comes before any match, and
/// `3 + i` when row `i` (0-based, in list order, fewer than 32,765 rows) matched. Use ``CompiledRuleset/decode(_:service:)`` for row
/// numbers and amounts.
public struct ResultCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The raw bits, as written into output buffers.
  public var rawValue: UInt32

  /// Wraps raw bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// How a decision list ended.
  public enum RowMatch: Sendable, Hashable {
    /// The list was not evaluated: the record is ineligible, or the service has no such list.
    case notEvaluated
    /// Every row is false.
    case none
    /// A row before any match is unknown.
    case undetermined
    /// The row at this 0-based position matched.
    case row(Int)

    /// The 15-bit code.
    var code: UInt32 {
      switch self {
      case .notEvaluated: return 0
      case .none: return 1
      case .undetermined: return 2
      case .row(let index):
        precondition(index >= 0 && index < ResultCode.maximumRows, "decision list too long for a result code")
        return UInt32(index) + 3
      }
    }

    /// Decodes a 15-bit code.
    init(code: UInt32) {
      switch code {
      case 0: self = .notEvaluated
      case 1: self = .none
      case 2: self = .undetermined
      default: self = .row(Int(code) - 3)
      }
    }
  }

  /// The largest number of rows a compiled decision list may have.
  static let maximumRows = (1 << 15) - 3

  /// Encodes a result.
  public init(decision: Decision, priority: RowMatch, tier: RowMatch) {
    rawValue = ResultCode.decisionCode(decision) | priority.code << 2 | tier.code << 17
  }

  /// The 2-bit code of a decision.
  static func decisionCode(_ decision: Decision) -> UInt32 {
    switch decision {
    case .ineligible: return 0
    case .eligible: return 1
    case .undetermined: return 2
    }
  }

  /// The decision.
  public var decision: Decision {
    switch rawValue & 3 {
    case 0: return .ineligible
    case 1: return .eligible
    default: return .undetermined
    }
  }

  /// The priority list's result.
  public var priority: RowMatch { RowMatch(code: rawValue >> 2 & 0x7FFF) }

  /// The tier list's result.
  public var tier: RowMatch { RowMatch(code: rawValue >> 17) }

  /// `eligible p.row(0) t.row(1)`.
  public var description: String { "\(decision.rawValue) p.\(priority) t.\(tier)" }
}

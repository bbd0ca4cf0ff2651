/// Why a compiled service found a record ineligible, in 16 bits: whether the service was out of its effective
/// period, and which of its top-level criteria failed.
///
/// The top-level criteria are the children of the eligibility's root `all`/`any` group, or the root itself when
/// it is a leaf test or an empty group (``CompiledRuleset/topLevelCriteria(service:)``), as the reference
/// explanation lists them. Layout: bit 0 out of period; bit `1 + k` top-level criterion `k` is false (at most
/// ``maximumCriteria``); bit 15 the mask was not computed (too many top-level criteria), so a caller that needs the
/// reasons asks the reference ``Evaluator``. The mask is only meaningful for ineligible results.
///
/// ```swift
/// let mask = FailureMask(rawValue: failures[row * compiled.serviceCount + position])
/// if mask.isOutsidePeriod { … } else { for k in criteria.indices where mask.failed(k) { … } }
/// ```
public struct FailureMask: RawRepresentable, Sendable, Hashable {
  /// The raw bits, as written into the failures buffer.
  public var rawValue: UInt16

  /// Wraps raw bits.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// The most top-level criteria a mask describes.
  public static let maximumCriteria = 13

  /// The mask of a service whose failures were not computed.
  public static let unavailable = FailureMask(rawValue: 0x8000)

  /// Whether the mask describes the failures (else ask the reference evaluator).
  public var isAvailable: Bool { rawValue & 0x8000 == 0 }

  /// Whether the service is not in force on the reference date.
  public var isOutsidePeriod: Bool { rawValue & 1 != 0 }

  /// Whether top-level criterion `k` (0-based) is false.
  ///
  /// - Parameter k: the criterion's position among the top-level criteria.
  public func failed(_ k: Int) -> Bool {
    k >= 0 && k < FailureMask.maximumCriteria && rawValue >> UInt16(k + 1) & 1 != 0
  }

  /// The mask of an explained outcome (for records and services that run on the reference evaluator).
  ///
  /// - Parameter outcome: the reference outcome.
  public init(_ outcome: Outcome) {
    let root = outcome.eligibility
    let criteria = root.children.isEmpty ? [root] : root.children
    guard criteria.count <= FailureMask.maximumCriteria else {
      self = .unavailable
      return
    }
    var bits: UInt16 = outcome.inForce == false ? 1 : 0
    for (k, criterion) in criteria.enumerated() where criterion.truth == .no { bits |= 1 << UInt16(k + 1) }
    rawValue = bits
  }
}

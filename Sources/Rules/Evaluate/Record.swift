/// One applicant prepared for evaluation: facts, the reference date and every derived fact, computed once and
/// shared by all services.
public struct Record: Sendable {
  /// The input facts.
  public var facts: Facts
  /// The date rules are evaluated on (tables' versions, ages), or `nil` when unknown.
  public var referenceDate: CivilDate?
  /// Derived facts by index, with the reasons of those that are unknown.
  public var derived: [Evaluated]
}

/// A value with, when it is unknown, the reasons that matter.
public struct Evaluated: Sendable, Hashable {
  /// The value, or `nil` when unknown.
  public var value: Value?
  /// Why it is unknown (empty when known).
  public var reasons: [UnknownReason]

  /// A known value.
  public init(_ value: Value) {
    self.value = value
    reasons = []
  }

  /// An unknown value.
  public init(unknown reasons: [UnknownReason]) {
    value = nil
    self.reasons = reasons
  }

  /// The value as three-valued truth.
  public var truth: Truth {
    guard case .bool(let b)? = value else { return .unknown }
    return Truth(b)
  }
}

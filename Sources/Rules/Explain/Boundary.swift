/// The value of one fact at which a failed numeric criterion would pass, e.g. "월 소득 2,674,134원 이하".
public struct Boundary: Sendable, Hashable {
  /// What the boundary is on.
  public enum Subject: Sendable, Hashable {
    /// An input fact, by slot.
    case field(Int)
    /// A derived fact, by index.
    case derived(Int)
  }

  /// The fact the boundary is on.
  public var subject: Subject
  /// `lessOrEqual` ("이하이면") or `greaterOrEqual` ("이상이면"); `equal` for an exact value.
  public var op: ComparisonOperator
  /// The boundary value (inclusive).
  public var value: Value
}

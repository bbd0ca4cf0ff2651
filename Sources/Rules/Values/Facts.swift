/// The input facts of one applicant, by schema slot; a missing fact is `nil` (unknown).
public struct Facts: Sendable, Hashable {
  /// Values by slot.
  public var values: [Value?]

  /// Creates facts with every slot unknown.
  ///
  /// - Parameter count: the schema's field count.
  public init(count: Int) { values = Array(repeating: nil, count: count) }

  /// The fact in a slot.
  public subscript(slot: Int) -> Value? {
    get { slot < values.count ? values[slot] : nil }
    set { if slot < values.count { values[slot] = newValue } }
  }
}

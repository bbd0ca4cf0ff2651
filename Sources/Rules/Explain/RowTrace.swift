/// How a decision list (priority or tier) was decided.
public struct RowTrace: Sendable, Hashable {
  /// The index in the list of the row that matched, if one did.
  public var matched: Int?
  /// The truth of each row tried, in order, until the first match or unknown.
  public var tried: [Truth]
  /// When no row can be chosen because a row before the match is unknown: the reasons.
  public var reasons: [UnknownReason]
  /// The comparisons made on the rows tried.
  public var comparisons: [ComparisonTrace]

  /// The outcome as three-valued truth: `yes` when a row matched, `no` when none can, `unknown` otherwise.
  public var truth: Truth {
    if matched != nil { return .yes }
    return reasons.isEmpty ? .no : .unknown
  }
}

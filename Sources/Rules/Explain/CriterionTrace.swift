/// How one criterion was decided: its label, truth, the comparisons made, the facts that would decide it, and
/// for a failed numeric test the boundary that would flip it.
public struct CriterionTrace: Sendable, Hashable {
  /// The kind of node.
  public enum Kind: Sendable, Hashable {
    /// A leaf test.
    case test
    /// Every child must hold.
    case all
    /// At least one child must hold.
    case any
  }

  /// The label in the guideline's words.
  public var label: String?
  /// Leaf or group.
  public var kind: Kind
  /// The result.
  public var truth: Truth
  /// The comparisons made (leaves only).
  public var comparisons: [ComparisonTrace]
  /// When unknown: the reasons that matter.
  public var reasons: [UnknownReason]
  /// When a numeric leaf fails: the value of its fact at which it would pass.
  public var boundary: Boundary?
  /// The children (groups only).
  public var children: [CriterionTrace]
  /// The rule's provenance.
  public var annotations: CheckedAnnotations
  /// Where the criterion is written.
  public var range: SourceRange
}

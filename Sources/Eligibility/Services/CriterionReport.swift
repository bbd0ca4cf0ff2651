import Rules

/// How one eligibility criterion was decided, for people: its label and result, the comparisons with the numbers
/// used, the other facts the test read, the boundary that would flip a failed numeric test, the facts to ask for
/// when unknown, and its children (for `all`/`any` groups).
public struct CriterionReport: Sendable, Hashable {
  /// Leaf or group.
  public enum Kind: String, Sendable, Hashable {
    /// A test.
    case test
    /// Every child must hold.
    case all
    /// At least one child must hold.
    case any
  }

  /// The label in the guideline's words (`nil` for an unlabelled outermost group).
  public var label: String?
  /// Leaf or group.
  public var kind: Kind
  /// The result.
  public var result: Truth
  /// The comparisons a test made, subject first (`소득 (기준 중위소득 대비) 100.0%` against `120%`).
  public var comparisons: [ComparisonReport]
  /// Facts the test read outside its comparisons (`통합사례관리 대상자 예`, `수급 자격 해당없음`).
  public var facts: [Operand]
  /// For a failed numeric test: the value of its fact at which it would pass.
  public var boundary: BoundaryReport?
  /// When unknown: the facts to ask for and other reasons.
  public var unknown: [AskItem]
  /// The children of a group.
  public var children: [CriterionReport]
  /// The rule's sources.
  public var sources: [String]

  /// Creates a criterion report.
  public init(
    label: String?, kind: Kind, result: Truth, comparisons: [ComparisonReport], facts: [Operand],
    boundary: BoundaryReport?, unknown: [AskItem], children: [CriterionReport], sources: [String]
  ) {
    self.label = label
    self.kind = kind
    self.result = result
    self.comparisons = comparisons
    self.facts = facts
    self.boundary = boundary
    self.unknown = unknown
    self.children = children
    self.sources = sources
  }
}

/// A labelled criterion: a leaf test or an `all`/`any` group of criteria.
public struct CriterionSyntax: Sendable, Hashable {
  /// How the criterion decides.
  public indirect enum Kind: Sendable, Hashable {
    /// `"label": expr`.
    case test(ExprSyntax)
    /// `all "label" { … }`: every child must hold.
    case all([CriterionSyntax])
    /// `any "label" { … }`: at least one child must hold.
    case any([CriterionSyntax])
  }

  /// The label in the guideline's words; optional only on a group.
  public var label: Label?
  /// The test or group.
  public var kind: Kind
  /// `source`, `note`, `choice`, `waive`.
  public var annotations: Annotations
  /// From the label (or keyword) to the end of the criterion.
  public var range: SourceRange

  /// Creates a criterion.
  public init(label: Label?, kind: Kind, annotations: Annotations = Annotations(), range: SourceRange) {
    self.label = label
    self.kind = kind
    self.annotations = annotations
    self.range = range
  }
}

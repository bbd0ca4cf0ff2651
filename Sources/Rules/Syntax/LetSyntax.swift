/// `let income_pct "소득 (기준 중위소득 대비)" = monthly_income / median_income[household_size]`.
public struct LetSyntax: Sendable, Hashable {
  /// The derived fact's name.
  public var name: Name
  /// Its label.
  public var label: Label
  /// The defining expression.
  public var value: ExprSyntax
  /// `source`, `note`, `choice`.
  public var annotations: Annotations
  /// The whole declaration.
  public var range: SourceRange

  /// Creates a let.
  public init(name: Name, label: Label, value: ExprSyntax, annotations: Annotations = Annotations(), range: SourceRange) {
    self.name = name
    self.label = label
    self.value = value
    self.annotations = annotations
    self.range = range
  }
}

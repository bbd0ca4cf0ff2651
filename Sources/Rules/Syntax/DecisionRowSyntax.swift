/// One row of an ordered decision list (`priority first` or `tier first`): first matching row wins.
public struct DecisionRowSyntax: Sendable, Hashable {
  /// The row's number as written (①②③, 1등급…).
  public var number: Int
  /// Where the number is.
  public var numberRange: SourceRange
  /// The row's label in the guideline's words.
  public var label: Label
  /// The condition.
  public var condition: ExprSyntax
  /// For a tier: `-> subsidy AMOUNT copay AMOUNT`.
  public var subsidy: AmountSyntax?
  /// For a tier: the co-payment.
  public var copay: AmountSyntax?
  /// `source`, `note`, `choice`, `waive`.
  public var annotations: Annotations
  /// The whole row.
  public var range: SourceRange

  /// Creates a row.
  public init(
    number: Int, numberRange: SourceRange, label: Label, condition: ExprSyntax, subsidy: AmountSyntax? = nil,
    copay: AmountSyntax? = nil, annotations: Annotations = Annotations(), range: SourceRange
  ) {
    self.number = number
    self.numberRange = numberRange
    self.label = label
    self.condition = condition
    self.subsidy = subsidy
    self.copay = copay
    self.annotations = annotations
    self.range = range
  }
}

/// `priority first { … }` or `tier first { … }`.
public struct DecisionListSyntax: Sendable, Hashable {
  /// The rows in order.
  public var rows: [DecisionRowSyntax]
  /// `source`, `note`, `choice`, `waive` on the whole list.
  public var annotations: Annotations
  /// The keyword through the closing brace.
  public var range: SourceRange

  /// Creates a list.
  public init(rows: [DecisionRowSyntax], annotations: Annotations = Annotations(), range: SourceRange) {
    self.rows = rows
    self.annotations = annotations
    self.range = range
  }
}

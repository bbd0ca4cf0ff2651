/// `example "name" { given { field = value, … } expect eligible priority 1 tier 2 copay 50_000원 }`.
public struct ExampleSyntax: Sendable, Hashable {
  /// The example's name.
  public var name: Label
  /// The facts given, in written order.
  public var given: [Fact]
  /// The expected outcome.
  public var expected: Expectation
  /// The whole example.
  public var range: SourceRange

  /// Creates an example.
  public init(name: Label, given: [Fact], expected: Expectation, range: SourceRange) {
    self.name = name
    self.given = given
    self.expected = expected
    self.range = range
  }

  /// `field = value`.
  public struct Fact: Sendable, Hashable {
    /// The field.
    public var field: Name
    /// The value: a literal (or an enum case name).
    public var value: ExprSyntax

    /// Creates a fact.
    public init(field: Name, value: ExprSyntax) {
      self.field = field
      self.value = value
    }
  }

  /// What the example expects.
  public struct Expectation: Sendable, Hashable {
    /// `eligible`, `ineligible` or `undetermined`.
    public var result: Name
    /// `priority N`.
    public var priority: Int?
    /// `tier N`.
    public var tier: Int?
    /// `subsidy AMOUNT`.
    public var subsidy: AmountSyntax?
    /// `copay AMOUNT`.
    public var copay: AmountSyntax?

    /// Creates an expectation.
    public init(
      result: Name, priority: Int? = nil, tier: Int? = nil, subsidy: AmountSyntax? = nil, copay: AmountSyntax? = nil
    ) {
      self.result = result
      self.priority = priority
      self.tier = tier
      self.subsidy = subsidy
      self.copay = copay
    }
  }
}

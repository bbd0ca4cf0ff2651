/// A `service ID "title" { … }` block: one social service's criteria, tiers and waitlist order.
public struct ServiceSyntax: Sendable, Hashable {
  /// The service's id, e.g. `saha-organizing`.
  public var id: Name
  /// The service's title in the guideline's words.
  public var title: Label
  /// The clauses in written order (kept so that printing round-trips).
  public var clauses: [ServiceClause]
  /// The whole block.
  public var range: SourceRange

  /// Creates a service.
  public init(id: Name, title: Label, clauses: [ServiceClause], range: SourceRange) {
    self.id = id
    self.title = title
    self.clauses = clauses
    self.range = range
  }
}

/// A clause of a service block, with the annotations written after it.
public struct ServiceClause: Sendable, Hashable {
  /// What the clause says.
  public var kind: Kind
  /// `source`, `note`, `choice`, `waive` written after it.
  public var annotations: Annotations
  /// The clause's keyword through its end.
  public var range: SourceRange

  /// Creates a clause.
  public init(_ kind: Kind, annotations: Annotations = Annotations(), range: SourceRange) {
    self.kind = kind
    self.annotations = annotations
    self.range = range
  }

  /// The clauses a service may have.
  public enum Kind: Sendable, Hashable {
    /// `region "…"`.
    case region(Label)
    /// `source`, `note`, `choice` or `waive` standing alone: annotations on the service itself.
    case annotation
    /// `effective FROM .. TO` or `effective FROM .. open`.
    case effective(from: CivilDate, to: CivilDate?, SourceRange)
    /// `price AMOUNT per month|per period|unstated`.
    case price(AmountSyntax, PriceUnit)
    /// `budget per month` or `budget per period`: how a budget counts the subsidy when the price's own unit is
    /// `unstated` (a reading the ruleset declares, with its `choice`).
    case budget(PriceUnit)
    /// `support 3 months`.
    case support(CalendarDuration, SourceRange)
    /// `reassess none` or `reassess 2 times`.
    case reassess(Int, SourceRange)
    /// `suspend "label": expr`.
    case suspend(Label, ExprSyntax)
    /// `eligible all { … }`.
    case eligible(CriterionSyntax)
    /// `priority first { … }`.
    case priority(DecisionListSyntax)
    /// `tier first { … }`.
    case tier(DecisionListSyntax)
    /// `rank by key, key descending, …`.
    case rank([RankKeySyntax])
    /// `example "name" { given { … } expect … }`.
    case example(ExampleSyntax)
  }
}

/// The period a price is for.
public enum PriceUnit: String, Sendable, Hashable {
  /// `per month`: the budget multiplies by the support months.
  case perMonth = "per month"
  /// `per period`: one amount for the whole support period.
  case perPeriod = "per period"
  /// `unstated`: the source prints no unit.
  case unstated
}

/// One waitlist ordering key: `priority`, a field or a let, ascending unless `descending`.
public struct RankKeySyntax: Sendable, Hashable {
  /// The key's name.
  public var name: Name
  /// Larger values first when `true`.
  public var descending: Bool
  /// Whether the direction was written explicitly (for printing).
  public var explicitDirection: Bool

  /// Creates a key.
  public init(name: Name, descending: Bool, explicitDirection: Bool) {
    self.name = name
    self.descending = descending
    self.explicitDirection = explicitDirection
  }
}

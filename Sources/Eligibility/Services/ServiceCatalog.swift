import Rules

/// The services of a ruleset, for `screen services`: what each is, where, when, at what price, and from which
/// source.
public struct ServiceCatalog: Sendable, Hashable {
  /// One service.
  public struct Entry: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The title.
    public var title: String
    /// The region text.
    public var region: String?
    /// First day in force.
    public var effectiveFrom: CivilDate?
    /// Last day in force; `nil` when open-ended or not stated.
    public var effectiveTo: CivilDate?
    /// The price.
    public var price: Amount?
    /// The price's unit.
    public var priceUnit: PriceUnit?
    /// The support period.
    public var support: CalendarDuration?
    /// Re-assessments allowed.
    public var reassessments: Int?
    /// How many examples (test cases) the service carries.
    public var exampleCount: Int
    /// The service's sources.
    public var sources: [String]
  }

  /// The services in ruleset order.
  public var entries: [Entry]

  /// The catalog of a ruleset.
  ///
  /// - Parameter ruleset: the checked rules.
  public init(ruleset: CheckedRuleset) {
    entries = ruleset.services.map {
      Entry(
        id: $0.id, title: $0.title, region: $0.region, effectiveFrom: $0.effectiveFrom, effectiveTo: $0.effectiveTo,
        price: $0.price, priceUnit: $0.priceUnit, support: $0.support, reassessments: $0.reassessments,
        exampleCount: $0.examples.count, sources: $0.annotations.sources)
    }
  }
}

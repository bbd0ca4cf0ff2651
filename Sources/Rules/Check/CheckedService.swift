/// A checked service: its criteria, decision lists and waitlist order, names resolved and types checked.
public struct CheckedService: Sendable, Hashable {
  /// The service's id, e.g. `saha-organizing`.
  public var id: String
  /// Its title in the guideline's words.
  public var title: String
  /// The region text, if given.
  public var region: String?
  /// The file it is declared in.
  public var file: SourceFile
  /// Where it is declared.
  public var range: SourceRange
  /// Provenance of the service itself.
  public var annotations: CheckedAnnotations
  /// First day in force, if stated.
  public var effectiveFrom: CivilDate?
  /// Last day in force; `nil` when open-ended or not stated.
  public var effectiveTo: CivilDate?
  /// Provenance of the effective period.
  public var effectiveAnnotations: CheckedAnnotations
  /// The price, if stated.
  public var price: Amount?
  /// The price's period.
  public var priceUnit: PriceUnit?
  /// Provenance of the price.
  public var priceAnnotations: CheckedAnnotations
  /// How a budget counts the subsidy: per month (× the support months) or once per support period; `nil` when
  /// the price's unit is unstated and the ruleset declares no `budget` reading.
  public var budgetUnit: PriceUnit?
  /// Provenance of the budget reading.
  public var budgetAnnotations: CheckedAnnotations
  /// The support period.
  public var support: CalendarDuration?
  /// How many re-assessments (재판정) are allowed; 0 for none; `nil` when not stated.
  public var reassessments: Int?
  /// Conditions that stop a running service.
  public var suspensions: [Suspension]
  /// The eligibility criteria.
  public var eligibility: CheckedCriterion
  /// The priority list (first match), if any.
  public var priority: DecisionList?
  /// The tier list (first match), if any.
  public var tiers: DecisionList?
  /// The waitlist ordering keys.
  public var rankKeys: [RankKey]
  /// Provenance of the waitlist order.
  public var rankAnnotations: CheckedAnnotations
  /// The service's own test cases.
  public var examples: [CheckedExample]

  /// Whether the service is in force on a date.
  public func isInForce(on date: CivilDate) -> Bool {
    if let from = effectiveFrom, date < from { return false }
    if let to = effectiveTo, date > to { return false }
    return true
  }
}

/// An amount of money, or no figure in the source.
public enum Amount: Sendable, Hashable {
  /// Whole won.
  case won(Int64)
  /// The source gives no figure; the reason is shown to people.
  case undetermined(String)

  /// The figure, if determined.
  public var won: Int64? {
    if case .won(let value) = self { return value }
    return nil
  }
}

/// A condition that stops a running service.
public struct Suspension: Sendable, Hashable {
  /// The label.
  public var label: String
  /// The condition.
  public var condition: CheckedExpr
  /// Provenance.
  public var annotations: CheckedAnnotations
}

/// A labelled criterion: a leaf test or an `all`/`any` group.
public struct CheckedCriterion: Sendable, Hashable {
  /// The label in the guideline's words.
  public var label: String?
  /// The test or group.
  public var kind: Kind
  /// Provenance.
  public var annotations: CheckedAnnotations
  /// Where it is written.
  public var range: SourceRange

  /// How a criterion decides.
  public indirect enum Kind: Sendable, Hashable {
    /// A boolean test.
    case test(CheckedExpr)
    /// Every child must hold.
    case all([CheckedCriterion])
    /// At least one child must hold.
    case any([CheckedCriterion])
  }
}

/// An ordered decision list: the first row whose condition holds wins.
public struct DecisionList: Sendable, Hashable {
  /// The rows in order.
  public var rows: [DecisionRow]
  /// Provenance of the list.
  public var annotations: CheckedAnnotations
  /// Where it is written.
  public var range: SourceRange
}

/// A row of a decision list.
public struct DecisionRow: Sendable, Hashable {
  /// Its number (①, 1등급).
  public var number: Int
  /// Its label.
  public var label: String
  /// Its condition.
  public var condition: CheckedExpr
  /// The government subsidy (tiers only).
  public var subsidy: Amount?
  /// The co-payment (tiers only).
  public var copay: Amount?
  /// Provenance.
  public var annotations: CheckedAnnotations
  /// Where it is written.
  public var range: SourceRange
  /// Where its amounts are written (`subsidy … copay …`), for findings about them.
  public var amountRange: SourceRange?
}

/// A waitlist ordering key.
public struct RankKey: Sendable, Hashable {
  /// What is compared.
  public enum Source: Sendable, Hashable {
    /// The matched priority row's position (first row first).
    case priority
    /// An input fact.
    case field(Int)
    /// A derived fact.
    case derived(Int)
  }

  /// What is compared.
  public var source: Source
  /// The name as written.
  public var name: String
  /// Larger first when `true`.
  public var descending: Bool
}

/// A test case carried by a service: facts in, expected outcome out.
public struct CheckedExample: Sendable, Hashable {
  /// Its name.
  public var name: String
  /// The given facts, by slot.
  public var facts: Facts
  /// The expected result.
  public var result: Decision
  /// The expected priority row number, if stated.
  public var priority: Int?
  /// The expected tier row number, if stated.
  public var tier: Int?
  /// The expected subsidy, if stated.
  public var subsidy: Amount?
  /// The expected copay, if stated.
  public var copay: Amount?
  /// Where it is written.
  public var range: SourceRange
}

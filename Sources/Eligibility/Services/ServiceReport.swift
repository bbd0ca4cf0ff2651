import Rules

/// The screening of one applicant for one service, ready to render: the decision and everything that explains it.
public struct ServiceReport: Sendable, Hashable {
  /// The service's id (`saha-organizing`).
  public var id: String
  /// Its title.
  public var title: String
  /// Its region text.
  public var region: String?
  /// 대상, 비대상 or 판단불가.
  public var decision: Decision
  /// Whether the service is in force on the reference date (`nil` when the date is unknown).
  public var inForce: Bool?
  /// First day in force, if stated.
  public var effectiveFrom: CivilDate?
  /// Last day in force; `nil` when open-ended or not stated.
  public var effectiveTo: CivilDate?
  /// The price, if stated.
  public var price: Amount?
  /// The price's unit (월 / 지원기간당 / 단위 미기재).
  public var priceUnit: PriceUnit?
  /// The support period.
  public var support: CalendarDuration?
  /// Re-assessments (재판정) allowed: 0 for none, `nil` when not stated.
  public var reassessments: Int?
  /// The eligibility criteria, evaluated.
  public var eligibility: CriterionReport
  /// The priority row that matched.
  public var priority: Row?
  /// The tier row that matched, with its amounts.
  public var tier: Row?
  /// The facts to ask next (and other reasons) when the decision, priority or tier is 판단불가.
  public var askNext: [AskItem]
  /// The project's readings the decision rested on.
  public var choices: [CheckedAnnotations.Choice]
  /// The suspension conditions, with their results (checked during service, not at screening).
  public var suspensions: [Suspension]
  /// The service's sources.
  public var sources: [String]

  /// A matched row of a decision list.
  public struct Row: Sendable, Hashable {
    /// Its number (1순위, 2등급).
    public var number: Int
    /// Its label.
    public var label: String
    /// The government subsidy (tiers).
    public var subsidy: Amount?
    /// The co-payment (tiers).
    public var copay: Amount?

    /// Creates a row.
    public init(number: Int, label: String, subsidy: Amount? = nil, copay: Amount? = nil) {
      self.number = number
      self.label = label
      self.subsidy = subsidy
      self.copay = copay
    }
  }

  /// A suspension condition and its result on the reference date.
  public struct Suspension: Sendable, Hashable {
    /// The label.
    public var label: String
    /// Whether it holds.
    public var result: Truth

    /// Creates a suspension result.
    public init(label: String, result: Truth) {
      self.label = label
      self.result = result
    }
  }
}

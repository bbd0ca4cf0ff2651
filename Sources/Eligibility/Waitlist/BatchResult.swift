import Rules

/// The screening of one applicant for one service in a batch: what `screen batch` writes as one row.
public struct BatchResult: Sendable, Hashable {
  /// The input line the applicant came from (1 = the header of a CSV file).
  public var line: Int
  /// The applicant's id (empty when the row has none).
  public var id: String
  /// The service's index in the ruleset.
  public var service: Int
  /// Eligible, ineligible or undetermined.
  public var decision: Decision
  /// The matched priority row's number.
  public var priorityNumber: Int?
  /// The matched priority row's position in the list (0 = first), for ranking.
  public var priorityPosition: Int?
  /// The matched tier row's number.
  public var tierNumber: Int?
  /// The government subsidy of the matched tier.
  public var subsidy: Amount?
  /// The co-payment of the matched tier.
  public var copay: Amount?
  /// Short reason codes (`소득`, `ask:monthly_income`, `outside-period` …), in order.
  public var reasons: [String]
  /// For an eligible applicant: the values of the service's ranking keys, in the declared order.
  public var rankValues: [Value?]
  /// The place on the service's waitlist (1 = first served), once ranked; `nil` when not eligible.
  public var rank: Int?

  /// Creates a result.
  public init(
    line: Int, id: String, service: Int, decision: Decision, priorityNumber: Int? = nil, priorityPosition: Int? = nil,
    tierNumber: Int? = nil, subsidy: Amount? = nil, copay: Amount? = nil, reasons: [String] = [],
    rankValues: [Value?] = [], rank: Int? = nil
  ) {
    self.line = line
    self.id = id
    self.service = service
    self.decision = decision
    self.priorityNumber = priorityNumber
    self.priorityPosition = priorityPosition
    self.tierNumber = tierNumber
    self.subsidy = subsidy
    self.copay = copay
    self.reasons = reasons
    self.rankValues = rankValues
    self.rank = rank
  }
}

/// The decision for one applicant and one service, with everything needed to explain it.
public struct Outcome: Sendable, Hashable {
  /// The service's index in the ruleset.
  public var service: Int
  /// The decision.
  public var decision: Decision
  /// Whether the service is in force on the reference date (`nil` when the date is unknown).
  public var inForce: Bool?
  /// The eligibility criteria, evaluated.
  public var eligibility: CriterionTrace
  /// The priority list, evaluated (when the service has one and the applicant is not ineligible).
  public var priority: RowTrace?
  /// The tier list, evaluated (likewise).
  public var tier: RowTrace?
  /// The matched priority row's number.
  public var priorityNumber: Int?
  /// The matched tier row's number.
  public var tierNumber: Int?
  /// The government subsidy for the matched tier.
  public var subsidy: Amount?
  /// The co-payment for the matched tier.
  public var copay: Amount?
  /// The suspension conditions, evaluated.
  public var suspensions: [Truth]
  /// The facts to ask next, and other reasons the decision is undetermined, without repeats.
  public var reasons: [UnknownReason]
  /// The project's readings the decision rested on.
  public var choices: [CheckedAnnotations.Choice]
}

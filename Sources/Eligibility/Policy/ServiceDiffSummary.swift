import Rules

/// How one service's results move between the OLD and NEW rules: who gains and loses eligibility, tier and
/// priority moves, waitlist movement, and the budget effect.
public struct ServiceDiffSummary: Sendable, Hashable {
  /// The money one side's eligible applicants cost over the support period, by ``BudgetSelection``'s rule
  /// (per month × support months, or once per period).
  public struct Budget: Sendable, Hashable {
    /// Eligible applicants.
    public var eligible: Int
    /// Total 정부지원금 of the eligible whose cost is determined.
    public var subsidy: Int64
    /// Total 본인부담금 likewise.
    public var copay: Int64
    /// Eligible applicants whose cost is not determined (amount undetermined, or no price basis).
    public var undetermined: Int
    /// A problem that kept every cost from being computed.
    public var problem: BudgetSelection.CostProblem?
  }

  /// The service's id.
  public var id: String
  /// Its NEW title.
  public var title: String
  /// Ineligible or undetermined → eligible.
  public var gained: Int
  /// Eligible → ineligible or undetermined.
  public var lost: Int
  /// Eligible on both sides, to a lower-numbered tier (toward 1등급, more subsidy as the lists are written).
  public var tierUp: Int
  /// Eligible on both sides, to a higher-numbered tier.
  public var tierDown: Int
  /// Eligible on both sides with a different priority row.
  public var priorityChanged: Int
  /// Eligible on both sides.
  public var eligibleBoth: Int
  /// Of those, how many changed rank.
  public var rankMoved: Int
  /// Sum of |old rank − new rank| over those eligible on both sides.
  public var rankMovementTotal: Int
  /// The largest movement (old rank − new rank: positive = served sooner), and the applicant's id.
  public var largestMove: (move: Int, id: String)?
  /// The budget before.
  public var oldBudget: Budget
  /// The budget after.
  public var newBudget: Budget

  /// The mean |rank movement| among those eligible on both sides, or `nil` when there are none.
  public var meanRankMovement: Double? {
    eligibleBoth == 0 ? nil : Double(rankMovementTotal) / Double(eligibleBoth)
  }

  /// Summarises two sides' ranked results for one service, paired in input order.
  ///
  /// - Parameters:
  ///   - old: the OLD side's results for the service, in input order, ranked.
  ///   - new: the NEW side's, in the same order.
  ///   - oldService: the OLD service.
  ///   - newService: the NEW service.
  public init(
    old: some Sequence<BatchResult>, new: some Sequence<BatchResult>, oldService: CheckedService, newService: CheckedService
  ) {
    id = newService.id
    title = newService.title
    var gained = 0, lost = 0, tierUp = 0, tierDown = 0, priority = 0, both = 0, moved = 0, total = 0
    var largest: (move: Int, id: String)?
    let olds = Array(old)
    let news = Array(new)
    for (o, n) in zip(olds, news) {
      switch (o.decision == .eligible, n.decision == .eligible) {
      case (false, true): gained += 1
      case (true, false): lost += 1
      case (true, true):
        both += 1
        if let a = o.tierNumber, let b = n.tierNumber, a != b { if b < a { tierUp += 1 } else { tierDown += 1 } }
        if o.priorityNumber != n.priorityNumber { priority += 1 }
        if let a = o.rank, let b = n.rank, a != b {
          moved += 1
          total += abs(a - b)
          if largest.map({ abs($0.move) < abs(a - b) }) ?? true { largest = (a - b, n.id) }
        }
      case (false, false): break
      }
    }
    self.gained = gained
    self.lost = lost
    self.tierUp = tierUp
    self.tierDown = tierDown
    priorityChanged = priority
    eligibleBoth = both
    rankMoved = moved
    rankMovementTotal = total
    largestMove = largest
    oldBudget = Self.budget(olds, service: oldService)
    newBudget = Self.budget(news, service: newService)
  }

  /// Totals over every eligible applicant, with the cost rule of ``BudgetSelection``.
  static func budget(_ results: [BatchResult], service: CheckedService) -> Budget {
    let eligible = results.filter { $0.decision == .eligible }
    // An unlimited budget: BudgetSelection only supplies the cost rule (months, problem) here.
    let rule = BudgetSelection(results: [], service: service, budget: .max)
    var budget = Budget(eligible: eligible.count, subsidy: 0, copay: 0, undetermined: 0, problem: rule.problem)
    for result in eligible {
      guard rule.problem == nil, let subsidy = result.subsidy?.won, let copay = result.copay?.won else {
        budget.undetermined += 1
        continue
      }
      budget.subsidy &+= subsidy &* rule.months
      budget.copay &+= copay &* rule.months
    }
    return budget
  }

  /// Summaries are equal when their counts and totals are.
  public static func == (a: Self, b: Self) -> Bool {
    a.id == b.id && a.gained == b.gained && a.lost == b.lost && a.tierUp == b.tierUp && a.tierDown == b.tierDown
      && a.priorityChanged == b.priorityChanged && a.eligibleBoth == b.eligibleBoth && a.rankMoved == b.rankMoved
      && a.rankMovementTotal == b.rankMovementTotal && a.largestMove?.move == b.largestMove?.move
      && a.oldBudget == b.oldBudget && a.newBudget == b.newBudget
  }

  /// Hashes the id and counts.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(gained)
    hasher.combine(lost)
  }
}

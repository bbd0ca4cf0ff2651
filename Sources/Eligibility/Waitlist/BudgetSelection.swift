import Rules

/// Selects a service's ranked applicants in waitlist order while their government subsidy over the support
/// period fits a budget — Busan's 예산분석 question: how many new users does this budget allow?
///
/// An applicant's cost is the tier's 정부지원금 × the support months when the service counts its budget per month
/// (`price … per month`, or `budget per month` for an unstated unit), and the 정부지원금 once when per period.
/// Selection stops at the first applicant who does not fit, or whose cost is undetermined: a waitlist is served
/// in order, never skipped.
public struct BudgetSelection: Sendable {
  /// One applicant on the list, in rank order.
  public struct Entry: Sendable, Hashable {
    /// The ranked result.
    public var result: BatchResult
    /// 정부지원금 over the support period, if determined.
    public var cost: Int64?
    /// 본인부담금 over the support period, if determined.
    public var copayTotal: Int64?
    /// Whether the budget covers this applicant (선정) or not (대기).
    public var selected: Bool
  }

  /// Totals for one tier.
  public struct TierTotal: Sendable, Hashable {
    /// The tier's row number (`nil` for applicants with no tier).
    public var tier: Int?
    /// Selected applicants in this tier.
    public var selected: Int
    /// Waiting applicants in this tier.
    public var waiting: Int
    /// 정부지원금 over the support period for one applicant of this tier.
    public var costEach: Int64?
    /// Total 정부지원금 of the selected.
    public var subsidyTotal: Int64
    /// Total 본인부담금 of the selected.
    public var copayTotal: Int64
    /// How many applicants of this tier alone the whole budget would allow.
    public var capacityAlone: Int64?
  }

  /// Why costs cannot be computed, if they cannot.
  public enum CostProblem: Sendable, Hashable {
    /// The service has no determined price basis: the unit is unstated and no `budget` reading is declared.
    case noBudgetUnit
    /// The support period is not stated in months or years.
    case noSupportMonths
  }

  /// The list in rank order.
  public var entries: [Entry]
  /// Totals per tier, in tier order.
  public var tiers: [TierTotal]
  /// The budget.
  public var budget: Int64
  /// Total 정부지원금 of the selected.
  public var subsidyTotal: Int64
  /// Total 본인부담금 of the selected.
  public var copayTotal: Int64
  /// The months one applicant's cost covers (1 when counted per period).
  public var months: Int64
  /// A problem that kept costs from being computed.
  public var problem: CostProblem?

  /// Money left over.
  public var remaining: Int64 { budget - subsidyTotal }

  /// Selects within a budget.
  ///
  /// - Parameters:
  ///   - results: the service's ranked results (any order; only ranked ones are used).
  ///   - service: the service.
  ///   - budget: the budget in won.
  public init(results: [BatchResult], service: CheckedService, budget: Int64) {
    self.budget = budget
    let ranked = results.filter { $0.rank != nil }.sorted { ($0.rank ?? 0) < ($1.rank ?? 0) }
    var months: Int64 = 1
    var problem: CostProblem?
    switch service.budgetUnit {
    case .perMonth?:
      if let supportMonths = service.support?.months { months = supportMonths } else { problem = .noSupportMonths }
    case .perPeriod?: months = 1
    case .unstated?, nil: problem = .noBudgetUnit
    }
    self.months = months
    self.problem = problem
    var spent: Int64 = 0
    var copays: Int64 = 0
    var open = problem == nil
    var entries: [Entry] = []
    for result in ranked {
      let cost = problem == nil ? result.subsidy?.won.flatMap { Self.times($0, months) } : nil
      let copay = problem == nil ? result.copay?.won.flatMap { Self.times($0, months) } : nil
      var selected = false
      if open, let cost {
        let (total, overflow) = spent.addingReportingOverflow(cost)
        if !overflow, total <= budget {
          spent = total
          copays &+= copay ?? 0
          selected = true
        }
      }
      if !selected { open = false }
      entries.append(Entry(result: result, cost: cost, copayTotal: copay, selected: selected))
    }
    self.entries = entries
    self.subsidyTotal = spent
    self.copayTotal = copays
    self.tiers = Self.totals(entries, service: service, months: problem == nil ? months : nil, budget: budget)
  }

  private static func times(_ amount: Int64, _ months: Int64) -> Int64? {
    let (product, overflow) = amount.multipliedReportingOverflow(by: months)
    return overflow ? nil : product
  }

  private static func totals(_ entries: [Entry], service: CheckedService, months: Int64?, budget: Int64) -> [TierTotal] {
    var tiers: [TierTotal] = (service.tiers?.rows ?? []).map { row in
      let each = months.flatMap { m in row.subsidy?.won.flatMap { times($0, m) } }
      return TierTotal(
        tier: row.number, selected: 0, waiting: 0, costEach: each, subsidyTotal: 0, copayTotal: 0,
        capacityAlone: each.flatMap { $0 > 0 ? budget / $0 : nil })
    }
    for entry in entries {
      var index = tiers.firstIndex { $0.tier == entry.result.tierNumber && entry.result.tierNumber != nil }
      if index == nil {
        if let existing = tiers.firstIndex(where: { $0.tier == nil }) {
          index = existing
        } else {
          tiers.append(TierTotal(tier: nil, selected: 0, waiting: 0, costEach: nil, subsidyTotal: 0, copayTotal: 0, capacityAlone: nil))
          index = tiers.count - 1
        }
      }
      guard let index else { continue }
      if entry.selected {
        tiers[index].selected += 1
        tiers[index].subsidyTotal &+= entry.cost ?? 0
        tiers[index].copayTotal &+= entry.copayTotal ?? 0
      } else {
        tiers[index].waiting += 1
      }
    }
    return tiers
  }
}

import Rules

/// Finds ``DataWarning``s in an applicant's facts, reading every name from the ruleset (fields, sets and the
/// median-income table by name); a name the ruleset lacks means no warning, never a crash.
public struct DataChecks: Sendable, Hashable {
  /// The status field (an enumeration).
  public var statusField = "status"
  /// The sets of that enumeration whose members should have a low income (`recipient`, `near_poor`).
  public var lowIncomeSets = ["recipient", "near_poor"]
  /// The monthly income field (money).
  public var incomeField = "monthly_income"
  /// The household size field (count).
  public var householdField = "household_size"
  /// The lives-alone field (bool).
  public var livesAloneField = "lives_alone"
  /// The median-income table.
  public var medianTable = "median_income"
  /// N in "income above N % of the median" (A11: 50).
  public var percent: Int64 = 50

  /// The checks with the project's names (A11, A6).
  public init() {}

  /// The warnings for one applicant.
  ///
  /// - Parameters:
  ///   - facts: the applicant's facts.
  ///   - referenceDate: the reference date, to pick the median's version; without it there is no income warning.
  ///   - ruleset: the ruleset the names are read from.
  /// - Returns: the warnings, status–income first.
  public func warnings(for facts: Facts, on referenceDate: CivilDate?, in ruleset: CheckedRuleset) -> [DataWarning] {
    var warnings: [DataWarning] = []
    if let warning = statusIncome(facts, referenceDate, ruleset) { warnings.append(warning) }
    if let warning = livesAlone(facts, ruleset) { warnings.append(warning) }
    return warnings
  }

  private func statusIncome(_ facts: Facts, _ date: CivilDate?, _ ruleset: CheckedRuleset) -> DataWarning? {
    let fields = ruleset.schema.fields
    guard let date, let statusSlot = fields.firstIndex(where: { $0.name == statusField }),
      case .enumeration(let enumeration) = fields[statusSlot].type, case .enumCase(let status)? = facts[statusSlot],
      let incomeSlot = fields.firstIndex(where: { $0.name == incomeField }), case .money(let income)? = facts[incomeSlot],
      let householdSlot = fields.firstIndex(where: { $0.name == householdField }),
      case .count(let size)? = facts[householdSlot],
      let set = lowIncomeSets.lazy.compactMap({ name in ruleset.sets.first { $0.name == name } }).first(where: {
        $0.enumeration == enumeration && status < 64 && $0.mask & (1 << UInt64(status)) != 0
      }),
      let median = MedianIncome.lookup(in: ruleset, householdSize: size, on: date, table: medianTable),
      median.isExceeded(by: income, percent: percent)
    else { return nil }
    guard case .enumCase(let statusCase) = ReportValue(.enumCase(status), type: fields[statusSlot].type, enumerations: ruleset.enumerations)
    else { return nil }
    return .statusIncomeAboveMedianShare(
      DataWarning.StatusIncome(
        statusLabel: fields[statusSlot].label, status: statusCase, setName: set.name, setLabel: set.label,
        incomeLabel: fields[incomeSlot].label, income: income, median: median, percent: percent))
  }

  private func livesAlone(_ facts: Facts, _ ruleset: CheckedRuleset) -> DataWarning? {
    let fields = ruleset.schema.fields
    guard let aloneSlot = fields.firstIndex(where: { $0.name == livesAloneField }), case .bool(true)? = facts[aloneSlot],
      let householdSlot = fields.firstIndex(where: { $0.name == householdField }),
      case .count(let size)? = facts[householdSlot], size > 1
    else { return nil }
    return .livesAloneInLargerHousehold(
      householdSize: size, livesAloneLabel: fields[aloneSlot].label, householdLabel: fields[householdSlot].label)
  }
}

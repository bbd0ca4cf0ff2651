import Rules

/// Applicant data that is probably wrong but is not a reason to reject: the report shows it and the decisions
/// stand (readings A11 and A6).
public enum DataWarning: Sendable, Hashable {
  /// A 수급자 or 차상위 status (a case in the named set) with a monthly income above N % of the 기준 중위소득:
  /// both statuses imply 소득인정액 ≤ 50 % (A11).
  case statusIncomeAboveMedianShare(StatusIncome)
  /// `lives_alone` with a household of more than one (A6).
  case livesAloneInLargerHousehold(householdSize: Int64, livesAloneLabel: String, householdLabel: String)

  /// The facts behind a status–income warning.
  public struct StatusIncome: Sendable, Hashable {
    /// The status field's label (`수급 자격`).
    public var statusLabel: String
    /// The status case.
    public var status: ReportValue.EnumCase
    /// The set the case is in (`recipient`).
    public var setName: String
    /// The set's label.
    public var setLabel: String
    /// The income field's label.
    public var incomeLabel: String
    /// The monthly income.
    public var income: Int64
    /// The median used.
    public var median: MedianIncome
    /// N.
    public var percent: Int64

    /// Creates the facts of the warning.
    public init(
      statusLabel: String, status: ReportValue.EnumCase, setName: String, setLabel: String, incomeLabel: String,
      income: Int64, median: MedianIncome, percent: Int64
    ) {
      self.statusLabel = statusLabel
      self.status = status
      self.setName = setName
      self.setLabel = setLabel
      self.incomeLabel = incomeLabel
      self.income = income
      self.median = median
      self.percent = percent
    }
  }

  /// A stable name: `status-income-above-median-share`, `lives-alone-household-size`.
  public var code: String {
    switch self {
    case .statusIncomeAboveMedianShare: return "status-income-above-median-share"
    case .livesAloneInLargerHousehold: return "lives-alone-household-size"
    }
  }

  /// The warning in words.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: one line, e.g. `수급 자격 생계급여 수급자 (기초생활수급자 …): 월 소득 (가구, 신고액) 1,500,000원 —
  ///   기준 중위소득 50% 1,114,222.5원 (2024, 가구원수 1) 초과. 자료 확인 필요, 판정은 그대로 (A11)`.
  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.statusIncomeAboveMedianShare(let w), .korean):
      let line = w.median.line(percent: w.percent).map { Format.won($0, language) } ?? "?"
      return "\(w.statusLabel) \(w.status.label) (\(w.setLabel)): \(w.incomeLabel) \(Format.won(w.income, language)) — "
        + "기준 중위소득 \(w.percent)% \(line) (\(w.median.version), 가구원수 \(w.median.householdSize)) 초과. "
        + "자료 확인 필요, 판정은 그대로 (A11)"
    case (.statusIncomeAboveMedianShare(let w), .english):
      let line = w.median.line(percent: w.percent).map { Format.won($0, language) } ?? "?"
      return "status `\(w.status.name)` (set `\(w.setName)`) with monthly income \(Format.won(w.income, language)) above "
        + "\(w.percent)% of the median income, \(line) (\(w.median.version), household of \(w.median.householdSize)); "
        + "check the data, decisions unchanged (A11)"
    case (.livesAloneInLargerHousehold(let size, let aloneLabel, let householdLabel), .korean):
      return "\(aloneLabel) 예, \(householdLabel) \(size) — 독거인데 1인 가구가 아님. 자료 확인 필요, 판정은 그대로 (A6)"
    case (.livesAloneInLargerHousehold(let size, _, _), .english):
      return "lives_alone is true but household_size is \(size); check the data, decisions unchanged (A6)"
    }
  }
}

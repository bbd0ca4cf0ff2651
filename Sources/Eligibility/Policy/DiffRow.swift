import Rules

/// One applicant × service whose outcome moves between the OLD and NEW rules: result, priority, tier, co-payment
/// or waitlist rank, with the reasons it moved.
public struct DiffRow: Sendable, Hashable {
  /// The input line (1 = the header of a CSV file).
  public var line: Int
  /// The applicant's id.
  public var id: String
  /// The service's id (the same on both sides).
  public var service: String
  /// The OLD result, ranked.
  public var old: BatchResult
  /// The NEW result, ranked.
  public var new: BatchResult
  /// Why it moved, one clause per changed criterion, row or table (see ``DiffExplainer``).
  public var why: [String]
  /// The applicant's income as a ratio of the 기준 중위소득 under the NEW rules (`income_pct`), when known.
  public var incomeRatio: Rational?

  /// Creates a row.
  public init(line: Int, id: String, service: String, old: BatchResult, new: BatchResult, why: [String] = [], incomeRatio: Rational? = nil) {
    self.line = line
    self.id = id
    self.service = service
    self.old = old
    self.new = new
    self.why = why
    self.incomeRatio = incomeRatio
  }

  /// The applicant became eligible (from ineligible or undetermined).
  public var gained: Bool { old.decision != .eligible && new.decision == .eligible }
  /// The applicant stopped being eligible.
  public var lost: Bool { old.decision == .eligible && new.decision != .eligible }

  /// Whether two results differ in anything `diff` reports, ranks excluded (decision, priority, tier, amounts,
  /// ranking values): the rows whose facts are kept for explanation.
  public static func outcomeDiffers(_ a: BatchResult, _ b: BatchResult) -> Bool {
    a.decision != b.decision || a.priorityNumber != b.priorityNumber || a.tierNumber != b.tierNumber
      || a.subsidy != b.subsidy || a.copay != b.copay || a.rankValues != b.rankValues
  }

  /// Whether two ranked results differ in what `diff` reports: result, priority, tier, co-payment or rank.
  public static func moves(_ a: BatchResult, _ b: BatchResult) -> Bool {
    a.decision != b.decision || a.priorityNumber != b.priorityNumber || a.tierNumber != b.tierNumber
      || a.subsidy != b.subsidy || a.copay != b.copay || a.rank != b.rank
  }
}

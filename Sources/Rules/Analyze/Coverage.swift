/// What a service's examples exercise: criteria seen true and false, decision rows matched, threshold edges hit.
///
/// A criterion (leaf or group, top-level or nested) is covered when some example makes it true and some example
/// makes it false. A priority or tier row is covered when some example's evaluation matches it. A threshold
/// (``Threshold``: a comparison of a fact or derived fact with a constant) is covered when some example *hits its
/// edge*: the compared value is one of the two values between which the comparison flips — for whole numbers
/// (count, money, dates in days) the last passing and the first failing value (`x <= 120` → 120 or 121; `==`/`!=`
/// → the constant or a neighbour); for a derived ratio of a money fact (`income_pct = monthly_income /
/// median_income[…]`) the money fact at the largest passing and smallest failing amount for that example's
/// denominator (`income_pct <= 120%`, 2024 1인 → 2,674,134원 or 2,674,135원); for an age or any other value the
/// same on the derived whole number; for other ratios exact equality with the constant.
public struct Coverage: Sendable, Hashable {
  /// A criterion and the truths the examples gave it.
  public struct CriterionCoverage: Sendable, Hashable {
    /// Its label (the outermost group may have none).
    public var label: String?
    /// Its depth: 0 for the `eligible` group, 1 for its children …
    public var depth: Int
    /// Where it is written.
    public var range: SourceRange
    /// Whether some example made it true.
    public var seenTrue: Bool
    /// Whether some example made it false.
    public var seenFalse: Bool
  }

  /// A decision row and how many examples matched it.
  public struct RowCoverage: Sendable, Hashable {
    /// `priority` or `tier`.
    public var list: String
    /// The row's number.
    public var number: Int
    /// Its label.
    public var label: String
    /// How many examples matched it.
    public var matches: Int
  }

  /// A threshold and how many examples hit its edge.
  public struct ThresholdCoverage: Sendable, Hashable {
    /// The comparison.
    public var threshold: Threshold
    /// How many examples hit its edge.
    public var hits: Int
  }

  /// Every criterion, in source order (parents before children).
  public var criteria: [CriterionCoverage]
  /// Every priority row, then every tier row.
  public var rows: [RowCoverage]
  /// Every threshold.
  public var thresholds: [ThresholdCoverage]

  /// Criteria no example made true.
  public var neverTrue: [CriterionCoverage] { criteria.filter { !$0.seenTrue } }
  /// Criteria no example made false.
  public var neverFalse: [CriterionCoverage] { criteria.filter { !$0.seenFalse } }
  /// Rows no example matched.
  public var unmatchedRows: [RowCoverage] { rows.filter { $0.matches == 0 } }
  /// Thresholds whose edge no example hits.
  public var missedEdges: [Threshold] { thresholds.filter { $0.hits == 0 }.map(\.threshold) }
  /// Whether everything is covered.
  public var isComplete: Bool { neverTrue.isEmpty && neverFalse.isEmpty && unmatchedRows.isEmpty && missedEdges.isEmpty }

  /// Measures what a service's examples cover.
  ///
  /// - Parameters:
  ///   - index: the service's index in the evaluator's ruleset.
  ///   - evaluator: the evaluator.
  ///   - records: the examples' records, prepared with their reference dates.
  /// - Returns: the coverage.
  /// - Complexity: O(examples × size of the service's rules).
  public static func measure(service index: Int, evaluator: Evaluator, records: [Record]) -> Coverage {
    let service = evaluator.ruleset.services[index]
    var criteria: [CriterionCoverage] = []
    func add(_ criterion: CheckedCriterion, depth: Int) {
      criteria.append(
        CriterionCoverage(label: criterion.label, depth: depth, range: criterion.range, seenTrue: false, seenFalse: false))
      switch criterion.kind {
      case .test: break
      case .all(let children), .any(let children): for child in children { add(child, depth: depth + 1) }
      }
    }
    add(service.eligibility, depth: 0)
    var rows = (service.priority?.rows ?? []).map { RowCoverage(list: "priority", number: $0.number, label: $0.label, matches: 0) }
    let priorityCount = rows.count
    rows += (service.tiers?.rows ?? []).map { RowCoverage(list: "tier", number: $0.number, label: $0.label, matches: 0) }
    var thresholds = Threshold.all(in: service).map { ThresholdCoverage(threshold: $0, hits: 0) }

    for record in records {
      let outcome = evaluator.evaluate(service: index, on: record)
      var position = 0
      func note(_ trace: CriterionTrace) {
        if trace.truth == .yes { criteria[position].seenTrue = true }
        if trace.truth == .no { criteria[position].seenFalse = true }
        position += 1
        trace.children.forEach(note)
      }
      note(outcome.eligibility)
      if let matched = outcome.priority?.matched { rows[matched].matches += 1 }
      if let matched = outcome.tier?.matched { rows[priorityCount + matched].matches += 1 }
      for index in thresholds.indices where hitsEdge(thresholds[index].threshold, record, evaluator) {
        thresholds[index].hits += 1
      }
    }
    return Coverage(criteria: criteria, rows: rows, thresholds: thresholds)
  }

  /// Whether a record's value of the threshold's subject is at its edge.
  static func hitsEdge(_ threshold: Threshold, _ record: Record, _ evaluator: Evaluator) -> Bool {
    let value: Value?
    switch threshold.subject {
    case .field(let slot): value = record.facts[slot]
    case .derived(let index):
      if let (slot, denominator) = Threshold.moneyRatio(evaluator.ruleset.derived[index].value) {
        var ignored: [ComparisonTrace]?
        if case .money(let scale)? = evaluator.evaluate(denominator, in: record, trace: &ignored).value,
          case .money(let amount)? = record.facts[slot], let edge = threshold.moneyEdge(scale: scale)
        {
          return edge.contains(amount)
        }
      }
      value = record.derived[index].value
    }
    switch (value, threshold.constant) {
    case (.count(let v)?, .count(let c)), (.money(let v)?, .money(let c)):
      return threshold.edge(around: c).contains(v)
    case (.date(let v)?, .date(let c)):
      return threshold.edge(around: Int64(c.dayNumber)).contains(Int64(v.dayNumber))
    case (let v?, let c):
      guard let a = v.rational, let b = c.rational else { return v == c }
      return a == b
    case (nil, _):
      return false
    }
  }
}

/// The partition check of one decision list: every cell of the product of the terms' representatives is
/// evaluated, eligibility first, then each row.
///
/// A cell is *eligible* when the eligibility formula is yes there; a cell where it is unknown counts as not
/// eligible. A row is *reached* in an eligible cell when every earlier row is no and it is not (yes, or unknown:
/// the evaluator stops there). A *gap* is an eligible cell where every row is no.
struct ListAnalysis: Sendable {
  /// What became of one row.
  enum RowStatus: Sendable, Equatable {
    /// Some eligible input reaches it.
    case reachable
    /// Eligible inputs satisfy it, but earlier rows (by index) match them first; `witness` is one such input.
    case shadowed(by: [Int], witness: [Value])
    /// It holds for some input, but for no eligible one.
    case neverEligible
    /// It holds for no input at all.
    case never
  }

  /// An eligible input that matches no row, or `nil` when there is none or gaps were not checked.
  var gap: [Value]?
  /// Each row's status, in list order.
  var rows: [RowStatus]

  /// Runs the check.
  ///
  /// - Parameters:
  ///   - eligibility: the service's eligibility, or `nil` to treat every input as eligible (then gaps are not
  ///     sought: without eligibility a gap would be no finding).
  ///   - rows: the rows' conditions in list order.
  ///   - variables: the terms to enumerate (those the formulas read).
  ///   - domains: each term's representatives, by term index (terms not enumerated may have none).
  ///   - limit: the most cells to enumerate.
  /// - Returns: the findings, or `nil` when there are more cells than `limit`, a variable has no representatives,
  ///   or no cell is eligible (every row would be unreachable: a finding about eligibility, not the list).
  /// - Complexity: O(cells × size of the formulas), cells ≤ `limit`.
  static func run(
    eligibility: Formula?, rows: [Formula], variables: [Int], domains: [[Value]?], limit: Int
  ) -> ListAnalysis? {
    var sizes: [Int] = []
    var cells = 1
    for variable in variables {
      guard let domain = domains[variable], !domain.isEmpty else { return nil }
      sizes.append(domain.count)
      let (product, overflow) = cells.multipliedReportingOverflow(by: domain.count)
      guard !overflow, product <= limit else { return nil }
      cells = product
    }

    var values = domains.map { $0?.first ?? .bool(false) }
    var digits = [Int](repeating: 0, count: variables.count)
    var anyEligible = false
    var gap: [Value]?
    var reached = [Bool](repeating: false, count: rows.count)
    var holdsWhenEligible = [Bool](repeating: false, count: rows.count)
    var holds = [Bool](repeating: false, count: rows.count)
    var shadowers = [Set<Int>](repeating: [], count: rows.count)
    var witnesses = [[Value]?](repeating: nil, count: rows.count)

    while true {
      let eligible = eligibility?.truth(values) ?? .yes
      let truths = rows.map { $0.truth(values) }
      let first = truths.firstIndex { $0 != .no }
      for (index, truth) in truths.enumerated() where truth == .yes { holds[index] = true }
      if eligible == .yes {
        anyEligible = true
        if let first {
          reached[first] = true
        } else if eligibility != nil, gap == nil {
          gap = values
        }
        for (index, truth) in truths.enumerated() where truth == .yes {
          holdsWhenEligible[index] = true
          if let first, first < index {
            shadowers[index].insert(first)
            if witnesses[index] == nil { witnesses[index] = values }
          }
        }
      }
      guard advance(&digits, sizes: sizes) else { break }
      for (position, variable) in variables.enumerated() {
        if let domain = domains[variable] { values[variable] = domain[digits[position]] }
      }
    }

    guard anyEligible else { return nil }
    let statuses = rows.indices.map { index -> RowStatus in
      if reached[index] { return .reachable }
      if holdsWhenEligible[index], let witness = witnesses[index] {
        return .shadowed(by: shadowers[index].sorted(), witness: witness)
      }
      return holds[index] ? .neverEligible : .never
    }
    return ListAnalysis(gap: gap, rows: statuses)
  }

  /// Moves an odometer one step, the last digit fastest.
  ///
  /// - Returns: `false` after the last cell.
  private static func advance(_ digits: inout [Int], sizes: [Int]) -> Bool {
    var position = digits.count - 1
    while position >= 0 {
      digits[position] += 1
      if digits[position] < sizes[position] { return true }
      digits[position] = 0
      position -= 1
    }
    return false
  }
}

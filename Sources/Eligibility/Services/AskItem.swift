import Rules

/// Why a decision (or its priority or tier) is 판단불가: a fact to ask the applicant for, or a gap in the rules.
public enum AskItem: Sendable, Hashable {
  /// An input fact is missing: ask for it.
  case fact(name: String, label: String)
  /// No reference date: give `--as-of` or the application date.
  case referenceDate
  /// A table has no version in force on the reference date.
  case tableVersion(table: String, label: String, date: CivilDate)
  /// A table has no row for the key.
  case tableRow(table: String, label: String, key: Int64)
  /// A calculation went out of range.
  case arithmetic
  /// The source does not decide the case (`undetermined "사유"` in the rules), with the reason.
  case stated(String)

  /// Resolves an evaluator's reason against the ruleset's names and labels.
  ///
  /// - Parameters:
  ///   - reason: the reason.
  ///   - ruleset: the ruleset the reason's indices refer to.
  public init(_ reason: UnknownReason, ruleset: CheckedRuleset) {
    switch reason {
    case .fact(let slot) where ruleset.schema.fields.indices.contains(slot):
      self = .fact(name: ruleset.schema.fields[slot].name, label: ruleset.schema.fields[slot].label)
    case .fact(let slot):
      self = .fact(name: "#\(slot)", label: "#\(slot)")
    case .referenceDate:
      self = .referenceDate
    case .noTableVersion(let table, let date) where ruleset.tables.indices.contains(table):
      self = .tableVersion(table: ruleset.tables[table].name, label: ruleset.tables[table].label, date: date)
    case .noTableRow(let table, let key) where ruleset.tables.indices.contains(table):
      self = .tableRow(table: ruleset.tables[table].name, label: ruleset.tables[table].label, key: key)
    case .noTableVersion, .noTableRow, .arithmetic:
      self = .arithmetic
    case .stated(let reason):
      self = .stated(reason)
    }
  }

  /// A stable kind word for JSON: `fact`, `reference_date`, `table_version`, `table_row`, `arithmetic`, `stated`.
  public var kind: String {
    switch self {
    case .fact: return "fact"
    case .referenceDate: return "reference_date"
    case .tableVersion: return "table_version"
    case .tableRow: return "table_row"
    case .arithmetic: return "arithmetic"
    case .stated: return "stated"
    }
  }

  /// The item in words: the field's label for a fact; a sentence for the rest.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: e.g. `월 소득 (가구, 신고액)` or `기준 중위소득: 2027-01-04에 시행 중인 판이 없음`.
  public func text(in language: Language) -> String {
    switch (self, language) {
    case (.fact(_, let label), .korean): return label
    case (.fact(let name, _), .english): return name
    case (.referenceDate, .korean): return "기준일 (신청일 또는 --as-of)"
    case (.referenceDate, .english): return "reference date (application_date or --as-of)"
    case (.tableVersion(_, let label, let date), .korean): return "\(label): \(date) 시행 중인 판이 없음"
    case (.tableVersion(let table, _, let date), .english): return "\(table): no version in force on \(date)"
    case (.tableRow(_, let label, let key), .korean): return "\(label): \(key)에 해당하는 행이 없음"
    case (.tableRow(let table, _, let key), .english): return "\(table): no row for \(key)"
    case (.arithmetic, .korean): return "계산 범위를 벗어남"
    case (.arithmetic, .english): return "a calculation is out of range"
    case (.stated(let reason), .korean): return "출처가 정하지 않음: \(reason)"
    case (.stated(let reason), .english): return "not decided by the source: \(reason)"
    }
  }
}

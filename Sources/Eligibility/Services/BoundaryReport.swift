import Rules

/// The value of a fact at which a failed test would pass: `월 소득 (가구, 신고액) 2,674,134원 이하이면 충족`.
public struct BoundaryReport: Sendable, Hashable {
  /// The fact's canonical name.
  public var name: String
  /// The fact's label.
  public var label: String
  /// `<=` (이하이면), `>=` (이상이면) or `==`.
  public var op: ComparisonOperator
  /// The boundary value (inclusive).
  public var value: ReportValue

  /// Creates a boundary report.
  public init(name: String, label: String, op: ComparisonOperator, value: ReportValue) {
    self.name = name
    self.label = label
    self.op = op
    self.value = value
  }

  /// The boundary as a sentence without particles: `월 소득 (가구, 신고액) 2,674,134원 이하이면 충족`,
  /// `가구원수 (주민등록상 가구) 1인 경우 충족` / `passes if monthly_income is at most 2,674,134 won`.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: the sentence.
  public func sentence(in language: Language) -> String {
    let value = self.value.text(in: language, exact: true)
    switch (op, language) {
    case (.equal, .korean): return "\(label) \(value)인 경우 충족"
    case (.notEqual, .korean): return "\(label) \(value)이(가) 아니면 충족"
    case (_, .korean): return "\(label) \(value) \(Format.operatorWords(op, language))이면 충족"
    case (.equal, .english): return "passes if \(name) is \(value)"
    case (.notEqual, .english): return "passes if \(name) is not \(value)"
    case (_, .english): return "passes if \(name) is \(Format.operatorWords(op, language)) \(value)"
    }
  }
}

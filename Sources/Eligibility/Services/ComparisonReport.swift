import Rules

/// One comparison of a test: the subject (a fact) on the left, the limit on the right.
public struct ComparisonReport: Sendable, Hashable {
  /// The subject.
  public var left: Operand
  /// The operator, turned so that the subject is on the left (`100% < income_pct` becomes `income_pct > 100%`).
  public var op: ComparisonOperator
  /// The limit (usually a constant).
  public var right: Operand
  /// The result.
  public var result: Truth

  /// Creates a comparison report.
  public init(left: Operand, op: ComparisonOperator, right: Operand, result: Truth) {
    self.left = left
    self.op = op
    self.right = right
    self.result = result
  }

  /// The comparison for people: `소득 (기준 중위소득 대비) 100.0% (조건: 120% 이하)` /
  /// `income_pct 100.0% (must be at most 120%)`; equality as `(조건: 1)` / `(must be 1)`.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: one line fragment.
  public func text(in language: Language) -> String {
    var subject = left.text(in: language)
    let derivation = left.derivationText(in: language)
    if !derivation.isEmpty { subject += " " + derivation }
    let limit = right.text(in: language)
    switch (op, language) {
    case (.equal, .korean): return "\(subject) (조건: \(limit))"
    case (.notEqual, .korean): return "\(subject) (조건: \(limit) 아님)"
    case (_, .korean): return "\(subject) (조건: \(limit) \(Format.operatorWords(op, language)))"
    case (.equal, .english): return "\(subject) (must be \(limit))"
    case (.notEqual, .english): return "\(subject) (must not be \(limit))"
    case (_, .english): return "\(subject) (must be \(Format.operatorWords(op, language)) \(limit))"
    }
  }
}

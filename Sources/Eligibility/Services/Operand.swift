import Rules

/// One side of a comparison, or a fact a test read, as a report shows it: what it is (name and label) and its
/// value on the record.
public struct Operand: Sendable, Hashable {
  /// What the operand is.
  public enum Kind: String, Sendable, Hashable {
    /// An input fact.
    case field
    /// A derived fact (`let`).
    case derived
    /// A constant written in the rules.
    case constant
    /// The reference date.
    case referenceDate = "reference_date"
    /// Any other expression (arithmetic, a table lookup, a builtin call).
    case expression
  }

  /// How a derived fact was computed from its parts, for explanations: `월 소득 ÷ 기준 중위소득`.
  public struct Derivation: Sendable, Hashable {
    /// The operation: an arithmetic symbol (`+ - * /`) or a builtin's name (`years`).
    public var operation: String
    /// The parts, with their values.
    public var operands: [Operand]

    /// Creates a derivation.
    public init(operation: String, operands: [Operand]) {
      self.operation = operation
      self.operands = operands
    }
  }

  /// What the operand is.
  public var kind: Kind
  /// The canonical name (`income_pct`), or the expression in names (`reference_date - 2 years`).
  public var name: String
  /// The label people read (`소득 (기준 중위소득 대비)`), or the expression in labels.
  public var label: String
  /// The value, or `nil` when unknown.
  public var value: ReportValue?
  /// For a derived fact defined by arithmetic or a builtin: its parts.
  public var derivation: Derivation?

  /// Creates an operand.
  public init(kind: Kind, name: String, label: String, value: ReportValue?, derivation: Derivation? = nil) {
    self.kind = kind
    self.name = name
    self.label = label
    self.value = value
    self.derivation = derivation
  }

  /// The operand for people: a constant as its exact value (`120%`); anything else as its label (Korean) or name
  /// (English) and value (`소득 (기준 중위소득 대비) 100.0%`, `monthly_income unknown`).
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: the text.
  public func text(in language: Language) -> String {
    let valueText = value?.text(in: language, exact: kind == .constant) ?? Format.unknown(language)
    if kind == .constant { return valueText }
    return (language == .korean ? label : name) + " " + valueText
  }

  /// The derivation for people: `[월 소득 (가구, 신고액) 2,228,445원 ÷ 기준 중위소득 2024[1] 2,228,445원]`; empty when
  /// there is none.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: the text in brackets, or an empty string.
  public func derivationText(in language: Language) -> String {
    guard let derivation else { return "" }
    let parts = derivation.operands.map { $0.text(in: language) }
    switch derivation.operation {
    case "+", "-", "*", "/":
      let symbol = language == .korean ? Operand.koreanSymbol(derivation.operation) : derivation.operation
      return "[" + parts.joined(separator: " \(symbol) ") + "]"
    case "years", "months", "days":
      return "[" + parts.joined(separator: " ~ ") + "]"
    default:
      return "[\(derivation.operation)(" + parts.joined(separator: ", ") + ")]"
    }
  }

  /// `+ − × ÷` for `+ - * /`.
  static func koreanSymbol(_ op: String) -> String {
    switch op {
    case "-": return "−"
    case "*": return "×"
    case "/": return "÷"
    default: return op
    }
  }
}

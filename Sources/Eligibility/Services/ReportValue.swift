import Rules

/// A value shown in a report, with enumeration cases resolved to their names and labels, so that a report can
/// be rendered without the ruleset.
public enum ReportValue: Sendable, Hashable {
  /// True or false.
  case bool(Bool)
  /// A whole number.
  case count(Int64)
  /// Whole won.
  case money(Int64)
  /// An exact ratio.
  case ratio(Rational)
  /// A civil date.
  case date(CivilDate)
  /// A calendar duration.
  case duration(CalendarDuration)
  /// Text.
  case text(String)
  /// An enumeration case.
  case enumCase(EnumCase)
  /// A set of enumeration cases.
  case enumSet([EnumCase])
  /// A list of texts.
  case textList([String])

  /// An enumeration case's name and label.
  public struct EnumCase: Sendable, Hashable {
    /// The case name (`livelihood`, `3`).
    public var name: String
    /// The label (`생계급여 수급자`, `3등급`).
    public var label: String

    /// Creates a case.
    public init(name: String, label: String) {
      self.name = name
      self.label = label
    }
  }

  /// Resolves a value for display.
  ///
  /// - Parameters:
  ///   - value: the value.
  ///   - type: its type, to name enumeration cases.
  ///   - enumerations: the ruleset's enumerations.
  public init(_ value: Value, type: ValueType, enumerations: [Enumeration]) {
    func enumCase(_ index: Int, _ enumeration: Int?) -> EnumCase {
      guard let e = enumeration, enumerations.indices.contains(e), enumerations[e].caseNames.indices.contains(index) else {
        return EnumCase(name: "#\(index)", label: "#\(index)")
      }
      return EnumCase(name: enumerations[e].caseNames[index], label: enumerations[e].caseLabels[index])
    }
    var enumeration: Int?
    switch type {
    case .enumeration(let e), .enumSet(let e): enumeration = e
    default: enumeration = nil
    }
    switch value {
    case .bool(let b): self = .bool(b)
    case .count(let n): self = .count(n)
    case .money(let n): self = .money(n)
    case .ratio(let r): self = .ratio(r)
    case .date(let d): self = .date(d)
    case .duration(let d): self = .duration(d)
    case .text(let t): self = .text(t)
    case .enumCase(let i): self = .enumCase(enumCase(i, enumeration))
    case .enumSet(let mask): self = .enumSet((0..<64).filter { mask & (1 << UInt64($0)) != 0 }.map { enumCase($0, enumeration) })
    case .textList(let list): self = .textList(list)
    }
  }

  /// The value for people: money `2,674,134원`, ratios `100.0%` (or exactly, `120%`, for constants), dates ISO,
  /// booleans 예/아니오, texts quoted, enumeration cases by label (Korean) or name (English).
  ///
  /// - Parameters:
  ///   - language: Korean or English.
  ///   - exact: show a ratio exactly (for constants written in rules) rather than rounded to one decimal.
  /// - Returns: the text.
  public func text(in language: Language, exact: Bool = false) -> String {
    switch self {
    case .bool(let b): return language == .korean ? (b ? "예" : "아니오") : (b ? "yes" : "no")
    case .count(let n): return String(n)
    case .money(let n): return Format.won(n, language)
    case .ratio(let r): return exact ? Format.exactPercent(r) : r.percentText
    case .date(let d): return d.description
    case .duration(let d): return Format.duration(d, language)
    case .text(let t): return "\"\(t)\""
    case .enumCase(let c): return language == .korean ? c.label : c.name
    case .enumSet(let cases): return "{" + cases.map { language == .korean ? $0.label : $0.name }.joined(separator: ", ") + "}"
    case .textList(let list): return "[" + list.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
  }

  /// The value as JSON: money and counts as integers, ratios as an exact reduced fraction string (`"6/5"`),
  /// dates ISO, durations `"3 months"`, enumeration cases by name.
  public var json: JSONValue {
    switch self {
    case .bool(let b): return .bool(b)
    case .count(let n), .money(let n): return .integer(n)
    case .ratio(let r):
      let divisor = ReportValue.gcd(r.numerator.magnitude, UInt64(r.denominator))
      let d = Int64(divisor == 0 ? 1 : divisor)
      return .string(r.denominator / d == 1 ? "\(r.numerator / d)" : "\(r.numerator / d)/\(r.denominator / d)")
    case .date(let d): return .string(d.description)
    case .duration(let d): return .string(d.description)
    case .text(let t): return .string(t)
    case .enumCase(let c): return .string(c.name)
    case .enumSet(let cases): return .array(cases.map { .string($0.name) })
    case .textList(let list): return .array(list.map { .string($0) })
    }
  }

  private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}

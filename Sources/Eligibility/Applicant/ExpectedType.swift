import Rules

/// The kind of JSON value an applicant field needs, named for error messages.
public enum ExpectedType: Sendable, Hashable {
  /// `true` or `false`.
  case bool
  /// A whole number, zero or more.
  case count
  /// Whole won: an integer, or a string such as `"2,674,134"` or `"2674134원"`.
  case money
  /// A percentage or decimal: a number (`0.855`) or a string (`"85.5%"`).
  case ratio
  /// `YYYY-MM-DD`.
  case date
  /// A calendar duration such as `"3 months"` or `"3개월"`.
  case duration
  /// A string.
  case text
  /// A case of an enumeration, by name or label.
  case enumeration(name: String, label: String)
  /// A type no applicant field can have (a set or list type).
  case unsupported(String)

  /// The type of a schema field.
  ///
  /// - Parameters:
  ///   - type: the field's type.
  ///   - enumerations: the ruleset's enumerations, to name an enumeration type.
  public init(_ type: ValueType, enumerations: [Enumeration]) {
    switch type {
    case .bool: self = .bool
    case .count: self = .count
    case .money: self = .money
    case .ratio: self = .ratio
    case .date: self = .date
    case .duration: self = .duration
    case .text: self = .text
    case .enumeration(let index) where enumerations.indices.contains(index):
      self = .enumeration(name: enumerations[index].name, label: enumerations[index].label)
    default: self = .unsupported(type.description)
    }
  }

  /// The type as the subject of "…이(가) 필요한데", with its particle agreeing: `금액(원)이`.
  var koreanSubject: String {
    switch self {
    case .bool: return "참·거짓(true/false)이"
    case .count: return "0 이상의 정수가"
    case .money: return "금액(원)이"
    case .ratio: return "비율(예: 0.855 또는 \"85.5%\")이"
    case .date: return "날짜(YYYY-MM-DD)가"
    case .duration: return "기간(예: \"3개월\", \"3 months\")이"
    case .text: return "문자열이"
    case .enumeration(_, let label): return "\(label) 값이"
    case .unsupported(let name): return "입력할 수 없는 형식(\(name))이"
    }
  }

  /// The type in English: `money (whole won)`.
  var english: String {
    switch self {
    case .bool: return "boolean (true or false)"
    case .count: return "count (a whole number, 0 or more)"
    case .money: return "money (whole won)"
    case .ratio: return "ratio (e.g. 0.855 or \"85.5%\")"
    case .date: return "date (YYYY-MM-DD)"
    case .duration: return "duration (e.g. \"3 months\")"
    case .text: return "text"
    case .enumeration(let name, _): return "a value of `\(name)`"
    case .unsupported(let name): return "a type that cannot be given as input (\(name))"
    }
  }
}

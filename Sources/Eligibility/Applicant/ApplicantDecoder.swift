import Rules

/// Reads an applicant's facts from a JSON object by a ruleset's schema, and reports every mistake in it.
///
/// Keys are the schema's canonical field names (`monthly_income`) or their Korean labels
/// (`"월 소득 (가구, 신고액)"`). Values, by the field's type:
///
/// | type | accepted |
/// |---|---|
/// | `money` | an integer (`2674134`), or a string with or without thousands separators and `원` (`"2,674,134"`, `"2674134원"`) |
/// | `count` | an integer, 0 or more |
/// | `date` | `"YYYY-MM-DD"`, a date that exists |
/// | `bool` | `true`, `false` |
/// | enumeration | a case name or label (`"livelihood"`, `"생계급여 수급자"`); integer case names also as numbers (`3`) |
/// | `ratio` | a number (`0.855`) or a percentage string (`"85.5%"`) |
/// | `duration` | `"3 months"`, `"3개월"`, `"2 years"`, `"2년"`, `"14 days"`, `"14일"` |
/// | `text` | a string |
///
/// `null` or an absent key is an unknown fact, not a mistake. Unknown keys are mistakes, with the closest name as a
/// suggestion. Every mistake of a document is reported, in document order.
///
/// ```swift
/// let decoder = ApplicantDecoder(ruleset: ruleset)
/// switch decoder.decode(jsonBytes: Array(#"{"monthly_income": "2,674,134원"}"#.utf8)) {
/// case .success(let facts): …
/// case .failure(let errors): print(errors.rendered())
/// }
/// ```
public struct ApplicantDecoder: Sendable {
  /// The schema the keys and values are read by.
  public let schema: Schema
  /// The enumerations the schema's enumeration types refer to.
  public let enumerations: [Enumeration]

  /// Creates a decoder for a schema.
  ///
  /// - Parameters:
  ///   - schema: the input schema.
  ///   - enumerations: the ruleset's enumerations, by index.
  public init(schema: Schema, enumerations: [Enumeration]) {
    self.schema = schema
    self.enumerations = enumerations
  }

  /// Creates a decoder for a checked ruleset's schema.
  ///
  /// - Parameter ruleset: the ruleset.
  public init(ruleset: CheckedRuleset) {
    self.init(schema: ruleset.schema, enumerations: ruleset.enumerations)
  }

  /// Decodes one applicant from a JSON document.
  ///
  /// - Parameter jsonBytes: the document, UTF-8 (a `Data` works).
  /// - Returns: the facts, or every mistake (a syntax error alone when the document is not JSON).
  public func decode(jsonBytes: some Sequence<UInt8>) -> Result<Facts, ApplicantErrors> {
    switch JSONParser.parse(jsonBytes) {
    case .failure(let error): return .failure(ApplicantErrors([ApplicantError(.root, .invalidJSON(error))]))
    case .success(let value): return decode(value)
    }
  }

  /// Decodes one applicant from a parsed JSON value (e.g. one element of an array of applicants).
  ///
  /// - Parameters:
  ///   - value: the applicant object.
  ///   - path: where the object is, for error paths.
  /// - Returns: the facts, or every mistake.
  public func decode(_ value: JSONValue, at path: JSONPath = .root) -> Result<Facts, ApplicantErrors> {
    guard let members = value.members else {
      return .failure(ApplicantErrors([ApplicantError(path, .notAnObject(found: FoundValue(value)))]))
    }
    var facts = Facts(count: schema.fields.count)
    var errors: [ApplicantError] = []
    var seen: [Int: JSONPath] = [:]
    for member in members {
      let memberPath = path.appending(key: member.key)
      guard let slot = schema.slot(named: member.key) else {
        let candidates = schema.allNames
        let suggestion = Suggestion.closest(to: member.key, among: candidates)
          .map { name in schema.slot(named: name).map { schema.fields[$0].name } ?? name }
        errors.append(ApplicantError(memberPath, .unknownField(member.key, suggestion: suggestion)))
        continue
      }
      let field = schema.fields[slot]
      if let first = seen[slot] {
        errors.append(ApplicantError(memberPath, .duplicateField(field: field.name, first: first)))
        continue
      }
      seen[slot] = memberPath
      switch decodeValue(member.value, as: field.type) {
      case .success(let fact): facts[slot] = fact
      case .failure(let problem): errors.append(ApplicantError(memberPath, problem))
      }
    }
    return errors.isEmpty ? .success(facts) : .failure(ApplicantErrors(errors))
  }

  /// Decodes one value by a field type.
  ///
  /// - Parameters:
  ///   - value: the JSON value.
  ///   - type: the field's type.
  /// - Returns: the fact (`nil` for `null`: unknown), or what is wrong with the value.
  public func decodeValue(_ value: JSONValue, as type: ValueType) -> Result<Value?, ApplicantError.Problem> {
    if case .null = value { return .success(nil) }
    let expected = ExpectedType(type, enumerations: enumerations)
    let mismatch = ApplicantError.Problem.typeMismatch(expected: expected, found: FoundValue(value))
    switch (type, value) {
    case (.bool, .bool(let b)):
      return .success(.bool(b))
    case (.count, .number(let literal)):
      return ApplicantDecoder.wholeNumber(literal, expected: expected, mismatch: mismatch).map { .count($0) }
    case (.money, .number(let literal)):
      return ApplicantDecoder.wholeNumber(literal, expected: expected, mismatch: mismatch).map { .money($0) }
    case (.money, .string(let text)):
      return ApplicantDecoder.money(text, expected: expected, mismatch: mismatch).map { .money($0) }
    case (.ratio, .number(let literal)):
      guard let ratio = ExactNumber.rational(literal) else { return .failure(.outOfRange(expected: expected, value: literal)) }
      return .success(.ratio(ratio))
    case (.ratio, .string(let text)):
      return ApplicantDecoder.ratio(text).map { .success(.ratio($0)) } ?? .failure(mismatch)
    case (.date, .string(let text)):
      if let date = CivilDate(iso: text) { return .success(.date(date)) }
      return .failure(ApplicantDecoder.isDateShaped(text) ? .nonexistentDate(text) : mismatch)
    case (.duration, .string(let text)):
      return ApplicantDecoder.duration(text).map { .success(.duration($0)) } ?? .failure(mismatch)
    case (.text, .string(let text)):
      return .success(.text(text))
    case (.enumeration(let index), .string(let text)) where enumerations.indices.contains(index):
      return enumCase(text, of: enumerations[index])
    case (.enumeration(let index), .number(let literal)) where enumerations.indices.contains(index):
      guard let whole = ExactNumber.integer(literal) else { return enumCase(literal, of: enumerations[index]) }
      return enumCase(String(whole), of: enumerations[index])
    default:
      return .failure(mismatch)
    }
  }

  private func enumCase(_ text: String, of enumeration: Enumeration) -> Result<Value?, ApplicantError.Problem> {
    if let index = enumeration.caseIndex(text) { return .success(.enumCase(index)) }
    let suggestion = Suggestion.closest(to: text, among: enumeration.caseNames + enumeration.caseLabels).map { found in
      enumeration.caseIndex(found).map { enumeration.caseNames[$0] } ?? found
    }
    let cases = zip(enumeration.caseNames, enumeration.caseLabels).map { "\($0) (\($1))" }
    return .failure(
      .unknownCase(enumeration: enumeration.name, label: enumeration.label, value: text, suggestion: suggestion, cases: cases))
  }
}

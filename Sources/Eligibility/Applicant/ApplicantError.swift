import Rules

/// One mistake in an applicant document: where (a JSON path) and what, rendered in Korean or English at the edge.
///
/// ```
/// $.monthly_income: 금액(원)이 필요한데 문자열 "abc"
/// $.monthly_income: expected money (whole won), found string "abc"
/// ```
public struct ApplicantError: Error, Sendable, Hashable {
  /// What is wrong (an `Error` too, so that value decoding can return it in a `Result`).
  public enum Problem: Error, Sendable, Hashable {
    /// The document is not JSON.
    case invalidJSON(JSONSyntaxError)
    /// The document (or a record) is not an object.
    case notAnObject(found: FoundValue)
    /// A key that is neither a field name nor a field label; with the closest name, if any.
    case unknownField(String, suggestion: String?)
    /// A field given twice (twice the same key, or its name and its label); with the first key's path.
    case duplicateField(field: String, first: JSONPath)
    /// A value of the wrong kind.
    case typeMismatch(expected: ExpectedType, found: FoundValue)
    /// A well-formed date that does not exist, such as `1950-02-30`.
    case nonexistentDate(String)
    /// A negative amount or count.
    case negative(expected: ExpectedType, value: String)
    /// A number outside 64 bits.
    case outOfRange(expected: ExpectedType, value: String)
    /// A string or number that names no case of an enumeration; with the closest case name, if any.
    case unknownCase(enumeration: String, label: String, value: String, suggestion: String?, cases: [String])
  }

  /// Where the mistake is.
  public var path: JSONPath
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - path: where.
  ///   - problem: what.
  public init(_ path: JSONPath, _ problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// A short stable name for the problem, like a lint name: `type-mismatch`, `unknown-field`.
  public var code: String {
    switch problem {
    case .invalidJSON: return "invalid-json"
    case .notAnObject: return "not-an-object"
    case .unknownField: return "unknown-field"
    case .duplicateField: return "duplicate-field"
    case .typeMismatch: return "type-mismatch"
    case .nonexistentDate: return "nonexistent-date"
    case .negative: return "negative"
    case .outOfRange: return "out-of-range"
    case .unknownCase: return "unknown-case"
    }
  }

  /// The problem in words, without the path.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: one line.
  public func message(in language: Language = .korean) -> String {
    switch (problem, language) {
    case (.invalidJSON(let e), .korean): return "JSON이 아님: \(e.rendered(in: language))"
    case (.invalidJSON(let e), .english): return "not JSON: \(e.rendered(in: language))"
    case (.notAnObject(let found), .korean): return "신청자 객체가 필요한데 \(found.text(in: language))"
    case (.notAnObject(let found), .english): return "expected an applicant object, found \(found.text(in: language))"
    case (.unknownField(let key, _), .korean): return "알 수 없는 항목: \(JSONWriter.quoted(key))"
    case (.unknownField(let key, _), .english): return "unknown field \(JSONWriter.quoted(key))"
    case (.duplicateField(let field, let first), .korean): return "같은 항목이 두 번: `\(field)` (처음: \(first))"
    case (.duplicateField(let field, let first), .english): return "field `\(field)` given twice (first at \(first))"
    case (.typeMismatch(let expected, let found), .korean):
      return "\(expected.koreanSubject) 필요한데 \(found.text(in: language))"
    case (.typeMismatch(let expected, let found), .english):
      return "expected \(expected.english), found \(found.text(in: language))"
    case (.nonexistentDate(let text), .korean): return "없는 날짜: \(text)"
    case (.nonexistentDate(let text), .english): return "no such date: \(text)"
    case (.negative(_, let value), .korean): return "음수는 쓸 수 없음: \(value)"
    case (.negative(let expected, let value), .english): return "expected \(expected.english), found negative \(value)"
    case (.outOfRange(_, let value), .korean): return "너무 큰 수: \(value)"
    case (.outOfRange(let expected, let value), .english): return "expected \(expected.english), found \(value), out of range"
    case (.unknownCase(_, let label, let value, _, _), .korean): return "알 수 없는 \(label) 값: \(JSONWriter.quoted(value))"
    case (.unknownCase(let name, _, let value, _, _), .english): return "unknown `\(name)` value \(JSONWriter.quoted(value))"
    }
  }

  /// Follow-up lines: a suggestion (`help`) or the values allowed (`note`), without the `= ` prefix.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: e.g. `help: 비슷한 이름: `monthly_income``.
  public func notes(in language: Language = .korean) -> [String] {
    switch (problem, language) {
    case (.unknownField(_, let suggestion?), .korean): return ["help: 비슷한 이름: `\(suggestion)`"]
    case (.unknownField(_, let suggestion?), .english): return ["help: did you mean `\(suggestion)`?"]
    case (.unknownCase(_, _, _, let suggestion, let cases), _):
      var notes: [String] = []
      if let suggestion {
        notes.append(language == .korean ? "help: 비슷한 값: `\(suggestion)`" : "help: did you mean `\(suggestion)`?")
      }
      let list = cases.joined(separator: ", ")
      notes.append(language == .korean ? "note: 가능한 값: \(list)" : "note: allowed values: \(list)")
      return notes
    default: return []
    }
  }

  /// The error as text: `path: message`, then each note on its own line as `  = help: …`.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: the lines, each ending with a line break.
  public func rendered(in language: Language = .korean) -> String {
    let pad = String(repeating: " ", count: 2)
    return "\(path): \(message(in: language))\n" + notes(in: language).map { "\(pad)= \($0)\n" }.joined()
  }
}

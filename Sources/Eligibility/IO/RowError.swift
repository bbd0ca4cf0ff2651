import Rules

/// One mistake in one row of an applicant table: the row's line, the column (the header as written, or the JSON
/// key), and what is wrong, rendered in Korean or English only at the edge.
///
/// ```
/// row 7, column birth_date: 없는 날짜: 1950-02-30
/// row 7, column birth_date: no such date: 1950-02-30
/// ```
public struct RowError: Error, Sendable, Hashable {
  /// The kind of value a cell should hold, for ``Problem/invalidValue(_:_:)``.
  public enum Expected: Sendable, Hashable {
    /// `1/0`, `true/false`, `Y/N`, `y/n`, `예/아니오`, `예/아니요`.
    case bool
    /// A whole number, 0 or more.
    case count
    /// Whole won: `2674134`, `2,674,134`, `2,674,134원`.
    case money
    /// A percentage or decimal: `85.5%`, `0.855`.
    case ratio
    /// `YYYY-MM-DD`, `YYYY.MM.DD` or `YYYYMMDD`.
    case date
    /// A calendar duration: `3개월`, `3 months`, `2년`, `14일`.
    case duration
  }

  /// What is wrong (an `Error` too, so that cell decoding can return it in a `Result`).
  public enum Problem: Error, Sendable, Hashable {
    /// A structural CSV mistake (a stray quote, an unterminated quoted field, a record too long).
    case syntax(CSVSyntaxError.Problem)
    /// The row has a different number of fields than the header.
    case wrongColumnCount(expected: Int, found: Int)
    /// Bytes that are not text in the file's encoding.
    case invalidText(TextEncoding)
    /// A JSON Lines line that is not JSON.
    case invalidJSON(JSONSyntaxError)
    /// A JSON Lines line that is JSON but not an object.
    case notAnObject
    /// A JSON key that is neither a field name nor a label; with the closest name or label, if any.
    case unknownField(String, suggestion: String?)
    /// A field given twice in a JSON object (twice the same key, or its name and its label).
    case duplicateField(field: String)
    /// A JSON array or object where a single value belongs.
    case notAScalar
    /// A cell that cannot be read as its field's type (the text as written).
    case invalidValue(Expected, String)
    /// A well-formed date that does not exist, such as `1950-02-30`.
    case nonexistentDate(String)
    /// A negative amount or count.
    case negative(String)
    /// A number too large for 64 bits.
    case tooLarge(String)
    /// Text that names no case of an enumeration; with the closest case, if any, and every case as
    /// `name (label)`.
    case unknownCase(enumeration: String, label: String, value: String, suggestion: String?, cases: [String])
    /// A field whose type cannot be given in a table (a set or list type).
    case unsupportedType(String)
  }

  /// The physical line (from 1) the row starts on; the header is line 1.
  public var line: Int
  /// The column's header as written in the file (a field name or label), or the JSON key; `nil` when the
  /// mistake is the whole row's (a wrong column count, a line that is not JSON).
  public var column: String?
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - line: the row's line, from 1.
  ///   - column: the header or key, or `nil` for the whole row.
  ///   - problem: what is wrong.
  public init(line: Int, column: String?, _ problem: Problem) {
    self.line = line
    self.column = column
    self.problem = problem
  }

  /// A short stable name for the problem, like a lint name: `nonexistent-date`, `wrong-column-count`.
  public var code: String {
    switch problem {
    case .syntax(.quoteInUnquotedField): return "stray-quote"
    case .syntax(.textAfterClosingQuote): return "text-after-quote"
    case .syntax(.unterminatedQuote): return "unterminated-quote"
    case .syntax(.recordTooLong): return "row-too-long"
    case .syntax(.tooManyFields): return "too-many-fields"
    case .wrongColumnCount: return "wrong-column-count"
    case .invalidText: return "invalid-text"
    case .invalidJSON: return "invalid-json"
    case .notAnObject: return "not-an-object"
    case .unknownField: return "unknown-field"
    case .duplicateField: return "duplicate-field"
    case .notAScalar: return "not-a-scalar"
    case .invalidValue: return "invalid-value"
    case .nonexistentDate: return "nonexistent-date"
    case .negative: return "negative"
    case .tooLarge: return "out-of-range"
    case .unknownCase: return "unknown-case"
    case .unsupportedType: return "unsupported-type"
    }
  }
}

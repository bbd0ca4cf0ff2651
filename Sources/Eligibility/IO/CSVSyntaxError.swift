/// A structural mistake in one CSV record (RFC 4180), and where it is.
///
/// The parser keeps going after a mistake, so that one bad record never swallows the next, and reports only the
/// first mistake of each record.
public struct CSVSyntaxError: Error, Sendable, Hashable {
  /// What is wrong.
  public enum Problem: Sendable, Hashable {
    /// A `"` inside a field that does not start with one: `ab"c` (write `"ab""c"`).
    case quoteInUnquotedField
    /// Text after a quoted field's closing quote: `"ab"c`.
    case textAfterClosingQuote
    /// A quoted field still open at the end of the input.
    case unterminatedQuote
    /// The record is longer than the parser keeps, in bytes.
    case recordTooLong(limit: Int)
    /// The record has more fields than the parser keeps.
    case tooManyFields(limit: Int)
  }

  /// What is wrong.
  public var problem: Problem
  /// The field, from 0.
  public var field: Int
  /// The physical line (from 1) on which the mistake was found.
  public var line: Int

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - problem: what.
  ///   - field: the field index, from 0.
  ///   - line: the physical line, from 1.
  public init(_ problem: Problem, field: Int, line: Int) {
    self.problem = problem
    self.field = field
    self.line = line
  }
}

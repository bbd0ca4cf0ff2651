import Rules

/// A row of an applicant table that could not be read: where it starts, every mistake in it (in column order),
/// and its cells as text, so that `screen batch --errors` can write the row out again for correction.
///
/// ```
/// row 7, column birth_date: 없는 날짜: 1950-02-30
/// row 7, column status: 알 수 없는 수급 자격 값: "생계"
///   = note: 가능한 값: none (해당없음), livelihood (생계급여 수급자), …
/// ```
public struct RowErrors: Error, Sendable, Hashable {
  /// The physical line (from 1) the row starts on; the header is line 1.
  public var line: Int
  /// The mistakes, in column order; never empty.
  public var errors: [RowError]
  /// The row's cells as text (bytes invalid in the file's encoding become U+FFFD); for a JSON Lines row, the
  /// line itself as the one cell.
  public var cells: [String]

  /// Creates a rejected row.
  ///
  /// - Parameters:
  ///   - line: the row's first line.
  ///   - errors: the mistakes, at least one.
  ///   - cells: the row's cells.
  public init(line: Int, errors: [RowError], cells: [String]) {
    self.line = line
    self.errors = errors
    self.cells = cells
  }

  /// All mistakes as text, one after another.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: each error's ``RowError/rendered(in:)``.
  public func rendered(in language: Language = .korean) -> String {
    errors.map { $0.rendered(in: language) }.joined()
  }
}

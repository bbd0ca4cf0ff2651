import Rules

/// One applicant read from a table: the physical line its row starts on and its facts by schema slot (an empty
/// cell or a missing column is an unknown fact).
public struct ApplicantTableRecord: Sendable, Hashable {
  /// The physical line (from 1) the row starts on; the header is line 1.
  public var line: Int
  /// The facts, indexed by the schema's slots.
  public var facts: Facts

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - line: the row's first line.
  ///   - facts: the facts.
  public init(line: Int, facts: Facts) {
    self.line = line
    self.facts = facts
  }
}

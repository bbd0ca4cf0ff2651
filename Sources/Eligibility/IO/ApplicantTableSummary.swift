/// What reading an applicant table found, for the run's summary: `rows == accepted + rejected`.
public struct ApplicantTableSummary: Sendable, Hashable {
  /// The encoding the file was read in (UTF-8 for an all-ASCII file).
  public var encoding: TextEncoding
  /// Whether the encoding was detected (the option was automatic and there was no byte order mark).
  public var detected: Bool
  /// Whether the file starts with a UTF-8 byte order mark.
  public var byteOrderMark: Bool
  /// The header cells as written (CSV), or empty (JSON Lines).
  public var columns: [String]
  /// Data rows read, each delivered once: ``accepted`` plus ``rejected``.
  public var rows: Int
  /// Rows delivered as an ``ApplicantTableRecord``.
  public var accepted: Int
  /// Rows delivered as ``RowErrors``.
  public var rejected: Int
  /// Lines skipped because they are blank, and CSV rows whose cells are all empty (Excel leaves these after
  /// the data); they are not rows.
  public var skippedBlank: Int

  /// Creates a summary.
  public init(
    encoding: TextEncoding, detected: Bool, byteOrderMark: Bool, columns: [String], rows: Int, accepted: Int,
    rejected: Int, skippedBlank: Int
  ) {
    self.encoding = encoding
    self.detected = detected
    self.byteOrderMark = byteOrderMark
    self.columns = columns
    self.rows = rows
    self.accepted = accepted
    self.rejected = rejected
    self.skippedBlank = skippedBlank
  }
}

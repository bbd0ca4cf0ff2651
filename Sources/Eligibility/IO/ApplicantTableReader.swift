import Rules

/// Reads applicants from a CSV or JSON Lines table, streaming: each data row is delivered as soon as it is read,
/// as facts or as the mistakes that keep it out, so a batch can account for every row (`rows == accepted +
/// rejected`) with memory bounded by the block size and the longest row, not the file.
///
/// **CSV** (RFC 4180): the first non-blank row is the header; each header cell is a field's canonical name
/// (`birth_date`) or its label (`생년월일`), and a table may leave fields out (unknown in every row). Quoted
/// fields may hold commas, doubled quotes and line breaks; rows end with LF, CRLF or CR; the last needs no line
/// break. Cells are read by ``ApplicantTableCellDecoder``; an empty cell is an unknown fact. Row numbers are
/// physical line numbers (the header is line 1), so a quoted line break moves later rows down.
///
/// **JSON Lines** (`.jsonl`, `.ndjson`): one object per line, keys being names or labels, values read by the
/// same rules (JSON numbers and booleans as written, `null` unknown).
///
/// **Encoding**: UTF-8 with or without a byte order mark, or CP949 (Korean Excel's "CSV (쉼표로 분리)"). With
/// ``TextEncodingOption/automatic``, valid UTF-8 is UTF-8 and anything else CP949, decided on the first block
/// with a non-ASCII byte; a fixed option is obeyed, except that a UTF-8 byte order mark always means UTF-8.
///
/// Blank lines, and CSV rows whose cells are all empty, are skipped and counted in
/// ``ApplicantTableSummary/skippedBlank``.
///
/// ```swift
/// let reader = ApplicantTableReader(schema: ruleset.schema, enumerations: ruleset.enumerations)
/// var accepted = 0, rejected = 0
/// let summary = try reader.read(path: "applicants.csv") { row in
///   switch row {
///   case .success(let record): accepted += 1   // record.line, record.facts
///   case .failure(let errors): rejected += 1; print(errors.rendered(in: .english), terminator: "")
///   }
/// }
/// // summary.rows == accepted + rejected
/// ```
public struct ApplicantTableReader: Sendable {
  /// The table's format.
  public enum Format: String, Sendable, Hashable, CaseIterable {
    /// Comma-separated values with a header row.
    case csv
    /// One JSON object per line.
    case jsonLines = "jsonl"

    /// The format a file name implies: `.jsonl` and `.ndjson` are JSON Lines, anything else (and `-`) CSV.
    ///
    /// - Parameter path: the file name.
    /// - Returns: the format.
    public static func of(path: String) -> Format {
      let lowered = path.lowercased()
      return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") ? .jsonLines : .csv
    }
  }

  /// The schema the columns name.
  public let schema: Schema
  /// The enumerations the schema's enumeration types index.
  public let enumerations: [Enumeration]
  /// The encoding to read in, or automatic.
  public var encoding: TextEncodingOption
  /// The format, or `nil` to go by the file name (``Format/of(path:)``).
  public var format: Format?
  /// How many bytes are read at a time (default 1 MiB).
  public var blockSize = 1 << 20
  /// The most bytes one row keeps (default 8 MiB); a longer row is a row error.
  public var maxRowBytes = 8 << 20

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - schema: the schema.
  ///   - enumerations: the ruleset's enumerations, by index.
  ///   - encoding: the encoding (default: detect).
  ///   - format: the format (default: from the file name).
  public init(schema: Schema, enumerations: [Enumeration], encoding: TextEncodingOption = .automatic, format: Format? = nil) {
    self.schema = schema
    self.enumerations = enumerations
    self.encoding = encoding
    self.format = format
  }

  /// Creates a reader for a checked ruleset's schema.
  ///
  /// - Parameters:
  ///   - ruleset: the ruleset.
  ///   - encoding: the encoding (default: detect).
  ///   - format: the format (default: from the file name).
  public init(ruleset: CheckedRuleset, encoding: TextEncodingOption = .automatic, format: Format? = nil) {
    self.init(schema: ruleset.schema, enumerations: ruleset.enumerations, encoding: encoding, format: format)
  }

  /// Reads a file, or standard input for `-`, calling `body` once per data row in file order.
  ///
  /// - Parameters:
  ///   - path: the file, or `-` for standard input.
  ///   - body: gets each row: its line and facts, or every mistake in it.
  /// - Returns: what was read.
  /// - Throws: ``ApplicantTableError`` when the file cannot be opened or read, its encoding cannot be decoded,
  ///   or the header is wrong (before any row is delivered). A read failure part-way comes after the rows
  ///   before it.
  @discardableResult
  public func read(
    path: String, _ body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) throws(ApplicantTableError) -> ApplicantTableSummary {
    let input = try ApplicantTableInput(path: path, blockSize: blockSize)
    return try read(input, format: format ?? Format.of(path: path), body)
  }

  /// Reads a table held in memory, in blocks of `blockSize` bytes (small blocks test rows cut across blocks).
  ///
  /// - Parameters:
  ///   - bytes: the whole file.
  ///   - name: a name for messages.
  ///   - blockSize: the block size (default: ``blockSize``).
  ///   - body: gets each row.
  /// - Returns: what was read.
  /// - Throws: ``ApplicantTableError`` as ``read(path:_:)``.
  @discardableResult
  public func read(
    bytes: [UInt8], name: String = "-", blockSize: Int? = nil, _ body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) throws(ApplicantTableError) -> ApplicantTableSummary {
    let input = ApplicantTableInput(bytes: bytes, name: name, blockSize: blockSize ?? self.blockSize)
    return try read(input, format: format ?? Format.of(path: name), body)
  }

  private func read(
    _ input: ApplicantTableInput, format: Format, _ body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) throws(ApplicantTableError) -> ApplicantTableSummary {
    var text: TextEncodingDecoder
    do { text = try TextEncodingDecoder(option: encoding) } catch { throw ApplicantTableError(path: input.path, error) }
    var prefix = ApplicantTablePrefix()
    switch format {
    case .csv:
      var parser = CSVParser(maxRecordBytes: maxRowBytes)
      var session = ApplicantTableCSVSession(schema: schema, enumerations: enumerations, path: input.path)
      try stream(input, text: &text, prefix: &prefix) { block, text in
        parser.feed(block) { session.consume($0, text: text, body: body) }
        return session.failure == nil
      }
      if session.failure == nil { parser.finish { session.consume($0, text: text, body: body) } }
      if let failure = session.failure { throw ApplicantTableError(path: input.path, problems: failure) }
      guard let header = session.header else { throw ApplicantTableError(path: input.path, .missingHeader) }
      return summary(text, columns: header.names, session.accepted, session.rejected, session.skippedBlank)
    case .jsonLines:
      var session = ApplicantTableJSONLinesSession(schema: schema, enumerations: enumerations, maxLineBytes: maxRowBytes)
      try stream(input, text: &text, prefix: &prefix) { block, text in
        session.feed(block, text: text, body: body)
        return true
      }
      session.finish(text: text, body: body)
      return summary(text, columns: [], session.accepted, session.rejected, session.skippedBlank)
    }
  }

  /// Feeds the input's blocks to `parse` (with the decoder to decode fields with; `parse` returns whether to go
  /// on), past the byte order mark and once the encoding of their bytes is settled.
  func stream(
    _ input: ApplicantTableInput, text: inout TextEncodingDecoder, prefix: inout ApplicantTablePrefix,
    _ parse: (UnsafeBufferPointer<UInt8>, TextEncodingDecoder) -> Bool
  ) throws(ApplicantTableError) {
    try input.forEachBlock { (block, isLast) throws(ApplicantTableError) in
      do throws(ApplicantTableError.Problem) {
        var rest = block
        if let head = try prefix.take(&rest, isLast: isLast, text: &text), !head.isEmpty {
          let goOn = try head.withUnsafeBufferPointer { (head) throws(ApplicantTableError.Problem) in
            try text.admit(head, isLast: isLast && rest.isEmpty, parse)
          }
          guard goOn else { return false }
        }
        return try text.admit(rest, isLast: isLast, parse)
      } catch {
        throw ApplicantTableError(path: input.path, error)
      }
    }
  }

  func summary(
    _ text: TextEncodingDecoder, columns: [String], _ accepted: Int, _ rejected: Int, _ skipped: Int
  ) -> ApplicantTableSummary {
    ApplicantTableSummary(
      encoding: text.effectiveEncoding, detected: encoding == .automatic && !text.hadByteOrderMark,
      byteOrderMark: text.hadByteOrderMark, columns: columns, rows: accepted + rejected, accepted: accepted,
      rejected: rejected, skippedBlank: skipped)
  }
}

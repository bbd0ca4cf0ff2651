import Rules

extension ApplicantTableReader {
  /// Reads a CSV file (`-` for standard input) as blocks of raw records for columnar decoding: the header is
  /// mapped as ``read(path:_:)`` maps it, then every non-blank record after it is copied into a block of up to
  /// `blockRows` records, handed over with the encoding settled so far (`nil`: all ASCII).
  ///
  /// - Returns: the summary with zero counts (the caller decodes the rows and counts them).
  /// - Throws: ``ApplicantTableError`` as ``read(path:_:)``.
  func readBlocks(
    path: String, blockRows: Int, header: (ApplicantTableHeader) -> Void,
    _ body: (CSVRecordBlock, TextEncoding?) -> Void
  ) throws(ApplicantTableError) -> ApplicantTableSummary {
    let input = try ApplicantTableInput(path: path, blockSize: blockSize)
    var text: TextEncodingDecoder
    do { text = try TextEncodingDecoder(option: encoding) } catch { throw ApplicantTableError(path: input.path, error) }
    var prefix = ApplicantTablePrefix()
    var parser = CSVParser(maxRecordBytes: maxRowBytes)
    var session = ApplicantTableCSVSession(schema: schema, enumerations: enumerations, path: input.path)
    var block = CSVRecordBlock(capacity: blockRows)
    var skipped = 0
    func take(_ record: CSVRecord, _ text: TextEncodingDecoder) {
      guard session.header != nil else {
        session.consume(record, text: text) { _ in }
        if let mapped = session.header { header(mapped) }
        return
      }
      if record.isEmptyLine {
        skipped += 1
        return
      }
      block.append(record)
      if block.count == blockRows {
        body(block, text.encoding)
        block = CSVRecordBlock(capacity: blockRows)
      }
    }
    try stream(input, text: &text, prefix: &prefix) { bytes, text in
      parser.feed(bytes) { take($0, text) }
      return session.failure == nil
    }
    if session.failure == nil { parser.finish { take($0, text) } }
    if let failure = session.failure { throw ApplicantTableError(path: input.path, problems: failure) }
    guard let mapped = session.header else { throw ApplicantTableError(path: input.path, .missingHeader) }
    if block.count > 0 { body(block, text.encoding) }
    return summary(text, columns: mapped.names, 0, 0, session.skippedBlank + skipped)
  }
}

import Rules

extension ApplicantTableReader {
  /// Reads a CSV file (`-` for standard input) as chunks of whole records for workers to parse: the header is
  /// mapped as ``read(path:_:)`` maps it, then the bytes after it are cut, at record boundaries, into chunks of
  /// about `chunkBytes` bytes (``CSVChunk``), each handed over with its first line and the encoding settled so far.
  /// A regular file is mapped into memory and its chunks are ranges of the mapping, never copied.
  ///
  /// - Returns: the summary with zero counts (the caller parses the rows and counts them).
  /// - Throws: ``ApplicantTableError`` as ``read(path:_:)``.
  func readChunks(
    path: String, chunkBytes: Int, header: (ApplicantTableHeader) -> Void, _ body: (CSVChunk) -> Void
  ) throws(ApplicantTableError) -> ApplicantTableSummary {
    let input = try ApplicantTableInput(path: path, blockSize: max(blockSize, min(chunkBytes, 4 << 20)), mapping: true)
    var text: TextEncodingDecoder
    do { text = try TextEncodingDecoder(option: encoding) } catch { throw ApplicantTableError(path: input.path, error) }
    var prefix = ApplicantTablePrefix()
    var headerParser = CSVParser(maxRecordBytes: maxRowBytes)
    var session = ApplicantTableCSVSession(schema: schema, enumerations: enumerations, path: input.path)
    var pending = CSVPendingBytes()
    // Header: bytes of `pending` fed so far; data: where the data starts and on which line.
    var consumed = 0
    var dataStart: Int?
    var line = 1
    var skipLF = false
    let target = max(1, chunkBytes)

    /// Feeds the header parser up to each line break until the header is mapped.
    func findHeader(isLast: Bool, _ text: TextEncodingDecoder) {
      while dataStart == nil && session.failure == nil {
        // The end of the next line (just past its break), and its last byte; `nil`: no break yet, wait for more.
        let next = pending.withBytes { all -> (end: Int, lastByte: UInt8)? in
          var end = consumed
          while end < all.count && all[end] != 0x0A && all[end] != 0x0D { end += 1 }
          if end == all.count && !isLast { return nil }
          end = min(all.count, end + 1)
          return (end, end > consumed ? all[end - 1] : 0)
        }
        guard let (end, lastByte) = next else { return }
        let count = pending.count
        pending.withBytes { all in
          headerParser.feed(UnsafeBufferPointer(rebasing: all[consumed..<end])) { record in
            session.consume(record, text: text) { _ in }
          }
        }
        consumed = end
        if isLast && end == count && session.header == nil { headerParser.finish { session.consume($0, text: text) { _ in } } }
        if let mapped = session.header, headerParser.isAtRecordStart {
          header(mapped)
          dataStart = consumed
          line = headerParser.currentLine
          skipLF = lastByte == 0x0D
        }
        if end == count { return }
      }
    }

    /// Cuts the pending data into chunks; at the end, everything left is the last chunk.
    func cut(isLast: Bool, _ encoding: TextEncoding?) {
      guard var start = dataStart else { return }
      if skipLF && start < pending.count {
        if pending.withBytes({ $0[start] }) == 0x0A { start += 1 }
        skipLF = false
        dataStart = start
      }
      if isLast {
        if start < pending.count {
          let breaks = pending.withBytes { CSVChunk.lineBreaks(UnsafeBufferPointer(rebasing: $0[start...])) }
          let storage = pending.take(upTo: pending.count)
          body(CSVChunk(storage: storage, start: start, firstLine: line, lineBreaks: breaks, isLast: true, encoding: encoding))
        }
        return
      }
      guard pending.count - start >= target else { return }
      let end = pending.withBytes { all in CSVChunk.lastRecordEnd(UnsafeBufferPointer(rebasing: all[start...])) }
      guard let end else { return }
      let stop = start + end
      let breaks = pending.withBytes { CSVChunk.lineBreaks(UnsafeBufferPointer(rebasing: $0[start..<stop])) }
      let storage = pending.take(upTo: stop)
      body(CSVChunk(storage: storage, start: start, firstLine: line, lineBreaks: breaks, isLast: false, encoding: encoding))
      line += breaks
      dataStart = 0
      consumed = 0
    }

    let file = input.mapped
    try stream(input, text: &text, prefix: &prefix) { bytes, text in
      pending.append(bytes, from: file)
      if dataStart == nil { findHeader(isLast: false, text) }
      cut(isLast: false, text.encoding)
      return session.failure == nil
    }
    if session.failure == nil {
      if dataStart == nil { findHeader(isLast: true, text) }
      cut(isLast: true, text.encoding)
    }
    if let failure = session.failure { throw ApplicantTableError(path: input.path, problems: failure) }
    guard let mapped = session.header else { throw ApplicantTableError(path: input.path, .missingHeader) }
    return summary(text, columns: mapped.names, 0, 0, session.skippedBlank)
  }
}

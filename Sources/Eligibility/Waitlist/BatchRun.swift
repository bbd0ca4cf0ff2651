import Rules

/// One whole batch: read an applicant table, screen every accepted row for the selected services, reject the bad
/// rows with their line and column, and rank each service's eligible applicants.
///
/// The count in is always the count screened plus the count rejected (``BatchOutcome/rowsIn``).
public struct BatchRun: Sendable {
  /// The screening engine.
  public let screening: BatchScreening
  /// Rows per block handed to the workers.
  public var blockRows = 16_384
  /// From this input size on (bytes), `screen batch` ranks in two passes over the file
  /// (``streamColumnar(path:reader:format:byteOrderMark:ranked:rejected:progress:write:)``) instead of keeping every
  /// row until the end: keeping costs about 0.6 bytes of memory per byte of CSV, so above 384 MB the second pass's
  /// screening time buys memory that stays flat.
  public static let twoPassRankingBytes = 384 << 20

  /// Creates a run.
  public init(screening: BatchScreening) { self.screening = screening }

  /// Reads and screens a file (`-` for standard input).
  ///
  /// - Parameters:
  ///   - path: the applicant table.
  ///   - reader: how to read it (encoding, format).
  ///   - rejected: called for each bad row as it is found, in input order.
  ///   - progress: called after each block with the rows read so far.
  /// - Returns: the ranked results and the counts.
  /// - Throws: ``ApplicantTableError`` when the file or its header cannot be read.
  public func run(
    path: String, reader: ApplicantTableReader, rejected: (RowErrors) -> Void, progress: (Int) -> Void = { _ in }
  ) throws(ApplicantTableError) -> BatchOutcome {
    var results: [BatchResult] = []
    var outcome = try stream(path: path, reader: reader, rejected: rejected, progress: progress) { results += $0 }
    WaitlistOrder.assignRanks(&results, ruleset: screening.context.ruleset)
    outcome.results = results
    outcome.ranked = true
    return outcome
  }

  /// Reads and screens a file (`-` for standard input) without waitlist ranks, handing over each block's results
  /// as soon as it is screened, so that memory does not grow with the input.
  ///
  /// - Parameters:
  ///   - path: the applicant table.
  ///   - reader: how to read it (encoding, format).
  ///   - rejected: called for each bad row as it is found, in input order.
  ///   - progress: called after each block with the rows read so far.
  ///   - results: gets each block's results (``BatchResult/rank`` `nil`), in input order.
  /// - Returns: the counts (``BatchOutcome/results`` stays empty).
  /// - Throws: ``ApplicantTableError`` when the file or its header cannot be read.
  public func stream(
    path: String, reader: ApplicantTableReader, rejected: (RowErrors) -> Void, progress: (Int) -> Void = { _ in },
    results: ([BatchResult]) -> Void
  ) throws(ApplicantTableError) -> BatchOutcome {
    var block: [ApplicantTableRecord] = []
    block.reserveCapacity(blockRows)
    var rejectedCount = 0
    var read = 0
    var written = 0
    func flush() {
      let screened = screening.screen(block)
      written += screened.count
      results(screened)
      read += block.count
      block.removeAll(keepingCapacity: true)
      progress(read + rejectedCount)
    }
    let summary = try reader.read(path: path) { row in
      switch row {
      case .success(let record):
        block.append(record)
        if block.count == blockRows { flush() }
      case .failure(let errors):
        rejectedCount += 1
        rejected(errors)
      }
    }
    if !block.isEmpty { flush() }
    var outcome = BatchOutcome(results: [], screened: read, rejected: rejectedCount, table: summary)
    outcome.ranked = false
    outcome.countedRows = written
    return outcome
  }
}

/// What a batch produced.
public struct BatchOutcome: Sendable {
  /// One result per screened applicant and service, in input order, ranked.
  public var results: [BatchResult]
  /// Applicants screened.
  public var screened: Int
  /// Rows rejected.
  public var rejected: Int
  /// What the reader saw (encoding, columns, counts).
  public var table: ApplicantTableSummary

  /// Whether waitlist ranks were assigned (`false` for a streamed run, `screen batch --no-rank`).
  public var ranked = true

  /// Output rows counted by a run that does not keep ``results`` (columnar or streamed).
  var countedRows: Int?

  /// Rows in: always `screened + rejected`.
  public var rowsIn: Int { screened + rejected }
  /// Rows out: one per screened applicant and service.
  public var rowsOut: Int { countedRows ?? results.count }
}

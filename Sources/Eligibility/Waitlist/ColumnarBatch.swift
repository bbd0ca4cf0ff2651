import Dispatch
import Foundation
import Rules

/// A whole batch screened in columns (``BatchRun/runColumnar(path:reader:rejected:progress:)``): per block the
/// codes, failure masks and ids, the few full ``BatchResult``s (eligible rows, ranked, and rows the reference
/// evaluator settled), and the counts. Write it with ``write(to:format:byteOrderMark:pieceBytes:)``.
public struct ColumnarBatch: Sendable {
  /// The counts and the reader's summary (its ``BatchOutcome/results`` stay empty).
  public var outcome: BatchOutcome
  let blocks: [ColumnarBlock]
  /// The full results of every block, ranked; block `b`'s indices start at `bases[b]`.
  let specials: [BatchResult]
  let bases: [Int]
  let plan: CompiledScreening
  let ruleset: CheckedRuleset
  /// Threads that format the output (``write(to:format:byteOrderMark:pieceBytes:)``).
  let workers: Int

  /// The results in input order (record-major, then service order), built on demand: the library's per-row view.
  public var results: [BatchResult] {
    var all: [BatchResult] = []
    all.reserveCapacity(outcome.rowsOut)
    for (b, block) in blocks.enumerated() {
      for r in 0..<block.count {
        for (position, service) in plan.services.enumerated() {
          let at = r * plan.services.count + position
          if block.special[at] >= 0 {
            all.append(specials[bases[b] + Int(block.special[at])])
            continue
          }
          let start = r == 0 ? 0 : Int(block.idEnds[r - 1])
          let id = String(decoding: block.idBytes[start..<Int(block.idEnds[r])], as: UTF8.self)
          let mask = FailureMask(rawValue: block.failures[at])
          all.append(
            BatchResult(
              line: Int(block.lines[r]), id: id, service: service.index, decision: .ineligible,
              reasons: BatchScreening.reasons(mask, criteria: service.criteria)))
        }
      }
    }
    return all
  }
}

/// Blocks finished by workers, handed to the calling thread by block number.
private final class ColumnarBlockStore: @unchecked Sendable {
  // Safe: every access to `blocks` holds `condition`'s lock.
  private let condition = NSCondition()
  private var blocks: [Int: ColumnarBlock] = [:]

  func put(_ index: Int, _ block: ColumnarBlock) {
    condition.lock()
    blocks[index] = block
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for block `index` and removes it.
  func take(_ index: Int) -> ColumnarBlock {
    condition.lock()
    defer { condition.unlock() }
    while blocks[index] == nil { condition.wait() }
    return blocks.removeValue(forKey: index) ?? ColumnarBlock()
  }
}

extension BatchRun {
  /// Reads and screens a CSV file in columns, the fast path of `screen batch`, and keeps every block for
  /// ranking: see ``screenBlocks(path:reader:rejected:progress:finish:consume:)`` for how it runs. The results
  /// equal ``run(path:reader:rejected:progress:)``'s, row for row.
  ///
  /// - Returns: the batch, or `nil` when the fast path does not apply (JSON Lines, the reference engine, an
  ///   enumeration too large for a byte column); use ``run(path:reader:rejected:progress:)`` then.
  /// - Throws: ``ApplicantTableError`` when the file or its header cannot be read.
  public func runColumnar(
    path: String, reader: ApplicantTableReader, rejected: (RowErrors) -> Void, progress: (Int) -> Void = { _ in }
  ) throws(ApplicantTableError) -> ColumnarBatch? {
    guard let plan = screening.compiled else { return nil }
    var blocks: [ColumnarBlock] = []
    var specials: [BatchResult] = []
    var bases: [Int] = []
    let outcome = try screenBlocks(path: path, reader: reader, rejected: rejected, progress: progress) { block in
      bases.append(specials.count)
      specials += block.specials
      block.specials = []
      blocks.append(block)
    }
    guard var outcome else { return nil }
    WaitlistOrder.assignRanks(&specials, ruleset: screening.context.ruleset)
    outcome.countedRows = outcome.screened * plan.services.count
    return ColumnarBatch(
      outcome: outcome, blocks: blocks, specials: specials, bases: bases, plan: plan, ruleset: screening.context.ruleset,
      workers: screening.workers)
  }

  /// Reads and screens a CSV file and writes `screen batch` CSV or JSON Lines in memory that does not grow with
  /// the input: each block is formatted by the worker that screened it and written, in input order, as soon as the
  /// blocks before it are.
  ///
  /// Without ranks, `rank` stays empty. With ranks, the file is read twice: the first pass keeps only the eligible
  /// results (their ranking keys) and ranks them; the second screens again and writes every row with its rank.
  /// The output is then byte for byte what ``runColumnar(path:reader:rejected:progress:)`` and
  /// ``ColumnarBatch/write(to:format:byteOrderMark:pieceBytes:)`` write, for about twice the screening time.
  ///
  /// - Parameters:
  ///   - format: what to write: CSV or JSON Lines.
  ///   - byteOrderMark: whether the output starts with a UTF-8 byte order mark.
  ///   - ranked: whether to rank, in two passes (the input must be a file, not standard input).
  ///   - rejected: called for each bad row, in input order (in the writing pass only).
  ///   - write: gets the output bytes, in order, on the calling thread.
  /// - Returns: the counts (``BatchOutcome/results`` stays empty), or `nil` when the fast path does not apply
  ///   (nothing was written then).
  /// - Throws: ``ApplicantTableError`` when the file or its header cannot be read.
  public func streamColumnar(
    path: String, reader: ApplicantTableReader, format: BatchTableWriter.Format = .csv, byteOrderMark: Bool,
    ranked: Bool = false, rejected: (RowErrors) -> Void, progress: (Int) -> Void = { _ in },
    write: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws(ApplicantTableError) -> BatchOutcome? {
    guard let plan = screening.compiled else { return nil }
    var ranks: [WaitlistPlace: Int] = [:]
    if ranked {
      var eligible: [BatchResult] = []
      let first = try screenBlocks(path: path, reader: reader, rejected: { _ in }, progress: progress) { block in
        eligible += block.specials.lazy.filter { $0.decision == .eligible }
      }
      guard first != nil else { return nil }
      WaitlistOrder.assignRanks(&eligible, ruleset: screening.context.ruleset)
      for result in eligible {
        if let rank = result.rank { ranks[WaitlistPlace(line: result.line, service: result.service)] = rank }
      }
    }
    let places = ranks
    let rows = ColumnarRowWriter(plan: plan, ruleset: screening.context.ruleset, format: format)
    var started = false
    func start() {
      guard !started else { return }
      started = true
      Array(rows.writer.header(byteOrderMark: byteOrderMark).utf8).withUnsafeBufferPointer { write($0) }
    }
    let outcome = try screenBlocks(
      path: path, reader: reader, rejected: rejected, progress: progress,
      finish: { block in
        if !places.isEmpty {
          for i in block.specials.indices where block.specials[i].decision == .eligible {
            block.specials[i].rank = places[WaitlistPlace(line: block.specials[i].line, service: block.specials[i].service)]
          }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(block.count * plan.services.count * 64)
        rows.format(block, specials: block.specials, base: 0, into: &bytes)
        block = ColumnarBlock(count: block.count, rejected: block.rejected, skippedBlank: block.skippedBlank, formatted: bytes)
      },
      consume: { block in
        start()
        block.formatted.withUnsafeBufferPointer { write($0) }
      })
    guard var outcome else { return nil }
    start()
    outcome.countedRows = outcome.screened * plan.services.count
    outcome.ranked = ranked
    return outcome
  }

  /// The columnar pipeline: the calling thread reads the file and cuts it at record boundaries into chunks of
  /// about ``blockRows`` × 128 bytes; workers parse each chunk in place, decode it straight into ``RecordBatch``
  /// columns, screen it and run `finish` on it; the calling thread gets the blocks back in input order (their
  /// rejected rows reported first, then `consume`), while later ones are still being screened. At most
  /// 2 × ``BatchScreening/workers`` + 2 blocks are in flight (so that workers do not wait while this thread writes a
  /// block or reads the next), so memory is bounded by what `consume` keeps.
  ///
  /// - Returns: the counts (no results), or `nil` when the fast path does not apply.
  func screenBlocks(
    path: String, reader: ApplicantTableReader, rejected: (RowErrors) -> Void, progress: (Int) -> Void,
    finish: @escaping @Sendable (inout ColumnarBlock) -> Void = { _ in }, consume: (inout ColumnarBlock) -> Void
  ) throws(ApplicantTableError) -> BatchOutcome? {
    let screening = self.screening
    guard let plan = screening.compiled, (reader.format ?? ApplicantTableReader.Format.of(path: path)) == .csv,
      ApplicantTableColumnDecoder.fits(reader.enumerations)
    else { return nil }
    let cells = ApplicantTableCellDecoder(enumerations: reader.enumerations)
    let store = ColumnarBlockStore()
    let slots = DispatchSemaphore(value: 2 * screening.workers + 2)
    var header: ApplicantTableHeader?
    var blockCount = 0
    var consumed = 0
    var read = 0
    var screened = 0
    var rejectedCount = 0
    var skippedBlank = 0
    let maxRowBytes = reader.maxRowBytes
    /// Takes the oldest block in flight (waiting for it), reports and consumes it.
    func consumeNext() {
      var block = store.take(consumed)
      consumed += 1
      slots.signal()
      screened += block.count
      rejectedCount += block.rejected.count
      skippedBlank += block.skippedBlank
      for errors in block.rejected { rejected(errors) }
      block.rejected = []
      consume(&block)
    }
    var summary = try reader.readChunks(path: path, chunkBytes: max(1 << 12, blockRows * 128), header: { header = $0 }) { chunk in
      guard let header else { return }
      let index = blockCount
      blockCount += 1
      read += chunk.lineBreaks
      progress(read)
      while slots.wait(timeout: .now()) == .timedOut { consumeNext() }
      let work: @Sendable () -> Void = {
        var block = screening.screenColumnar(chunk, header: header, maxRowBytes: maxRowBytes, plan: plan, cells: cells)
        chunk.release()
        finish(&block)
        store.put(index, block)
      }
      if screening.workers == 1 {
        work()
        consumeNext()
      } else {
        DispatchQueue.global().async(execute: work)
      }
    }
    while consumed < blockCount { consumeNext() }
    summary.skippedBlank += skippedBlank
    summary.rows = screened + rejectedCount
    summary.accepted = screened
    summary.rejected = rejectedCount
    return BatchOutcome(results: [], screened: screened, rejected: rejectedCount, table: summary)
  }
}

/// An eligible result's place in the two-pass ranking: its input line and service.
private struct WaitlistPlace: Hashable, Sendable {
  var line: Int
  var service: Int
}

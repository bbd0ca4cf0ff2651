import Dispatch
import Foundation
import Rules

/// A whole batch screened in columns (``BatchRun/runColumnar(path:reader:rejected:progress:)``): per block the
/// codes, failure masks and ids, the few full ``BatchResult``s (eligible rows, ranked, and rows the reference
/// evaluator settled), and the counts. Write it with ``writeCSV(byteOrderMark:chunkBytes:_:)``.
public struct ColumnarBatch: Sendable {
  /// The counts and the reader's summary (its ``BatchOutcome/results`` stay empty).
  public var outcome: BatchOutcome
  let blocks: [ColumnarBlock]
  /// The full results of every block, ranked; block `b`'s indices start at `bases[b]`.
  let specials: [BatchResult]
  let bases: [Int]
  let plan: CompiledScreening
  let ruleset: CheckedRuleset
  /// Threads that format the output (``writeCSV(byteOrderMark:chunkBytes:_:)``).
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

/// Blocks finished by workers, stored by block number.
private final class ColumnarBlockStore: @unchecked Sendable {
  // Safe: every access to `blocks` holds `lock`.
  private let lock = NSLock()
  private var blocks: [Int: ColumnarBlock] = [:]

  func store(_ index: Int, _ block: ColumnarBlock) {
    lock.lock()
    blocks[index] = block
    lock.unlock()
  }

  func take(_ count: Int) -> [ColumnarBlock] {
    lock.lock()
    defer { lock.unlock() }
    return (0..<count).map { blocks[$0] ?? ColumnarBlock() }
  }
}

extension BatchRun {
  /// Reads and screens a CSV file in columns, the fast path of `screen batch`: the calling thread reads the file
  /// and cuts it at record boundaries into chunks of about ``blockRows`` × 128 bytes; the workers parse each chunk
  /// in place, decode it straight into ``RecordBatch`` columns and screen it; blocks are merged in input order.
  /// The results equal ``run(path:reader:rejected:progress:)``'s, row for row. `progress` counts lines read.
  ///
  /// - Returns: the batch, or `nil` when the fast path does not apply (JSON Lines, the reference engine, an
  ///   enumeration too large for a byte column); use ``run(path:reader:rejected:progress:)`` then.
  /// - Throws: ``ApplicantTableError`` when the file or its header cannot be read.
  public func runColumnar(
    path: String, reader: ApplicantTableReader, rejected: (RowErrors) -> Void, progress: (Int) -> Void = { _ in }
  ) throws(ApplicantTableError) -> ColumnarBatch? {
    let screening = self.screening
    guard let plan = screening.compiled, (reader.format ?? ApplicantTableReader.Format.of(path: path)) == .csv,
      ApplicantTableColumnDecoder.fits(reader.enumerations)
    else { return nil }
    let cells = ApplicantTableCellDecoder(enumerations: reader.enumerations)
    let store = ColumnarBlockStore()
    let group = DispatchGroup()
    let slots = DispatchSemaphore(value: screening.workers + 1)
    var header: ApplicantTableHeader?
    var blockCount = 0
    var read = 0
    let maxRowBytes = reader.maxRowBytes
    var summary = try reader.readChunks(path: path, chunkBytes: max(1 << 12, blockRows * 128), header: { header = $0 }) { chunk in
      guard let header else { return }
      let index = blockCount
      blockCount += 1
      read += chunk.lineBreaks
      progress(read)
      if screening.workers == 1 {
        store.store(index, screening.screenColumnar(chunk, header: header, maxRowBytes: maxRowBytes, plan: plan, cells: cells))
        return
      }
      slots.wait()
      DispatchQueue.global().async(group: group) {
        store.store(index, screening.screenColumnar(chunk, header: header, maxRowBytes: maxRowBytes, plan: plan, cells: cells))
        slots.signal()
      }
    }
    group.wait()
    var blocks = store.take(blockCount)
    var specials: [BatchResult] = []
    var bases: [Int] = []
    var screened = 0
    var rejectedCount = 0
    for b in blocks.indices {
      bases.append(specials.count)
      specials += blocks[b].specials
      blocks[b].specials = []
      screened += blocks[b].count
      rejectedCount += blocks[b].rejected.count
      summary.skippedBlank += blocks[b].skippedBlank
      for errors in blocks[b].rejected { rejected(errors) }
      blocks[b].rejected = []
    }
    WaitlistOrder.assignRanks(&specials, ruleset: screening.context.ruleset)
    summary.rows = screened + rejectedCount
    summary.accepted = screened
    summary.rejected = rejectedCount
    var outcome = BatchOutcome(results: [], screened: screened, rejected: rejectedCount, table: summary)
    outcome.columnarRows = screened * plan.services.count
    return ColumnarBatch(
      outcome: outcome, blocks: blocks, specials: specials, bases: bases, plan: plan, ruleset: screening.context.ruleset,
      workers: screening.workers)
  }
}

import Dispatch
import Foundation
import Rules

extension ColumnarBatch {
  /// Writes the results as `screen batch` CSV or JSON Lines, byte for byte as ``BatchTableWriter`` writes them, in
  /// chunks, on the calling thread.
  ///
  /// - Parameters:
  ///   - format: CSV or JSON Lines.
  ///   - byteOrderMark: whether to start with a UTF-8 byte order mark.
  ///   - chunkBytes: how many bytes to gather, at least, before calling `sink`.
  ///   - sink: gets each chunk, in order.
  public func write(
    format: BatchTableWriter.Format = .csv, byteOrderMark: Bool, chunkBytes: Int = 1 << 20,
    _ sink: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    let rows = ColumnarRowWriter(plan: plan, ruleset: ruleset, format: format)
    var buffer: [UInt8] = []
    buffer.reserveCapacity(chunkBytes + 4096)
    buffer.append(contentsOf: rows.writer.header(byteOrderMark: byteOrderMark).utf8)
    for b in blocks.indices {
      rows.format(blocks[b], specials: specials, base: bases[b], into: &buffer)
      if buffer.count >= chunkBytes {
        buffer.withUnsafeBufferPointer { sink($0) }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { buffer.withUnsafeBufferPointer { sink($0) } }
  }

  /// Writes the results as `screen batch` CSV or JSON Lines to an open file descriptor (a file or standard output),
  /// with every worker: each formats its next piece (about 1 MB of output, so that it stays in the core's cache),
  /// waits for the pieces before it to be written, and writes it while the others format theirs.
  ///
  /// - Parameters:
  ///   - descriptor: where to write (not closed).
  ///   - format: CSV or JSON Lines.
  ///   - byteOrderMark: whether to start with a UTF-8 byte order mark.
  ///   - pieceBytes: about how many bytes of output one piece has.
  /// - Returns: whether every write succeeded.
  public func write(
    to descriptor: Int32, format: BatchTableWriter.Format = .csv, byteOrderMark: Bool, pieceBytes: Int = 1 << 20
  ) -> Bool {
    let rows = ColumnarRowWriter(plan: plan, ruleset: ruleset, format: format)
    var head = FileDescriptorWriter(descriptor: descriptor)
    Array(rows.writer.header(byteOrderMark: byteOrderMark).utf8).withUnsafeBufferPointer { head.write($0) }
    guard !head.failed else { return false }
    let turns = WriteTurns()
    let batch = self
    // Pieces: (block, rows), about `pieceBytes` of output each (a row and service write about 70 bytes).
    let rowsPerPiece = max(1, pieceBytes / (70 * max(1, plan.services.count)))
    let pieces = blocks.indices.flatMap { b in
      stride(from: 0, to: blocks[b].count, by: rowsPerPiece).map { (block: b, rows: $0..<min(blocks[b].count, $0 + rowsPerPiece)) }
    }
    let workers = max(1, min(self.workers, pieces.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var file = FileDescriptorWriter(descriptor: descriptor)
      var bytes: [UInt8] = []
      for p in stride(from: worker, to: pieces.count, by: workers) {
        let (b, range) = pieces[p]
        bytes.removeAll(keepingCapacity: true)
        rows.format(batch.blocks[b], rows: range, specials: batch.specials, base: batch.bases[b], into: &bytes)
        turns.wait(for: p)
        if !turns.failed { bytes.withUnsafeBufferPointer { file.write($0) } }
        turns.finish(p, failed: file.failed)
      }
    }
    return !turns.failed
  }
}

/// Whose turn it is to write: piece numbers in order, and whether a write failed.
private final class WriteTurns: @unchecked Sendable {
  // Safe: every access to `next` and `anyFailed` holds `condition`'s lock.
  private let condition = NSCondition()
  private var next = 0
  private var anyFailed = false

  /// Whether any write failed so far.
  var failed: Bool {
    condition.lock()
    defer { condition.unlock() }
    return anyFailed
  }

  /// Waits until every piece before `piece` is written.
  func wait(for piece: Int) {
    condition.lock()
    while next != piece { condition.wait() }
    condition.unlock()
  }

  /// Marks `piece` written.
  func finish(_ piece: Int, failed: Bool) {
    condition.lock()
    next = piece + 1
    anyFailed = anyFailed || failed
    condition.broadcast()
    condition.unlock()
  }
}

import Dispatch
import Foundation
import Rules

extension ColumnarBatch {
  /// Writes the results as `screen batch` CSV, byte for byte as ``BatchTableWriter`` writes them, in chunks, on
  /// the calling thread.
  ///
  /// - Parameters:
  ///   - byteOrderMark: whether to start with a UTF-8 byte order mark.
  ///   - chunkBytes: how many bytes to gather, at least, before calling `sink`.
  ///   - sink: gets each chunk, in order.
  public func writeCSV(byteOrderMark: Bool, chunkBytes: Int = 1 << 20, _ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
    let rows = ColumnarRowWriter(plan: plan, ruleset: ruleset)
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

  /// Writes the results as `screen batch` CSV to an open file descriptor (a file or standard output), with every
  /// worker: each formats its next block, waits for the blocks before it to be written, and writes it from its own
  /// cache while the others format theirs.
  ///
  /// - Parameters:
  ///   - descriptor: where to write (not closed).
  ///   - byteOrderMark: whether to start with a UTF-8 byte order mark.
  /// - Returns: whether every write succeeded.
  public func writeCSV(to descriptor: Int32, byteOrderMark: Bool) -> Bool {
    let rows = ColumnarRowWriter(plan: plan, ruleset: ruleset)
    var head = FileDescriptorWriter(descriptor: descriptor)
    Array(rows.writer.header(byteOrderMark: byteOrderMark).utf8).withUnsafeBufferPointer { head.write($0) }
    guard !head.failed else { return false }
    let turns = WriteTurns()
    let batch = self
    let workers = max(1, min(self.workers, blocks.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var file = FileDescriptorWriter(descriptor: descriptor)
      var bytes: [UInt8] = []
      for b in stride(from: worker, to: batch.blocks.count, by: workers) {
        bytes.removeAll(keepingCapacity: true)
        rows.format(batch.blocks[b], specials: batch.specials, base: batch.bases[b], into: &bytes)
        turns.wait(for: b)
        if !turns.failed { bytes.withUnsafeBufferPointer { file.write($0) } }
        turns.finish(b, failed: file.failed)
      }
    }
    return !turns.failed
  }
}

/// Whose turn it is to write: block numbers in order, and whether a write failed.
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

  /// Waits until every block before `block` is written.
  func wait(for block: Int) {
    condition.lock()
    while next != block { condition.wait() }
    condition.unlock()
  }

  /// Marks `block` written.
  func finish(_ block: Int, failed: Bool) {
    condition.lock()
    next = block + 1
    anyFailed = anyFailed || failed
    condition.broadcast()
    condition.unlock()
  }
}

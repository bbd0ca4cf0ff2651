import Dispatch
import Foundation
import Rules

extension ColumnarBatch {
  /// Writes the results as `screen batch` CSV, byte for byte as ``BatchTableWriter`` writes them, in chunks.
  ///
  /// With more than one worker, blocks are formatted on worker threads a few blocks ahead of the calling thread,
  /// which hands them to `sink` in order.
  ///
  /// - Parameters:
  ///   - byteOrderMark: whether to start with a UTF-8 byte order mark.
  ///   - chunkBytes: how many bytes to gather, at least, before calling `sink` (one thread); with workers, one
  ///     call per block.
  ///   - sink: gets each chunk, in order, on the calling thread.
  public func writeCSV(byteOrderMark: Bool, chunkBytes: Int = 1 << 22, _ sink: (UnsafeBufferPointer<UInt8>) -> Void) {
    let rows = ColumnarRowWriter(plan: plan, ruleset: ruleset)
    let head = Array(rows.writer.header(byteOrderMark: byteOrderMark).utf8)
    guard workers > 1, blocks.count > 1 else {
      var buffer: [UInt8] = []
      buffer.reserveCapacity(chunkBytes + 4096)
      buffer.append(contentsOf: head)
      for b in blocks.indices {
        rows.format(blocks[b], specials: specials, base: bases[b], into: &buffer)
        if buffer.count >= chunkBytes {
          buffer.withUnsafeBufferPointer { sink($0) }
          buffer.removeAll(keepingCapacity: true)
        }
      }
      if !buffer.isEmpty { buffer.withUnsafeBufferPointer { sink($0) } }
      return
    }
    head.withUnsafeBufferPointer { sink($0) }
    let formatted = FormattedBlocks(count: blocks.count)
    let ahead = workers + 1
    let batch = self
    func start(_ b: Int) {
      DispatchQueue.global().async {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(batch.blocks[b].count * batch.plan.services.count * 96)
        rows.format(batch.blocks[b], specials: batch.specials, base: batch.bases[b], into: &bytes)
        formatted.put(b, bytes)
      }
    }
    for b in 0..<min(ahead, blocks.count) { start(b) }
    for b in blocks.indices {
      let bytes = formatted.take(b)
      if b + ahead < blocks.count { start(b + ahead) }
      bytes.withUnsafeBufferPointer { sink($0) }
    }
  }
}

/// Formatted output blocks handed from worker threads to the writing thread, by block number.
private final class FormattedBlocks: @unchecked Sendable {
  // Safe: every access to `blocks` holds `condition`'s lock.
  private let condition = NSCondition()
  private var blocks: [Int: [UInt8]] = [:]

  init(count: Int) { blocks.reserveCapacity(count) }

  func put(_ index: Int, _ bytes: [UInt8]) {
    condition.lock()
    blocks[index] = bytes
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for block `index` and removes it.
  func take(_ index: Int) -> [UInt8] {
    condition.lock()
    defer { condition.unlock() }
    while blocks[index] == nil { condition.wait() }
    return blocks.removeValue(forKey: index) ?? []
  }
}

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
    let writer = BatchTableWriter(format: .csv, ruleset: ruleset)
    let head = Array(writer.header(byteOrderMark: byteOrderMark).utf8)
    // Per service: `,service,ineligible,,,,,price,,`.
    let prefixes = plan.services.map { service -> [UInt8] in
      let price = ruleset.services[service.index].price?.won.map(String.init) ?? ""
      return Array(("," + BatchTableWriter.csvCell(ruleset.services[service.index].id) + ",ineligible,,,,," + price + ",,").utf8)
    }
    guard workers > 1, blocks.count > 1 else {
      var buffer: [UInt8] = []
      buffer.reserveCapacity(chunkBytes + 4096)
      buffer.append(contentsOf: head)
      var reasonCells = [[UInt16: [UInt8]]](repeating: [:], count: plan.services.count)
      for b in blocks.indices {
        format(block: b, writer: writer, prefixes: prefixes, reasonCells: &reasonCells, into: &buffer)
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
        var reasonCells = [[UInt16: [UInt8]]](repeating: [:], count: batch.plan.services.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(batch.blocks[b].count * batch.plan.services.count * 96)
        batch.format(block: b, writer: writer, prefixes: prefixes, reasonCells: &reasonCells, into: &bytes)
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

  /// Appends block `b`'s rows to `buffer`.
  func format(
    block b: Int, writer: BatchTableWriter, prefixes: [[UInt8]], reasonCells: inout [[UInt16: [UInt8]]],
    into buffer: inout [UInt8]
  ) {
    let block = blocks[b]
    let serviceCount = plan.services.count
    block.idBytes.withUnsafeBufferPointer { ids in
      for r in 0..<block.count {
        let start = r == 0 ? 0 : Int(block.idEnds[r - 1])
        let id = UnsafeBufferPointer(rebasing: ids[start..<Int(block.idEnds[r])])
        for position in 0..<serviceCount {
          let at = r * serviceCount + position
          if block.special[at] >= 0 {
            buffer.append(contentsOf: writer.line(specials[bases[b] + Int(block.special[at])]).utf8)
            continue
          }
          if id.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            buffer.append(contentsOf: BatchTableWriter.csvCell(String(decoding: id, as: UTF8.self)).utf8)
          } else {
            buffer.append(contentsOf: id)
          }
          buffer.append(contentsOf: prefixes[position])
          let mask = block.failures[at]
          if let cell = reasonCells[position][mask] {
            buffer.append(contentsOf: cell)
          } else {
            let reasons = BatchScreening.reasons(FailureMask(rawValue: mask), criteria: plan.services[position].criteria)
            let cell = Array(BatchTableWriter.csvCell(reasons.joined(separator: ";")).utf8)
            reasonCells[position][mask] = cell
            buffer.append(contentsOf: cell)
          }
          buffer.append(0x0A)
        }
      }
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

import Rules

/// The typed columns one worker decodes a chunk's cells into, as raw memory held for the whole chunk: a store is
/// one pointer write, with no copy-on-write check of the ``RecordBatch``'s nested arrays. ``copy(into:)`` hands
/// the finished columns to the batch in one go.
///
/// Covers the header columns whose cells ``ApplicantTableColumnDecoder`` writes itself (money, count, date,
/// boolean, enumeration, text); any other column is written into the batch directly.
final class ApplicantTableColumnBuffers {
  /// Rows per column.
  let rows: Int
  /// Per header column: its memory (missing values to start with), or `nil` when the batch is written directly.
  let pointers: [UnsafeMutableRawPointer?]
  private let kinds: [ApplicantTableColumnDecoder.Kind]

  init(kinds: [ApplicantTableColumnDecoder.Kind], rows: Int) {
    self.rows = rows
    self.kinds = kinds
    pointers = kinds.map { kind -> UnsafeMutableRawPointer? in
      switch kind {
      case .money, .count:
        let p = UnsafeMutablePointer<Int64>.allocate(capacity: rows)
        p.initialize(repeating: RecordBatch.missingInt64, count: rows)
        return UnsafeMutableRawPointer(p)
      case .day:
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: rows)
        p.initialize(repeating: RecordBatch.missingDay, count: rows)
        return UnsafeMutableRawPointer(p)
      case .bool, .enumCase:
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: rows)
        p.initialize(repeating: RecordBatch.missingByte, count: rows)
        return UnsafeMutableRawPointer(p)
      case .text:
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: rows)
        p.initialize(repeating: RecordBatch.missingText, count: rows)
        return UnsafeMutableRawPointer(p)
      case .other, .unreadText:
        return nil
      }
    }
  }

  deinit {
    for pointer in pointers { pointer?.deallocate() }
  }

  /// The day-number column of batch day column `c`, when held.
  func days(_ c: Int) -> UnsafeMutablePointer<Int32>? {
    for (index, kind) in kinds.enumerated() {
      if case .day(let d) = kind, d == c { return pointers[index]?.assumingMemoryBound(to: Int32.self) }
    }
    return nil
  }

  /// The text-id column of batch text column `c`, when held.
  func texts(_ c: Int) -> UnsafeMutablePointer<Int32>? {
    for (index, kind) in kinds.enumerated() {
      if case .text(let t) = kind, t == c { return pointers[index]?.assumingMemoryBound(to: Int32.self) }
    }
    return nil
  }

  /// Sets every held cell of `row` missing.
  func clear(row: Int) {
    for (index, kind) in kinds.enumerated() {
      guard let p = pointers[index] else { continue }
      switch kind {
      case .money, .count: p.assumingMemoryBound(to: Int64.self)[row] = RecordBatch.missingInt64
      case .day: p.assumingMemoryBound(to: Int32.self)[row] = RecordBatch.missingDay
      case .bool, .enumCase: p.assumingMemoryBound(to: UInt8.self)[row] = RecordBatch.missingByte
      case .text: p.assumingMemoryBound(to: Int32.self)[row] = RecordBatch.missingText
      case .other, .unreadText: break
      }
    }
  }

  /// Replaces the batch's held columns with these (the batch has ``rows`` rows).
  func copy(into batch: inout RecordBatch) {
    for (index, kind) in kinds.enumerated() {
      guard let p = pointers[index] else { continue }
      switch kind {
      case .money(let c), .count(let c):
        batch.int64Columns[c] = ContiguousArray(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int64.self), count: rows))
      case .day(let c):
        batch.dayColumns[c] = ContiguousArray(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int32.self), count: rows))
      case .bool(let c), .enumCase(let c):
        batch.byteColumns[c] = ContiguousArray(UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: rows))
      case .text(let c):
        batch.textColumns[c] = ContiguousArray(UnsafeBufferPointer(start: p.assumingMemoryBound(to: Int32.self), count: rows))
      case .other, .unreadText:
        break
      }
    }
  }
}

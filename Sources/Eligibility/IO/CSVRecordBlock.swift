/// Many CSV records copied out of the parser into one allocation, so that a block of rows can be handed to a
/// worker: each record's line, field count, syntax error and field bytes. Blank lines are not kept.
struct CSVRecordBlock: Sendable {
  var bytes: [UInt8] = []
  /// Field end offsets into ``bytes``, all records one after another.
  var fieldEnds: [Int32] = []
  /// Per record, the index in ``fieldEnds`` of its first field; one extra entry at the end.
  var firstField: [Int32] = [0]
  var lines: [Int32] = []
  var fieldCounts: [Int32] = []
  /// The syntax errors, by record index (rare).
  var syntaxErrors: [Int: CSVSyntaxError] = [:]

  var count: Int { lines.count }

  init(capacity: Int) {
    lines.reserveCapacity(capacity)
    fieldCounts.reserveCapacity(capacity)
    firstField.reserveCapacity(capacity + 1)
  }

  mutating func append(_ record: CSVRecord) {
    if let error = record.syntaxError { syntaxErrors[lines.count] = error }
    lines.append(Int32(truncatingIfNeeded: record.line))
    fieldCounts.append(Int32(truncatingIfNeeded: record.fieldCount))
    let base = bytes.count
    bytes.append(contentsOf: record.bytes)
    for end in record.fieldEnds { fieldEnds.append(Int32(truncatingIfNeeded: base + end)) }
    firstField.append(Int32(fieldEnds.count))
  }

  /// The number of fields kept of a record.
  func storedFieldCount(_ record: Int) -> Int { Int(firstField[record + 1] - firstField[record]) }

  /// The bytes of field `index` of `record`, within `all` (this block's bytes).
  @inline(__always)
  func field(_ record: Int, _ index: Int, in all: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    let k = Int(firstField[record]) + index
    let end = Int(fieldEnds[k])
    let start = index == 0 ? (k == 0 ? 0 : Int(fieldEnds[k - 1])) : Int(fieldEnds[k - 1])
    return UnsafeBufferPointer(rebasing: all[start..<end])
  }
}

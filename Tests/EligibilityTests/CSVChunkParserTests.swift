import Rules
import Testing

@testable import Eligibility

/// One record as both parsers can describe it.
private struct ParsedRecord: Equatable, CustomStringConvertible {
  var line: Int
  var fieldCount: Int
  var fields: [[UInt8]]
  var syntaxError: CSVSyntaxError?
  var isEmptyLine: Bool

  var description: String {
    "line \(line) \(fieldCount) \(fields.map { String(decoding: $0, as: UTF8.self) }) \(String(describing: syntaxError)) \(isEmptyLine)"
  }
}

/// The whole-file parser's records.
private func wholeFile(_ bytes: [UInt8], maxFields: Int, maxRecordBytes: Int) -> [ParsedRecord] {
  var parser = CSVParser(maxRecordBytes: maxRecordBytes, maxFields: maxFields)
  var records: [ParsedRecord] = []
  let emit = { (record: CSVRecord) in
    records.append(
      ParsedRecord(
        line: record.line, fieldCount: record.fieldCount, fields: (0..<record.storedFieldCount).map { Array(record.field($0)) },
        syntaxError: record.syntaxError, isEmptyLine: record.isEmptyLine))
  }
  parser.feed(bytes, emit)
  parser.finish(emit)
  return records
}

/// The chunk parser's records, the input cut into chunks where the reader cuts them.
private func chunked(_ bytes: [UInt8], target: Int, maxFields: Int, maxRecordBytes: Int) -> [ParsedRecord] {
  var records: [ParsedRecord] = []
  var start = 0
  var line = 1
  let parser = CSVChunkParser(maxRecordBytes: maxRecordBytes, maxFields: maxFields)
  while start < bytes.count {
    let rest = bytes.count - start
    let cut = rest > target ? bytes.withUnsafeBufferPointer { CSVChunk.lastRecordEnd(UnsafeBufferPointer(rebasing: $0[start..<(start + target)])) } : nil
    let end = cut.map { start + $0 } ?? bytes.count
    let piece = Array(bytes[..<end])
    let breaks = piece.withUnsafeBufferPointer { CSVChunk.lineBreaks(UnsafeBufferPointer(rebasing: $0[start...])) }
    let chunk = CSVChunk(bytes: piece, start: start, firstLine: line, lineBreaks: breaks, isLast: end == bytes.count, encoding: nil)
    parser.parse(chunk) { record in
      records.append(
        ParsedRecord(
          line: record.line, fieldCount: record.fieldCount, fields: (0..<record.storedFieldCount).map { Array(record.field($0)) },
          syntaxError: record.syntaxError, isEmptyLine: record.isEmptyLine))
    }
    line += breaks
    start = end
  }
  return records
}

/// The chunk parser (eight bytes at a time where it can) reads every input exactly as the whole-file parser does:
/// random texts over the bytes that matter (commas, quotes, CR, LF, Hangul, blanks), short and long fields, some
/// records longer than the limits.
@Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
func chunkParserAgreesWithTheWholeFileParser(seed: UInt64) {
  var random = SplitMix64(state: seed)
  let pieces: [[UInt8]] = [
    Array("a".utf8), Array("bc".utf8), Array("12345678".utf8), Array(",".utf8), Array(",,".utf8), Array("\"".utf8),
    Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(" ".utf8), Array("가나".utf8),
    Array("\"x,y\"".utf8), Array("0123456789abcdefghij".utf8),
  ]
  for _ in 0..<300 {
    var bytes: [UInt8] = []
    let length = Int(random.next() % 60)
    for _ in 0..<length {
      // Mostly plain text and commas, so that whole unquoted records occur.
      let r = Int(random.next() % 100)
      let piece = r < 40 ? pieces[Int(random.next() % 3)] : r < 70 ? pieces[3] : pieces[Int(random.next() % UInt64(pieces.count))]
      bytes += piece
    }
    let maxFields = 4 + Int(random.next() % 12)
    let maxRecordBytes = 8 + Int(random.next() % 40)
    let expected = wholeFile(bytes, maxFields: maxFields, maxRecordBytes: maxRecordBytes)
    for target in [7, 64, 1 << 20] {
      let got = chunked(bytes, target: target, maxFields: maxFields, maxRecordBytes: maxRecordBytes)
      #expect(got == expected, "input \(String(decoding: bytes, as: UTF8.self).debugDescription), chunks of \(target)")
      if got != expected { return }
    }
  }
}

/// Parses one ``CSVChunk`` on the calling thread, record by record, without copying: a record whose fields are
/// unquoted, or quoted with no quote or line break inside, is split at its commas in place (its fields point into
/// the chunk's bytes); any other record (a doubled or stray quote, a quoted line break, too many fields or bytes)
/// goes through ``CSVParser`` from its first byte to the line feed that ends it, so every record comes out exactly
/// as the whole-file parser makes it.
struct CSVChunkParser {
  let maxRecordBytes: Int
  let maxFields: Int

  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
  private static let comma = UInt8(ascii: ",")

  /// Calls `body` with each record of `chunk`, in order.
  func parse(_ chunk: CSVChunk, _ body: (CSVChunkRecord) -> Void) {
    let starts = UnsafeMutablePointer<Int>.allocate(capacity: maxFields + 1)
    let ends = UnsafeMutablePointer<Int>.allocate(capacity: maxFields + 1)
    defer {
      starts.deallocate()
      ends.deallocate()
    }
    chunk.bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress, chunk.start < all.count else { return }
      let n = all.count
      var i = chunk.start
      var line = chunk.firstLine
      var slow: CSVParser?
      while i < n {
        let recordStart = i
        var fields = 0
        var kept = 0
        var quoted = false
        var j = i
        var simple = true
        while true {
          guard fields <= maxFields else {
            simple = false
            break
          }
          if j < n && all[j] == Self.quote {
            // A quoted field without quotes or line breaks inside, closed right before a separator.
            var k = j + 1
            while k < n {
              let byte = all[k]
              if byte == Self.quote || byte == Self.lf || byte == Self.cr { break }
              k += 1
            }
            guard k < n, all[k] == Self.quote, k + 1 == n || all[k + 1] == Self.comma || all[k + 1] == Self.lf || all[k + 1] == Self.cr
            else {
              simple = false
              break
            }
            starts[fields] = j + 1
            ends[fields] = k
            kept += k - j - 1
            quoted = true
            j = k + 1
          } else {
            var k = j
            while k < n {
              let byte = all[k]
              if byte == Self.comma || byte == Self.lf || byte == Self.cr || byte == Self.quote { break }
              k += 1
            }
            if k < n && all[k] == Self.quote {
              simple = false
              break
            }
            starts[fields] = j
            ends[fields] = k
            kept += k - j
            j = k
          }
          fields += 1
          if j < n && all[j] == Self.comma {
            j += 1
            continue
          }
          break
        }
        if simple && fields <= maxFields && kept <= maxRecordBytes {
          let record = CSVChunkRecord(
            line: line, fieldCount: fields, storedFieldCount: fields, syntaxError: nil,
            isEmptyLine: fields == 1 && kept == 0 && !quoted, base: base, starts: starts, ends: ends)
          body(record)
          if j < n {
            line += 1
            j += 1
            if all[j - 1] == Self.cr, j < n, all[j] == Self.lf { j += 1 }
          }
          i = j
          continue
        }
        // The whole-file parser's way, from this record's start to the line feed where it stands between records.
        var parser = slow ?? CSVParser(maxRecordBytes: maxRecordBytes, maxFields: maxFields, line: line)
        parser.restart(line: line)
        var k = recordStart
        repeat {
          var end = k
          while end < n && all[end] != Self.lf { end += 1 }
          end = min(n, end + 1)
          parser.feed(UnsafeBufferPointer(rebasing: all[k..<end])) { emit($0, base: base, starts: starts, ends: ends, body) }
          k = end
        } while k < n && !parser.isAtRecordStart
        if k == n && !parser.isAtRecordStart {
          parser.finish { emit($0, base: base, starts: starts, ends: ends, body) }
        }
        line = parser.currentLine
        slow = parser
        i = k
      }
    }
  }

  private func emit(
    _ record: CSVRecord, base: UnsafePointer<UInt8>, starts: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>,
    _ body: (CSVChunkRecord) -> Void
  ) {
    record.bytes.withUnsafeBufferPointer { bytes in
      let stored = record.storedFieldCount
      var start = 0
      for index in 0..<stored {
        starts[index] = start
        ends[index] = record.fieldEnds[index]
        start = record.fieldEnds[index]
      }
      let pointer = bytes.baseAddress ?? base
      body(
        CSVChunkRecord(
          line: record.line, fieldCount: record.fieldCount, storedFieldCount: stored, syntaxError: record.syntaxError,
          isEmptyLine: record.isEmptyLine, base: pointer, starts: starts, ends: ends))
    }
  }
}

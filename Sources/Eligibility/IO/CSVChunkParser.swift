/// Parses one ``CSVChunk`` on the calling thread, record by record, without copying: a record whose fields are
/// unquoted, or quoted with no quote or line break inside, is split at its commas in place (its fields point into
/// the chunk's bytes); any other record (a doubled or stray quote, a quoted line break, too many fields or bytes)
/// goes through ``CSVParser`` from its first byte to the line feed that ends it, so every record comes out exactly
/// as the whole-file parser makes it.
///
/// A record without quotes is split eight bytes at a time: each word's commas, quotes and line breaks are found
/// at once with carry-free byte arithmetic, and only those positions are visited. A quote sends the record to the
/// byte-by-byte in-place path.
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
    chunk.withBytes { all in
      guard let base = all.baseAddress, chunk.start < all.count else { return }
      let n = all.count
      var i = chunk.start
      var line = chunk.firstLine
      var slow: CSVParser?
      while i < n {
        let recordStart = i
        if let (fields, end) = unquotedRecord(base, from: i, count: n, starts: starts, ends: ends) {
          let bytes = end - recordStart - (fields - 1)
          if bytes <= maxRecordBytes {
            body(
              CSVChunkRecord(
                line: line, fieldCount: fields, storedFieldCount: fields, syntaxError: nil,
                isEmptyLine: fields == 1 && bytes == 0, base: base, starts: starts, ends: ends))
            i = Self.nextRecord(after: end, in: all, line: &line)
            continue
          }
        }
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
          i = Self.nextRecord(after: j, in: all, line: &line)
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

  /// Where the record after the one ending at `end` (its line break, or the end of the bytes) starts: past the
  /// break, a CRLF counting as one; `line` moves to the next line when there is a break.
  @inline(__always)
  private static func nextRecord(after end: Int, in all: UnsafeBufferPointer<UInt8>, line: inout Int) -> Int {
    guard end < all.count else { return end }
    line += 1
    if all[end] == cr, end + 1 < all.count, all[end + 1] == lf { return end + 2 }
    return end + 1
  }

  /// Splits the record at `start` when it has no quote and at most ``maxFields`` fields, word by word.
  ///
  /// - Returns: the field count (boundaries in `starts` and `ends`) and the index of the line break that ends the
  ///   record (or `count`); `nil` when the record has a quote or too many fields.
  @inline(__always)
  private func unquotedRecord(
    _ base: UnsafePointer<UInt8>, from start: Int, count n: Int, starts: UnsafeMutablePointer<Int>,
    ends: UnsafeMutablePointer<Int>
  ) -> (fields: Int, end: Int)? {
    var fields = 0
    var fieldStart = start
    var p = start
    while p < n {
      let word: UInt64
      if p + 8 <= n {
        word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
      } else {
        // The last bytes, zero-padded: a zero byte matches nothing.
        var tail: UInt64 = 0
        for k in 0..<(n - p) { tail |= UInt64(base[p + k]) << (8 * UInt64(k)) }
        word = tail
      }
      let commas = Self.matches(word, Self.comma)
      let others = Self.matches(word, Self.lf) | Self.matches(word, Self.cr) | Self.matches(word, Self.quote)
      // The commas before the first line break or quote are field ends; no byte needs a second look.
      var mask = others == 0 ? commas : commas & ((others & (0 &- others)) &- 1)
      // Wrapping arithmetic: indices stay below `n` and `fields` below `maxFields`.
      while mask != 0 {
        let at = p &+ mask.trailingZeroBitCount &>> 3
        mask &= mask &- 1
        guard fields < maxFields else { return nil }
        starts[fields] = fieldStart
        ends[fields] = at
        fields &+= 1
        fieldStart = at &+ 1
      }
      if others != 0 {
        let at = p + others.trailingZeroBitCount >> 3
        guard fields < maxFields, base[at] != Self.quote else { return nil }
        starts[fields] = fieldStart
        ends[fields] = at
        return (fields + 1, at)
      }
      p += 8
    }
    guard fields < maxFields else { return nil }
    starts[fields] = fieldStart
    ends[fields] = n
    return (fields + 1, n)
  }

  /// The high bit of each byte of `word` that equals `byte`, and no other bit (exact: no borrow between bytes).
  @inline(__always)
  private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
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

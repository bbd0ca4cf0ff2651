#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A run of whole CSV records cut out of the input at a record boundary, for one worker to parse and decode
/// straight from the input bytes: the bytes from ``start`` on, the first record on ``firstLine``.
///
/// Every chunk but the last ends right after a line feed that ends a record (never inside a quoted field), so a
/// parser started at ``start`` in the between-records state reads exactly the records the whole-file
/// ``CSVParser`` reads, on the same lines.
struct CSVChunk: Sendable {
  /// Where a chunk's bytes live.
  enum Storage: Sendable {
    /// An array of its own.
    case array([UInt8])
    /// A range of a memory-mapped file (the file's pages, shared, never copied).
    case mapped(MappedFile, Range<Int>)
  }

  /// The input bytes; the chunk is the bytes from `start` on.
  var storage: Storage
  var start: Int
  /// The physical line of the chunk's first byte.
  var firstLine: Int
  /// Line breaks in the chunk (CR, LF or CRLF each count one), so the next chunk starts on `firstLine + lineBreaks`.
  var lineBreaks: Int
  /// Whether the input ends with this chunk (its last record may lack a line break).
  var isLast: Bool
  /// The encoding settled when the chunk was cut (`nil`: every byte so far is ASCII).
  var encoding: TextEncoding?

  /// A chunk of its own bytes.
  init(bytes: [UInt8], start: Int, firstLine: Int, lineBreaks: Int, isLast: Bool, encoding: TextEncoding?) {
    self.init(storage: .array(bytes), start: start, firstLine: firstLine, lineBreaks: lineBreaks, isLast: isLast, encoding: encoding)
  }

  /// A chunk over `storage`.
  init(storage: Storage, start: Int, firstLine: Int, lineBreaks: Int, isLast: Bool, encoding: TextEncoding?) {
    self.storage = storage
    self.start = start
    self.firstLine = firstLine
    self.lineBreaks = lineBreaks
    self.isLast = isLast
    self.encoding = encoding
  }

  /// Calls `body` with the bytes (the chunk is from ``start`` on).
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch storage {
    case .array(let bytes): return bytes.withUnsafeBufferPointer(body)
    case .mapped(let file, let range): return body(UnsafeBufferPointer(rebasing: file.bytes[range]))
    }
  }

  /// Gives the pages wholly inside a mapped chunk back to the system once it is parsed (the file keeps them in its
  /// cache): memory then does not grow with the part of the file read so far. A chunk must not be read after.
  func release() {
    guard case .mapped(let file, let range) = storage, let base = file.bytes.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let address = Int(bitPattern: base) + range.lowerBound
    let first = (address + page - 1) / page * page
    let last = (Int(bitPattern: base) + range.upperBound) / page * page
    guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
    _ = madvise(pointer, last - first, MADV_DONTNEED)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")
  private static let comma = UInt8(ascii: ",")

  /// The index just past the last line feed in `buffer` that ends a record, reading from a record boundary at
  /// index 0; `nil` when no line feed does.
  ///
  /// Follows the ``CSVParser`` states from quote to quote (`memchr`), never byte by byte: outside quotes every
  /// line feed ends a record; a quote opens a quoted field only at a field's start (a stray quote in an unquoted
  /// field opens nothing); a quoted field ends at a quote not doubled. So the cut is never inside a quoted field.
  static func lastRecordEnd(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let n = buffer.count
    // The last stretch outside quotes with a line feed in it: search backwards from each stretch's end.
    var outsideStart = 0
    var i = 0
    var last: Int?
    func lastLF(_ start: Int, _ end: Int) -> Int? {
      var k = end
      while k > start {
        k -= 1
        if buffer[k] == lf { return k + 1 }
      }
      return nil
    }
    while i < n {
      // Outside quotes, from `outsideStart`: the next quote.
      guard let found = memchr(base + i, Int32(quote), n - i) else { break }
      let q = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      let previous = q == 0 ? lf : buffer[q - 1]  // index 0 is a record's start
      guard previous == comma || previous == lf || previous == cr else {
        i = q + 1  // a stray quote: still unquoted
        continue
      }
      if let end = lastLF(outsideStart, q) { last = end }
      // Inside a quoted field: to the quote that is not doubled.
      var k = q + 1
      var closed = false
      while k < n {
        guard let next = memchr(base + k, Int32(quote), n - k) else { break }
        let c = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
        if c + 1 < n && buffer[c + 1] == quote {
          k = c + 2
          continue
        }
        if c + 1 == n { return last }  // the closing quote's follower is unknown: cut before the field
        k = c + 1
        closed = true
        break
      }
      guard closed else { return last }
      outsideStart = k
      i = k
    }
    return lastLF(outsideStart, n) ?? last
  }

  /// The line breaks in `buffer` as ``CSVParser`` counts them: each CR, each LF not right after a CR.
  static func lineBreaks(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    let hasCR = memchr(base, Int32(cr), buffer.count) != nil
    if hasCR {
      var count = 0
      var previous: UInt8 = 0
      for byte in buffer {
        if byte == cr || (byte == lf && previous != cr) { count += 1 }
        previous = byte
      }
      return count
    }
    // Line feeds, found by `memchr` (vectorised; lines are far longer than its call).
    var count = 0
    var i = 0
    let n = buffer.count
    while i < n, let found = memchr(base + i, Int32(lf), n - i) {
      count += 1
      i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }
    return count
  }
}

/// One record of a chunk as ``CSVChunkParser`` hands it over: valid only during the call.
struct CSVChunkRecord {
  var line: Int
  var fieldCount: Int
  var storedFieldCount: Int
  var syntaxError: CSVSyntaxError?
  /// One empty unquoted field: a blank line.
  var isEmptyLine: Bool
  let base: UnsafePointer<UInt8>
  let starts: UnsafeMutablePointer<Int>
  let ends: UnsafeMutablePointer<Int>

  /// The bytes of stored field `index` (quotes removed, `""` made `"`).
  @inline(__always)
  func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + starts[index], count: ends[index] - starts[index])
  }
}

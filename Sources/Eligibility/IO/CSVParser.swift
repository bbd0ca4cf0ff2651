/// A streaming, byte-level CSV parser (RFC 4180) that is fed blocks of a file and calls back once per record.
///
/// - Fields are separated by `,`; a field that starts with `"` is quoted and may hold separators, line breaks
///   and doubled quotes (`""` is one `"`).
/// - Records end with LF, CRLF or a lone CR; the last record needs no line break.
/// - Mistakes never stop the parser: a stray quote, text after a closing quote or a quoted field still open at
///   the end is recorded in ``CSVRecord/syntaxError`` and parsing goes on, so every record comes out exactly
///   once. An unterminated quote swallows the rest of the input into one (flagged) record, as any reader must.
/// - Memory is bounded: a record keeps at most ``maxRecordBytes`` bytes and ``maxFields`` fields; past that it
///   is flagged and the excess is dropped while parsing continues to the record's real end.
///
/// The parser works on bytes, so it reads UTF-8 and CP949 alike: no CP949 trail byte is `"`, `,`, CR or LF.
/// Decode each field afterwards.
///
/// ```swift
/// var parser = CSVParser()
/// var fields: [[String]] = []
/// Array("a,\"b,\"\"c\"\"\"\r\n1,2".utf8).withUnsafeBufferPointer { parser.feed($0) { fields.append($0.utf8Fields) } }
/// parser.finish { fields.append($0.utf8Fields) }
/// // fields == [["a", "b,\"c\""], ["1", "2"]]
/// ```
///
/// - Complexity: O(n) in the bytes fed; each byte is looked at once.
public struct CSVParser: Sendable {
  private enum State: UInt8 {
    case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
  }

  /// The field separator byte (`,`).
  public let separator: UInt8
  /// The most bytes a record keeps.
  public let maxRecordBytes: Int
  /// The most fields a record keeps.
  public let maxFields: Int

  private var state = State.recordStart
  private var line = 1
  private var afterCR = false
  private var overflowed = false
  private var record = CSVRecord()

  private static let quote = UInt8(ascii: "\"")
  private static let cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  /// Creates a parser.
  ///
  /// - Parameters:
  ///   - separator: the field separator (default `,`); must not be `"`, CR or LF.
  ///   - maxRecordBytes: the most bytes one record keeps (default 8 MiB).
  ///   - maxFields: the most fields one record keeps (default 10,000).
  public init(separator: UInt8 = UInt8(ascii: ","), maxRecordBytes: Int = 8 << 20, maxFields: Int = 10_000) {
    precondition(separator != CSVParser.quote && separator != CSVParser.cr && separator != CSVParser.lf, "bad CSV separator")
    self.separator = separator
    self.maxRecordBytes = maxRecordBytes
    self.maxFields = maxFields
  }

  /// Creates a parser that starts at a record boundary on `line` (for a chunk cut out of a larger input).
  init(maxRecordBytes: Int, maxFields: Int, line: Int) {
    self.init(maxRecordBytes: maxRecordBytes, maxFields: maxFields)
    self.line = line
  }

  /// Moves a parser standing between records to `line` (after a stretch of input parsed elsewhere).
  mutating func restart(line: Int) {
    state = .recordStart
    afterCR = false
    self.line = line
  }

  /// Whether the parser stands between records (nothing of a record pending).
  var isAtRecordStart: Bool { state == .recordStart }

  /// The physical line the parser is on (from 1): after ``finish(_:)``, the number of lines in the input, counting
  /// a final line without a line break.
  public var currentLine: Int { line }

  /// Parses a block of input, calling `emit` for each record completed in it.
  ///
  /// A record cut off at the block's end is carried over to the next call.
  ///
  /// - Parameters:
  ///   - chunk: the next bytes of the input.
  ///   - emit: called with each complete record; the record is valid only during the call.
  public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ emit: (CSVRecord) -> Void) {
    let n = chunk.count
    var i = 0
    while i < n {
      switch state {
      case .recordStart:
        let byte = chunk[i]
        if byte == CSVParser.lf, afterCR {
          afterCR = false
          i += 1
          continue
        }
        afterCR = false
        overflowed = false
        record.reset(line: line)
        state = .fieldStart
      case .fieldStart:
        let byte = chunk[i]
        if byte == CSVParser.quote {
          record.hasQuotedField = true
          state = .quoted
          i += 1
        } else if byte == separator {
          endField()
          i += 1
        } else if byte == CSVParser.cr || byte == CSVParser.lf {
          endRecord(at: byte, emit)
          i += 1
        } else {
          state = .unquoted
        }
      case .unquoted:
        let start = i
        while i < n {
          let byte = chunk[i]
          if byte == separator || byte == CSVParser.quote || byte == CSVParser.cr || byte == CSVParser.lf { break }
          i += 1
        }
        append(UnsafeBufferPointer(rebasing: chunk[start..<i]))
        guard i < n else { break }
        let byte = chunk[i]
        i += 1
        if byte == separator {
          endField()
          state = .fieldStart
        } else if byte == CSVParser.quote {
          flag(.quoteInUnquotedField)
          append(byte)
        } else {
          endRecord(at: byte, emit)
        }
      case .quoted:
        let start = i
        while i < n {
          let byte = chunk[i]
          if byte == CSVParser.quote || byte == CSVParser.cr || byte == CSVParser.lf { break }
          i += 1
        }
        if i > start {
          append(UnsafeBufferPointer(rebasing: chunk[start..<i]))
          afterCR = false
        }
        guard i < n else { break }
        let byte = chunk[i]
        i += 1
        if byte == CSVParser.quote {
          afterCR = false
          state = .quoteInQuoted
        } else {
          append(byte)
          countLineBreak(byte)
        }
      case .quoteInQuoted:
        let byte = chunk[i]
        if byte == CSVParser.quote {
          append(byte)
          state = .quoted
          i += 1
        } else if byte == separator {
          endField()
          state = .fieldStart
          i += 1
        } else if byte == CSVParser.cr || byte == CSVParser.lf {
          endRecord(at: byte, emit)
          i += 1
        } else {
          flag(.textAfterClosingQuote)
          state = .unquoted
        }
      }
    }
  }

  /// Parses a block of input given as an array.
  ///
  /// - Parameters:
  ///   - chunk: the next bytes of the input.
  ///   - emit: called with each complete record.
  public mutating func feed(_ chunk: [UInt8], _ emit: (CSVRecord) -> Void) {
    chunk.withUnsafeBufferPointer { feed($0, emit) }
  }

  /// Ends the input: emits the last record if it has no line break, flagging a quoted field still open.
  ///
  /// - Parameter emit: called with the last record, if any.
  public mutating func finish(_ emit: (CSVRecord) -> Void) {
    switch state {
    case .recordStart:
      afterCR = false
      return
    case .quoted:
      flag(.unterminatedQuote)
    case .fieldStart, .unquoted, .quoteInQuoted:
      break
    }
    endField()
    emit(record)
    state = .recordStart
  }

  private mutating func countLineBreak(_ byte: UInt8) {
    if byte == CSVParser.cr {
      line += 1
      afterCR = true
    } else if afterCR {
      afterCR = false
    } else {
      line += 1
    }
  }

  private mutating func endRecord(at lineBreak: UInt8, _ emit: (CSVRecord) -> Void) {
    endField()
    countLineBreak(lineBreak)
    emit(record)
    state = .recordStart
  }

  private mutating func endField() {
    if record.fieldEnds.count < maxFields {
      record.fieldEnds.append(record.bytes.count)
    } else {
      flag(.tooManyFields(limit: maxFields))
    }
    record.fieldCount += 1
  }

  private mutating func flag(_ problem: CSVSyntaxError.Problem) {
    guard record.syntaxError == nil else { return }
    record.syntaxError = CSVSyntaxError(problem, field: record.fieldCount, line: line)
  }

  /// Keeps bytes of the current field; past ``maxRecordBytes`` keeps what fits, flags the record and keeps
  /// nothing more of it.
  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty, !overflowed else { return }
    let room = maxRecordBytes - record.bytes.count
    if bytes.count <= room {
      record.bytes.append(contentsOf: bytes)
    } else {
      record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<(bytes.startIndex + room)]))
      overflow()
    }
  }

  private mutating func append(_ byte: UInt8) {
    guard !overflowed else { return }
    if record.bytes.count < maxRecordBytes { record.bytes.append(byte) } else { overflow() }
  }

  private mutating func overflow() {
    overflowed = true
    flag(.recordTooLong(limit: maxRecordBytes))
  }
}

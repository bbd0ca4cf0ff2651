/// One CSV record as the parser found it: its fields' bytes (quotes removed, `""` made `"`), the physical line
/// it starts on, and its first structural mistake.
///
/// The parser reuses one record's storage for every record, so a record passed to a callback is valid only
/// during the call; copy what you keep (a copy is cheap until the parser writes again).
public struct CSVRecord: Sendable, Hashable {
  /// The physical line the record starts on, from 1 (the header of a file is line 1); a quoted line break
  /// inside an earlier record moves later records down.
  public internal(set) var line = 0
  /// The number of fields written, including fields beyond ``storedFieldCount``.
  public internal(set) var fieldCount = 0
  /// The record's first structural mistake, if any.
  public internal(set) var syntaxError: CSVSyntaxError?
  /// Whether any field was quoted.
  public internal(set) var hasQuotedField = false
  /// The fields' bytes, one after another.
  var bytes: [UInt8] = []
  /// Where each stored field ends in ``bytes``.
  var fieldEnds: [Int] = []

  /// Creates an empty record.
  public init() {}

  /// The number of fields kept (fewer than ``fieldCount`` only after ``CSVSyntaxError/Problem/tooManyFields(limit:)``).
  public var storedFieldCount: Int { fieldEnds.count }

  /// Whether the record is an empty line: one empty, unquoted field.
  public var isEmptyLine: Bool { fieldCount == 1 && bytes.isEmpty && !hasQuotedField && syntaxError == nil }

  /// The bytes of a stored field.
  ///
  /// - Parameter index: the field, from 0, below ``storedFieldCount``.
  /// - Returns: the field's bytes, unquoted.
  public func field(_ index: Int) -> ArraySlice<UInt8> {
    let start = index == 0 ? 0 : fieldEnds[index - 1]
    return bytes[start..<fieldEnds[index]]
  }

  /// Calls `body` with a stored field's bytes, without copying them.
  ///
  /// - Parameters:
  ///   - index: the field, from 0, below ``storedFieldCount``.
  ///   - body: reads the bytes; the buffer is valid only during the call.
  /// - Returns: what `body` returns.
  public func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    let start = index == 0 ? 0 : fieldEnds[index - 1]
    let end = fieldEnds[index]
    return try bytes.withUnsafeBufferPointer { all in try body(UnsafeBufferPointer(rebasing: all[start..<end])) }
  }

  /// The stored fields as UTF-8 text, invalid bytes replaced by U+FFFD (for tests and messages).
  public var utf8Fields: [String] {
    (0..<storedFieldCount).map { String(decoding: field($0), as: UTF8.self) }
  }

  /// Empties the record for reuse, keeping its storage.
  mutating func reset(line: Int) {
    self.line = line
    fieldCount = 0
    syntaxError = nil
    hasQuotedField = false
    bytes.removeAll(keepingCapacity: true)
    fieldEnds.removeAll(keepingCapacity: true)
  }
}

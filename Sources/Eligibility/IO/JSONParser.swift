/// A strict RFC 8259 JSON reader that keeps member order, duplicates and number text, and reports the first
/// syntax error with its byte offset, line and column.
///
/// A UTF-8 byte order mark at the start is skipped. Nothing else is extended: no comments, no trailing commas.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let depthLimit = 256

  private let bytes: [UInt8]
  private var index: Int
  private var depth = 0

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
    index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Parses one JSON document.
  ///
  /// - Parameter bytes: the document, UTF-8.
  /// - Returns: the value, or the first syntax error.
  /// - Complexity: O(n) in the document's length.
  public static func parse(_ bytes: some Sequence<UInt8>) -> Result<JSONValue, JSONSyntaxError> {
    var parser = JSONParser(Array(bytes))
    do throws(JSONSyntaxError) {
      parser.skipWhitespace()
      let value = try parser.parseValue()
      parser.skipWhitespace()
      if parser.index < parser.bytes.count { throw parser.failure(.trailingContent) }
      return .success(value)
    } catch {
      return .failure(error)
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw failure(.unexpectedEnd) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseWord("true", .bool(true))
    case UInt8(ascii: "f"): return try parseWord("false", .bool(false))
    case UInt8(ascii: "n"): return try parseWord("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw unexpectedCharacter()
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONValue.Member] = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[index] == UInt8(ascii: "\"") else { throw unexpectedCharacter() }
      let offset = index
      let key = try parseString()
      skipWhitespace()
      try expect(UInt8(ascii: ":"))
      skipWhitespace()
      members.append(JSONValue.Member(key, try parseValue(), offset: offset))
      skipWhitespace()
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "}"))
      depth -= 1
      return .object(members)
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      try expect(UInt8(ascii: "]"))
      depth -= 1
      return .array(elements)
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > JSONParser.depthLimit { throw failure(.tooDeep(limit: JSONParser.depthLimit)) }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = index
    index += 1
    var scalars = String.UnicodeScalarView()
    var run: [UInt8] = []
    func flush() throws(JSONSyntaxError) {
      guard !run.isEmpty else { return }
      guard let text = String(validating: run, as: UTF8.self) else {
        throw failure(.invalidUTF8, at: start)
      }
      scalars.append(contentsOf: text.unicodeScalars)
      run.removeAll(keepingCapacity: true)
    }
    while true {
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        try flush()
        return String(scalars)
      case UInt8(ascii: "\\"):
        try flush()
        scalars.append(try parseEscape())
      case 0..<0x20:
        throw failure(.controlCharacterInString)
      default:
        run.append(byte)
        index += 1
      }
    }
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let start = index
    index += 1
    guard index < bytes.count else { throw failure(.unexpectedEnd) }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hex4(escapeStart: start)
      if (0xD800...0xDBFF).contains(high) {
        guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
          throw failure(.invalidUnicodeEscape, at: start)
        }
        index += 2
        let low = try hex4(escapeStart: start)
        guard (0xDC00...0xDFFF).contains(low),
          let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        else { throw failure(.invalidUnicodeEscape, at: start) }
        return scalar
      }
      guard let scalar = Unicode.Scalar(high) else { throw failure(.invalidUnicodeEscape, at: start) }
      return scalar
    default:
      index -= 1
      throw failure(.invalidEscape(characterText(at: index)), at: start)
    }
  }

  private mutating func hex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw failure(.invalidUnicodeEscape, at: escapeStart) }
    var value: UInt32 = 0
    for byte in bytes[index..<(index + 4)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw failure(.invalidUnicodeEscape, at: escapeStart)
      }
      value = value * 16 + UInt32(digit)
    }
    index += 4
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    func digits(_ parser: inout JSONParser) -> Int {
      let from = parser.index
      while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
        parser.index += 1
      }
      return parser.index - from
    }
    if peek(UInt8(ascii: "-")) { index += 1 }
    let integerStart = index
    let integerDigits = digits(&self)
    var valid = integerDigits > 0 && !(integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0"))
    if peek(UInt8(ascii: ".")) {
      index += 1
      valid = valid && digits(&self) > 0
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      index += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
      valid = valid && digits(&self) > 0
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard valid else { throw failure(.invalidNumber(text), at: start) }
    return text
  }

  private mutating func parseWord(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    for expected in word.utf8 {
      guard index < bytes.count else { throw failure(.unexpectedEnd) }
      guard bytes[index] == expected else { throw unexpectedCharacter() }
      index += 1
    }
    return value
  }

  private mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
    guard index < bytes.count else { throw failure(.unexpectedEnd) }
    guard bytes[index] == byte else { throw unexpectedCharacter() }
    index += 1
  }

  private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

  private mutating func skipWhitespace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }

  private func unexpectedCharacter() -> JSONSyntaxError {
    failure(.unexpectedCharacter(characterText(at: index)))
  }

  /// The character starting at a byte offset, for messages (`\u{FFFD}` for invalid UTF-8).
  private func characterText(at offset: Int) -> String {
    guard offset < bytes.count else { return "" }
    let lead = bytes[offset]
    let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    return String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
  }

  private func failure(_ problem: JSONSyntaxError.Problem, at offset: Int? = nil) -> JSONSyntaxError {
    let at = min(offset ?? index, bytes.count)
    var line = 1
    var lineStart = 0
    for (i, byte) in bytes[..<at].enumerated() where byte == 0x0A {
      line += 1
      lineStart = i + 1
    }
    // Columns count characters: every byte that does not continue a UTF-8 sequence starts one.
    let column = 1 + bytes[lineStart..<at].count { $0 & 0xC0 != 0x80 }
    return JSONSyntaxError(problem: problem, offset: at, line: line, column: column)
  }
}

/// Splits bytes into rough tokens for the token mutators: words (letters, digits, `_`, non-ASCII), string
/// literals up to their quote or line end, comments, and single punctuation bytes; blanks separate tokens.
///
/// It is deliberately not the real lexer: its boundaries are only places to cut, and a fuzzer that shared the
/// lexer's idea of a token would never cut where the lexer is wrong.
enum TokenSplitter {
  /// The byte ranges of the tokens, in order.
  ///
  /// - Parameter bytes: the text.
  /// - Returns: non-empty, non-overlapping ranges.
  /// - Complexity: O(n).
  static func tokens(in bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let start = index
      if isBlank(byte) {
        index += 1
        continue
      }
      if isWord(byte) {
        while index < bytes.count, isWord(bytes[index]) { index += 1 }
      } else if byte == UInt8(ascii: "\"") {
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
          let current = bytes[index]
          index += current == UInt8(ascii: "\\") ? 2 : 1
          if current == UInt8(ascii: "\"") { break }
        }
        index = min(index, bytes.count)
      } else if byte == UInt8(ascii: "#") {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
      } else {
        index += 1
      }
      ranges.append(start..<index)
    }
    return ranges
  }

  /// The offsets between tokens: the start of each token and the end of the text.
  ///
  /// - Parameter bytes: the text.
  /// - Returns: at least one offset (the end).
  static func boundaries(in bytes: [UInt8]) -> [Int] {
    tokens(in: bytes).map(\.lowerBound) + [bytes.count]
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  private static func isWord(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
  }
}

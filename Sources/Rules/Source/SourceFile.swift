/// The text of one ruleset file, with the line index that turns offsets into positions.
///
/// Offsets are UTF-8 byte offsets into ``text``; positions count lines and characters from 1, as editors do.
public struct SourceFile: Sendable, Hashable {
  /// The path shown in diagnostics, e.g. `rulesets/saha-organizing.rules`.
  public let path: String
  /// The whole text of the file.
  public let text: String
  /// The UTF-8 bytes of ``text``.
  public let bytes: [UInt8]
  /// The byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  /// Creates a source file from its path and text.
  ///
  /// - Parameters:
  ///   - path: the path shown in diagnostics.
  ///   - text: the file's text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
    self.bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line and character column of a byte offset.
  ///
  /// - Parameter offset: a UTF-8 byte offset, clamped to the file.
  /// - Returns: the position; the column counts Unicode scalars, so a Hangul syllable is one column.
  /// - Complexity: O(log lines + line length).
  public func position(of offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, bytes.count))
    let low = line(of: clamped) - 1
    let start = lineStarts[low]
    var column = 1
    var index = start
    while index < clamped {
      index += SourceFile.scalarLength(leadByte: bytes[index])
      column += 1
    }
    return SourcePosition(line: low + 1, column: column, offset: clamped)
  }

  /// The 1-based line of a byte offset.
  ///
  /// - Complexity: O(log lines).
  public func line(of offset: Int) -> Int {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// A window of a line around a byte offset: at most `before` characters before it and `total` in all, without
  /// the line break, on character boundaries.
  ///
  /// - Parameters:
  ///   - line: the 1-based line.
  ///   - offset: a byte offset on that line (clamped to it).
  ///   - before: characters to keep before the offset.
  ///   - total: characters to keep in all.
  /// - Returns: the window's bytes and whether the line continues before and after it.
  /// - Complexity: O(total), whatever the line's length.
  public func window(line: Int, around offset: Int, before: Int, total: Int) -> (bytes: Range<Int>, cutBefore: Bool, cutAfter: Bool) {
    guard line >= 1, line <= lineStarts.count else { return (bytes.count..<bytes.count, false, false) }
    let lineStart = lineStarts[line - 1]
    var lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
    while lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\n") || bytes[lineEnd - 1] == UInt8(ascii: "\r") {
      lineEnd -= 1
    }
    let pivot = max(lineStart, min(offset, lineEnd))
    var low = pivot
    var kept = 0
    while low > lineStart, kept < before {
      low -= 1
      while low > lineStart, bytes[low] & 0xC0 == 0x80 { low -= 1 }
      kept += 1
    }
    var high = pivot
    while high < lineEnd, kept < total {
      high = min(lineEnd, high + SourceFile.scalarLength(leadByte: bytes[high]))
      kept += 1
    }
    return (low..<high, low > lineStart, high < lineEnd)
  }

  /// The text of a 1-based line, without its line break.
  ///
  /// - Parameter line: the line number.
  /// - Returns: the line, or an empty string past the end of the file.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
      end -= 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The source text covered by a range.
  ///
  /// - Parameter range: a range in this file.
  /// - Returns: the text between its offsets.
  public func text(in range: SourceRange) -> String {
    let start = max(0, min(range.start, bytes.count))
    let end = max(start, min(range.end, bytes.count))
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The number of bytes of the UTF-8 sequence that starts with `leadByte` (1 for a stray continuation byte).
  static func scalarLength(leadByte: UInt8) -> Int {
    switch leadByte {
    case 0xF0...0xF7: return 4
    case 0xE0...0xEF: return 3
    case 0xC0...0xDF: return 2
    default: return 1
    }
  }
}

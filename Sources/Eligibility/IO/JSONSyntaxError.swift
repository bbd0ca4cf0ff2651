import Rules

/// Why a document is not JSON, and where: the byte offset and the line and column (both from 1; the column
/// counts characters).
public struct JSONSyntaxError: Error, Sendable, Hashable {
  /// What is wrong.
  public enum Problem: Sendable, Hashable {
    /// The document ends in the middle of a value.
    case unexpectedEnd
    /// A character that cannot start or continue a value here.
    case unexpectedCharacter(String)
    /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
    case invalidEscape(String)
    /// A `\u` escape that is not 4 hex digits or is an unpaired surrogate.
    case invalidUnicodeEscape
    /// A malformed number, e.g. `01`, `1.` or `-`.
    case invalidNumber(String)
    /// A raw control character (such as a line break) inside a string.
    case controlCharacterInString
    /// Bytes that are not UTF-8.
    case invalidUTF8
    /// Another value after the document's single value.
    case trailingContent
    /// Arrays and objects nested deeper than the parser allows.
    case tooDeep(limit: Int)
  }

  /// What is wrong.
  public var problem: Problem
  /// The UTF-8 byte offset, from 0.
  public var offset: Int
  /// The line, from 1.
  public var line: Int
  /// The column in characters, from 1.
  public var column: Int

  /// The problem in words, without the position.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: e.g. `예상하지 못한 문자: '}'` / `unexpected character '}'`.
  public func message(in language: Language = .korean) -> String {
    switch (problem, language) {
    case (.unexpectedEnd, .korean): return "문서가 값 중간에 끝남"
    case (.unexpectedEnd, .english): return "unexpected end of document"
    case (.unexpectedCharacter(let c), .korean): return "예상하지 못한 문자: '\(c)'"
    case (.unexpectedCharacter(let c), .english): return "unexpected character '\(c)'"
    case (.invalidEscape(let e), .korean): return "잘못된 이스케이프: `\\\(e)`"
    case (.invalidEscape(let e), .english): return "invalid escape `\\\(e)`"
    case (.invalidUnicodeEscape, .korean): return "잘못된 \\u 이스케이프"
    case (.invalidUnicodeEscape, .english): return "invalid \\u escape"
    case (.invalidNumber(let n), .korean): return "잘못된 수: \(n)"
    case (.invalidNumber(let n), .english): return "invalid number \(n)"
    case (.controlCharacterInString, .korean): return "문자열 안에 제어 문자(줄바꿈 등)"
    case (.controlCharacterInString, .english): return "control character (such as a line break) in a string"
    case (.invalidUTF8, .korean): return "UTF-8이 아닌 바이트"
    case (.invalidUTF8, .english): return "bytes that are not UTF-8"
    case (.trailingContent, .korean): return "값 뒤에 남은 내용"
    case (.trailingContent, .english): return "unexpected content after the value"
    case (.tooDeep(let limit), .korean): return "중첩이 너무 깊음 (최대 \(limit))"
    case (.tooDeep(let limit), .english): return "nesting deeper than \(limit)"
    }
  }

  /// The position and the problem: `줄 3, 열 5 (바이트 42): 예상하지 못한 문자: '}'`.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: one line, no line break.
  public func rendered(in language: Language = .korean) -> String {
    switch language {
    case .korean: return "줄 \(line), 열 \(column) (바이트 \(offset)): \(message(in: language))"
    case .english: return "line \(line), column \(column) (byte \(offset)): \(message(in: language))"
    }
  }
}

/// Turns a source file into tokens, reporting malformed ones and going on.
///
/// The lexer works on UTF-8 bytes. Identifiers are ASCII; non-ASCII text appears only in strings and comments,
/// except `원`, which is a token of its own.
struct Lexer {
  private let file: SourceFile
  private let bytes: [UInt8]
  private var index = 0
  private(set) var diagnostics: [Diagnostic] = []
  /// The end of the last run of `,ddd` groups that did not end in 원 (see ``number(spaceBefore:)``).
  private var failedCommaRunEnd = 0

  init(file: SourceFile) {
    self.file = file
    self.bytes = file.bytes
  }

  /// Lexes the whole file; the last token is always `.end`.
  mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 3)
    while true {
      let hadSpace = skipTrivia()
      let token = next(spaceBefore: hadSpace || tokens.isEmpty)
      if let token {
        tokens.append(token)
        if case .end = token.kind { return tokens }
      }
    }
  }

  /// Typographic operators people paste from documents, read as their ASCII forms after a diagnostic.
  static let asciiOperators: [String: Token.Punctuation] = [
    "≤": .lessOrEqual, "≥": .greaterOrEqual, "≠": .notEqual, "×": .star, "÷": .slash, "−": .minus, "＝": .assign,
  ]

  /// Whether a code reports stray input (characters that start no token, or bytes that are not UTF-8).
  static func isStray(_ code: DiagnosticCode) -> Bool {
    switch code {
    case .invalidCharacter, .invalidUTF8: return true
    default: return false
    }
  }

  private func peek(_ offset: Int = 0) -> UInt8? {
    let position = index + offset
    return position < bytes.count ? bytes[position] : nil
  }

  private static func isDigit(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isIdentifierStart(_ byte: UInt8?) -> Bool {
    guard let byte else { return false }
    return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }

  private static func isIdentifierContinue(_ byte: UInt8?) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

  /// Skips blanks and comments; returns whether anything was skipped.
  private mutating func skipTrivia() -> Bool {
    let start = index
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        index += 1
      case UInt8(ascii: "#"):
        while let b = peek(), b != UInt8(ascii: "\n") { index += 1 }
      default:
        return index > start
      }
    }
    return index > start
  }

  private mutating func report(_ code: DiagnosticCode, _ start: Int, _ end: Int, notes: [Note] = []) {
    // A run of stray characters is one mistake: extend the last diagnostic rather than add one per character.
    if let last = diagnostics.last, last.range.end == start, last.fixIts.isEmpty, Lexer.isStray(last.code), Lexer.isStray(code) {
      diagnostics[diagnostics.count - 1].range.end = end
      return
    }
    // One past the limit is kept, so the parser knows the list was cut.
    if diagnostics.count > Parser.maxDiagnostics { return }
    diagnostics.append(Diagnostic(code, in: file, at: SourceRange(start: start, end: end), notes: notes))
  }

  private mutating func next(spaceBefore: Bool) -> Token? {
    let start = index
    guard let byte = peek() else { return Token(.end, range: .at(bytes.count), spaceBefore: spaceBefore) }
    func make(_ kind: Token.Kind) -> Token {
      Token(kind, range: SourceRange(start: start, end: index), spaceBefore: spaceBefore)
    }
    if Lexer.isIdentifierStart(byte) {
      while Lexer.isIdentifierContinue(peek()) { index += 1 }
      return make(.identifier(String(decoding: bytes[start..<index], as: UTF8.self)))
    }
    if Lexer.isDigit(byte) { return number(spaceBefore: spaceBefore) }
    if byte == UInt8(ascii: "\"") { return string(spaceBefore: spaceBefore) }
    if byte >= 0x80 {
      let length = SourceFile.scalarLength(leadByte: byte)
      index = min(bytes.count, index + length)
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if text == "원" { return make(.won) }
      if let replacement = Lexer.asciiOperators[text] {
        if diagnostics.count <= Parser.maxDiagnostics {
          diagnostics.append(Diagnostic(
            .invalidCharacter(text), in: file, at: SourceRange(start: start, end: index),
            fixIts: [FixIt(range: SourceRange(start: start, end: index), replacement: replacement.rawValue)]))
        }
        return make(.punctuation(replacement))
      }
      if text == "\u{FFFD}" {
        report(.invalidUTF8, start, index)
      } else {
        report(.invalidCharacter(text), start, index)
      }
      return nil
    }
    index += 1
    let second = peek()
    let punctuation: Token.Punctuation?
    switch (byte, second) {
    case (UInt8(ascii: "-"), UInt8(ascii: ">")): index += 1; punctuation = .arrow
    case (UInt8(ascii: "."), UInt8(ascii: ".")): index += 1; punctuation = .range
    case (UInt8(ascii: "<"), UInt8(ascii: "=")): index += 1; punctuation = .lessOrEqual
    case (UInt8(ascii: ">"), UInt8(ascii: "=")): index += 1; punctuation = .greaterOrEqual
    case (UInt8(ascii: "="), UInt8(ascii: "=")): index += 1; punctuation = .equal
    case (UInt8(ascii: "!"), UInt8(ascii: "=")): index += 1; punctuation = .notEqual
    case (UInt8(ascii: "{"), _): punctuation = .leftBrace
    case (UInt8(ascii: "}"), _): punctuation = .rightBrace
    case (UInt8(ascii: "("), _): punctuation = .leftParen
    case (UInt8(ascii: ")"), _): punctuation = .rightParen
    case (UInt8(ascii: "["), _): punctuation = .leftBracket
    case (UInt8(ascii: "]"), _): punctuation = .rightBracket
    case (UInt8(ascii: ","), _): punctuation = .comma
    case (UInt8(ascii: ":"), _): punctuation = .colon
    case (UInt8(ascii: "="), _): punctuation = .assign
    case (UInt8(ascii: "<"), _): punctuation = .less
    case (UInt8(ascii: ">"), _): punctuation = .greater
    case (UInt8(ascii: "+"), _): punctuation = .plus
    case (UInt8(ascii: "-"), _): punctuation = .minus
    case (UInt8(ascii: "*"), _): punctuation = .star
    case (UInt8(ascii: "/"), _): punctuation = .slash
    default: punctuation = nil
    }
    guard let punctuation else {
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      report(.invalidCharacter(text.unicodeScalars.first.map { $0.isASCII && $0.value < 32 ? "\\u{\(String($0.value, radix: 16))}" : String($0) } ?? text), start, index)
      return nil
    }
    return make(.punctuation(punctuation))
  }

  /// Lexes a string literal; an unterminated one ends at the line break.
  private mutating func string(spaceBefore: Bool) -> Token {
    let start = index
    index += 1
    var value: [UInt8] = []
    var unterminated = false
    while true {
      guard let byte = peek(), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") else {
        report(.unterminatedString, start, index)
        unterminated = true
        break
      }
      if byte == 0xEF, peek(1) == 0xBF, peek(2) == 0xBD {
        report(.invalidUTF8, index, index + 3)
        index += 3
        continue
      }
      index += 1
      if byte == UInt8(ascii: "\"") { break }
      if byte == UInt8(ascii: "\\") {
        switch peek() {
        case UInt8(ascii: "\""): value.append(UInt8(ascii: "\"")); index += 1
        case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\")); index += 1
        case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n")); index += 1
        default:
          let escapeEnd = peek().map { index + SourceFile.scalarLength(leadByte: $0) } ?? index
          let text = String(decoding: bytes[(index - 1)..<min(escapeEnd, bytes.count)], as: UTF8.self)
          report(.invalidEscape(text), index - 1, min(escapeEnd, bytes.count))
        }
        continue
      }
      value.append(byte)
    }
    return Token(
      .string(String(decoding: value, as: UTF8.self)), range: SourceRange(start: start, end: index),
      spaceBefore: spaceBefore, malformed: unterminated)
  }

  /// Lexes an integer, decimal, percentage, date or money amount with `,` thousands separators.
  private mutating func number(spaceBefore: Bool) -> Token? {
    let start = index
    // A date: four digits, '-', two digits, '-', two digits.
    if (0..<4).allSatisfy({ Lexer.isDigit(peek($0)) }), peek(4) == UInt8(ascii: "-"), Lexer.isDigit(peek(5)),
      Lexer.isDigit(peek(6)), peek(7) == UInt8(ascii: "-"), Lexer.isDigit(peek(8)), Lexer.isDigit(peek(9)),
      !Lexer.isIdentifierContinue(peek(10))
    {
      index += 10
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      let range = SourceRange(start: start, end: index)
      guard let date = CivilDate(iso: text) else {
        report(.invalidDate(text), start, index)
        return Token(.integer(0), range: range, spaceBefore: spaceBefore, malformed: true)
      }
      return Token(.date(date), range: range, spaceBefore: spaceBefore)
    }
    var digits: [UInt8] = []
    var malformed = false
    scanDigits(into: &digits, malformed: &malformed)
    // Thousands separators with commas only count when the number is an amount of won.
    let beforeCommas = index
    let digitsBeforeCommas = digits
    var usedCommas = false
    // A number inside a run of comma groups already found not to end in 원 cannot be an amount either: skipping
    // the scan keeps a long run (`1,234,567,…`) linear instead of rescanning it from every group.
    if index >= failedCommaRunEnd {
      while peek() == UInt8(ascii: ","), (1...3).allSatisfy({ Lexer.isDigit(peek($0)) }), !Lexer.isDigit(peek(4)) {
        usedCommas = true
        digits.append(contentsOf: bytes[(index + 1)...(index + 3)])
        index += 4
      }
    }
    if usedCommas, !followedByWon() {
      failedCommaRunEnd = index
      index = beforeCommas
      digits = digitsBeforeCommas
    }
    var fraction: [UInt8] = []
    if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
      index += 1
      scanDigits(into: &fraction, malformed: &malformed)
    }
    if Lexer.isIdentifierStart(peek()) && !followedByUnitWord() {
      while Lexer.isIdentifierContinue(peek()) { index += 1 }
      malformed = true
    }
    if peek() == UInt8(ascii: "%"), malformed || Int64(String(decoding: digits + fraction, as: UTF8.self)) == nil {
      index += 1  // the `%` belongs to the malformed number: one diagnostic, not two
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    let range = SourceRange(start: start, end: index)
    if malformed {
      report(.invalidNumber(text), start, index)
      return Token(.integer(0), range: range, spaceBefore: spaceBefore, malformed: true)
    }
    guard let whole = Int64(String(decoding: digits + fraction, as: UTF8.self)),
      fraction.count <= 15
    else {
      report(.numberOverflow(text), start, index)
      return Token(.integer(0), range: range, spaceBefore: spaceBefore, malformed: true)
    }
    var scale: Int64 = 1
    for _ in fraction { scale *= 10 }
    let isPercent = peek() == UInt8(ascii: "%")
    if isPercent {
      index += 1
      let (hundredScale, overflow) = scale.multipliedReportingOverflow(by: 100)
      let range = SourceRange(start: start, end: index)
      guard !overflow, let value = Rational(whole, hundredScale) else {
        report(.numberOverflow(text + "%"), start, index)
        return Token(.integer(0), range: range, spaceBefore: spaceBefore, malformed: true)
      }
      return Token(.percent(value), range: range, spaceBefore: spaceBefore)
    }
    if fraction.isEmpty { return Token(.integer(whole), range: range, spaceBefore: spaceBefore) }
    return Token(.decimal(Rational(whole, scale) ?? Rational(integer: 0)), range: range, spaceBefore: spaceBefore)
  }

  /// Digits with `_` separators; a separator must sit between two digits.
  private mutating func scanDigits(into digits: inout [UInt8], malformed: inout Bool) {
    while let byte = peek() {
      if Lexer.isDigit(byte) {
        digits.append(byte)
        index += 1
      } else if byte == UInt8(ascii: "_") {
        if !Lexer.isDigit(peek(1)) { malformed = true }
        index += 1
      } else {
        return
      }
    }
  }

  private func followedByWon() -> Bool {
    var position = index
    while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    let won = Array("원".utf8)
    if position + won.count <= bytes.count, Array(bytes[position..<(position + won.count)]) == won { return true }
    let ascii = Array("won".utf8)
    return position + 3 <= bytes.count && Array(bytes[position..<(position + 3)]) == ascii
      && !Lexer.isIdentifierContinue(position + 3 < bytes.count ? bytes[position + 3] : nil)
  }

  /// `3months` is malformed, but the lexer leaves a following word alone when a space separates it; this only
  /// lets `원`-less amounts like `25_000won` through.
  private func followedByUnitWord() -> Bool {
    let ascii = Array("won".utf8)
    return index + 3 <= bytes.count && Array(bytes[index..<(index + 3)]) == ascii
      && !Lexer.isIdentifierContinue(index + 3 < bytes.count ? bytes[index + 3] : nil)
  }
}

/// A parsed file: the syntax tree and every diagnostic found on the way.
public struct ParsedFile: Sendable {
  /// The tree, complete even when the file has mistakes (missing parts are `.missing`).
  public var syntax: RulesetSyntax
  /// Lexical and syntax diagnostics, in source order.
  public var diagnostics: [Diagnostic]
}

/// A recursive-descent parser with error recovery.
///
/// The parser never throws and never stops at the first mistake: it reports, then resynchronises at the next
/// token of equal or higher rank (a declaration keyword, a clause keyword, a closing brace), as swift-syntax's
/// `TokenPrecedence` does. Every loop consumes a token or ends, and nesting is limited, so no input makes it hang
/// or overflow the stack.
public struct Parser {
  /// The deepest nesting of expressions, groups and blocks accepted.
  public static let maxDepth = 48
  /// The deepest syntax tree accepted, counting each operator of a chain (`a or b or c …`) as a level: later
  /// stages walk trees recursively, and a chain of thousands of operators would exhaust a worker thread's stack.
  public static let maxTreeDepth = 256
  /// The most diagnostics one file reports; past it, one `too-many-diagnostics` ends the list (as compilers'
  /// error limits do), so that a megabyte of garbage costs no more than a screenful of text.
  public static let maxDiagnostics = 500

  let file: SourceFile
  var tokens: [Token]
  var position = 0
  var diagnostics: [Diagnostic] = []
  var depth = 0
  /// Operators in the chains now being parsed (each deepens the tree by one).
  var chainDepth = 0
  /// The token at which the last error was reported; a second error there is a cascade and is dropped.
  var lastErrorPosition = -1
  var reportedDepth = false
  /// Diagnostics not recorded because of ``maxDiagnostics``, and where the first of them was.
  var dropped = 0
  var firstDropped: SourceRange?

  /// Keywords that start a top-level declaration; they end any block left open.
  static let declarationKeywords: Set<String> = ["schema", "enum", "set", "table", "let", "service"]
  /// Keywords that start a service clause.
  static let clauseKeywords: Set<String> = [
    "region", "source", "note", "choice", "waive", "effective", "price", "budget", "support", "reassess", "suspend",
    "eligible", "priority", "tier", "rank", "example",
  ]
  /// Keywords that start an annotation.
  static let annotationKeywords: Set<String> = ["source", "note", "choice", "waive"]
  /// Words that cannot be names in expressions.
  static let reservedWords: Set<String> = [
    "and", "or", "not", "in", "true", "false", "schema", "enum", "set", "table", "let", "service",
  ]

  /// Parses one file.
  ///
  /// - Parameter file: the source.
  /// - Returns: the tree and all diagnostics, lexical ones included.
  /// - Complexity: O(n) in the file's length.
  public static func parse(_ file: SourceFile) -> ParsedFile {
    var lexer = Lexer(file: file)
    let tokens = lexer.tokenize()
    var parser = Parser(file: file, tokens: tokens)
    parser.diagnostics = Array(lexer.diagnostics.prefix(Parser.maxDiagnostics))
    let declarations = parser.parseDeclarations()
    if lexer.diagnostics.count + parser.dropped > Parser.maxDiagnostics {
      let first = lexer.diagnostics.count > Parser.maxDiagnostics ? lexer.diagnostics[Parser.maxDiagnostics].range : parser.firstDropped
      parser.diagnostics.append(
        Diagnostic(.tooManyDiagnostics(limit: Parser.maxDiagnostics), in: file, at: first ?? .at(0)))
    }
    let sorted = parser.diagnostics.enumerated().sorted {
      ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset)
    }.map(\.element)
    return ParsedFile(syntax: RulesetSyntax(file: file, declarations: declarations), diagnostics: sorted)
  }

  init(file: SourceFile, tokens: [Token]) {
    self.file = file
    self.tokens = tokens
  }

  // MARK: Cursor

  var current: Token { tokens[min(position, tokens.count - 1)] }

  func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

  var atEnd: Bool {
    if case .end = current.kind { return true }
    return false
  }

  mutating func advance() {
    if position < tokens.count - 1 { position += 1 }
  }

  /// The end offset of the last consumed token.
  var previousEnd: Int { position > 0 ? tokens[position - 1].range.end : 0 }

  func at(_ punctuation: Token.Punctuation) -> Bool {
    if case .punctuation(let p) = current.kind { return p == punctuation }
    return false
  }

  func atKeyword(_ word: String) -> Bool {
    if case .identifier(let name) = current.kind { return name == word }
    return false
  }

  var currentIdentifier: String? {
    if case .identifier(let name) = current.kind { return name }
    return nil
  }

  var atDeclarationKeyword: Bool { currentIdentifier.map(Parser.declarationKeywords.contains) ?? false }

  mutating func eat(_ punctuation: Token.Punctuation) -> Bool {
    guard at(punctuation) else { return false }
    advance()
    return true
  }

  /// Whether the current token can start an expression (used to recover from a missing `:`).
  var atExpressionStart: Bool {
    switch current.kind {
    case .integer, .decimal, .percent, .date, .punctuation(.leftParen), .punctuation(.leftBrace),
      .punctuation(.leftBracket), .punctuation(.minus):
      return true
    case .identifier(let word):
      return !Parser.clauseKeywords.contains(word) && !Parser.declarationKeywords.contains(word)
        && !["all", "any", "and", "or", "in"].contains(word)
    default:
      return false
    }
  }

  /// Consumes `:` before a test; when it is missing but a test follows, reports it with a fix-it and goes on.
  mutating func expectColonBeforeTest() -> Bool {
    if at(.colon) || !atExpressionStart { return expect(.colon) }
    expect(.colon)
    return true
  }

  /// Consumes `원` or `won`.
  mutating func eatWon() -> Bool {
    if case .won = current.kind {
      advance()
      return true
    }
    return eatKeyword("won")
  }

  mutating func eatKeyword(_ word: String) -> Bool {
    guard atKeyword(word) else { return false }
    advance()
    return true
  }

  // MARK: Reporting

  mutating func report(_ code: DiagnosticCode, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []) {
    if lastErrorPosition == position || current.malformed || (position > 0 && tokens[position - 1].malformed) { return }
    lastErrorPosition = position
    guard diagnostics.count < Parser.maxDiagnostics else {
      dropped += 1
      if firstDropped == nil { firstDropped = range }
      return
    }
    diagnostics.append(Diagnostic(code, in: file, at: range, notes: notes, fixIts: fixIts))
  }

  /// Reports that `item` was expected at the current token.
  mutating func reportExpected(_ item: SyntaxItem, fixIt: FixIt? = nil) {
    let token = current
    let range: SourceRange
    if case .end = token.kind { range = .at(previousEnd) } else { range = token.range }
    var found = token.item
    switch token.kind {
    case .integer, .decimal, .date: found = .token(file.text(in: token.range))
    default: break
    }
    report(.expected(item, found: found), at: range, fixIts: fixIt.map { [$0] } ?? [])
  }

  /// Consumes `punctuation` or reports it missing (with an insertion fix-it) without consuming anything.
  @discardableResult
  mutating func expect(_ punctuation: Token.Punctuation) -> Bool {
    if eat(punctuation) { return true }
    let tight: Set<Token.Punctuation> = [.colon, .comma, .rightParen, .rightBracket]
    let replacement = tight.contains(punctuation) ? punctuation.rawValue : " " + punctuation.rawValue
    reportExpected(.token(punctuation.rawValue), fixIt: FixIt(range: .at(previousEnd), replacement: replacement))
    return false
  }

  mutating func expectKeyword(_ word: String) -> Bool {
    if eatKeyword(word) { return true }
    reportExpected(.token(word))
    return false
  }

  mutating func expectString() -> Label? {
    if case .string(let text) = current.kind {
      let label = Label(text, range: current.range)
      advance()
      return label
    }
    reportExpected(.string)
    return nil
  }

  mutating func expectName() -> Name? {
    if case .identifier(let text) = current.kind {
      let name = Name(text, range: current.range)
      advance()
      return name
    }
    reportExpected(.name)
    return nil
  }

  mutating func expectInteger() -> (Int64, SourceRange)? {
    if case .integer(let value) = current.kind {
      let result = (value, current.range)
      advance()
      return result
    }
    reportExpected(.integer)
    return nil
  }

  mutating func expectDate() -> CivilDate? {
    if case .date(let date) = current.kind {
      advance()
      return date
    }
    reportExpected(.date)
    return nil
  }

  /// An identifier, joined with following `-part`s written without spaces: `saha-organizing`.
  mutating func expectDashedName() -> Name? {
    guard var name = expectName() else { return nil }
    while at(.minus), !current.spaceBefore, case .identifier(let part) = peek(1).kind, !peek(1).spaceBefore {
      advance()
      name = Name(name.text + "-" + part, range: name.range.union(current.range))
      advance()
    }
    return name
  }

  // MARK: Nesting

  /// Enters one level of nesting; returns `false` (after one diagnostic) past ``maxDepth``.
  mutating func enter() -> Bool {
    depth += 1
    if depth > Parser.maxDepth {
      if !reportedDepth {
        reportedDepth = true
        diagnostics.append(Diagnostic(.nestingTooDeep(limit: Parser.maxDepth), in: file, at: current.range))
      }
      return false
    }
    return true
  }

  mutating func leave() { depth -= 1 }

  /// Enters one more operator of a chain; returns `false` (after one diagnostic) when the tree would be deeper than
  /// ``maxTreeDepth``. The caller undoes its entries with ``leaveChain(_:)`` when the chain ends.
  mutating func enterChain() -> Bool {
    chainDepth += 1
    if chainDepth + depth > Parser.maxTreeDepth {
      chainDepth -= 1
      if !reportedDepth {
        reportedDepth = true
        diagnostics.append(Diagnostic(.nestingTooDeep(limit: Parser.maxTreeDepth), in: file, at: current.range))
      }
      return false
    }
    return true
  }

  /// Leaves the operators a chain entered.
  mutating func leaveChain(_ count: Int) { chainDepth -= count }

  // MARK: Recovery

  /// Skips tokens until a declaration keyword, or (when `clauses`) a clause keyword, or a `}` that closes the
  /// current block, skipping balanced brackets on the way.
  mutating func synchronize(clauses: Bool, stopAtLabel: Bool = false) {
    var nesting = 0
    while !atEnd {
      if atDeclarationKeyword { return }
      if nesting == 0 {
        if at(.rightBrace) { return }
        if clauses, let word = currentIdentifier, Parser.clauseKeywords.contains(word) { return }
        if stopAtLabel {
          if case .string = current.kind { return }
          if case .integer = current.kind, case .string = peek(1).kind { return }
          if atKeyword("all") || atKeyword("any") { return }
        }
      }
      if at(.leftBrace) || at(.leftParen) || at(.leftBracket) { nesting += 1 }
      if at(.rightBrace) || at(.rightParen) || at(.rightBracket) { nesting = max(0, nesting - 1) }
      advance()
    }
  }

  /// Parses `{ item* }`, calling `item` until the closing brace; reports an unclosed brace at a declaration
  /// keyword or the end of the file. Guarantees progress: an item that consumes nothing is skipped with a
  /// diagnostic.
  mutating func block(_ what: SyntaxItem, item: (inout Parser) -> Void) {
    let open = current.range
    if !expect(.leftBrace) {
      // Parse the items as if the brace were there, unless nothing block-like follows.
      if atEnd || atDeclarationKeyword || at(.rightBrace) { return }
    }
    guard enter() else {
      leave()
      skipBalanced(from: 1)
      return
    }
    defer { leave() }
    while true {
      if eat(.rightBrace) { return }
      if atEnd || atDeclarationKeyword {
        // Reported even after another error at the end: an unclosed brace is a finding of its own.
        if !current.malformed {
          if diagnostics.count < Parser.maxDiagnostics {
            diagnostics.append(Diagnostic(.unclosedDelimiter("{"), in: file, at: open, fixIts: [FixIt(range: .at(previousEnd), replacement: "\n}")]))
          } else {
            dropped += 1
            if firstDropped == nil { firstDropped = open }
          }
        }
        return
      }
      let before = position
      item(&self)
      if position == before {
        reportExpected(what)
        advance()
      }
    }
  }

  /// Skips to the brace that closes a block already `openBraces` deep.
  mutating func skipBalanced(from openBraces: Int) {
    var nesting = openBraces
    while !atEnd, nesting > 0 {
      if at(.leftBrace) { nesting += 1 }
      if at(.rightBrace) { nesting -= 1 }
      advance()
    }
  }
}

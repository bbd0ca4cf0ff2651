/// A lexical token of the rule language.
public struct Token: Sendable, Hashable {
  /// The token's kind and payload.
  public var kind: Kind
  /// Where it is.
  public var range: SourceRange
  /// Whether whitespace or a comment precedes it (joins `saha-organizing` only when there is none).
  public var spaceBefore: Bool
  /// Whether the lexer already reported this token as malformed; the parser reports nothing more about it.
  public var malformed: Bool

  /// Creates a token.
  public init(_ kind: Kind, range: SourceRange, spaceBefore: Bool, malformed: Bool = false) {
    self.kind = kind
    self.range = range
    self.spaceBefore = spaceBefore
    self.malformed = malformed
  }

  /// The kinds of token.
  public enum Kind: Sendable, Hashable {
    /// An ASCII identifier or contextual keyword.
    case identifier(String)
    /// An integer literal, separators removed.
    case integer(Int64)
    /// A decimal literal, exact.
    case decimal(Rational)
    /// A percentage literal (`120%`).
    case percent(Rational)
    /// A date literal.
    case date(CivilDate)
    /// A string literal, escapes resolved.
    case string(String)
    /// `원` (the won sign).
    case won
    /// Punctuation and operators.
    case punctuation(Punctuation)
    /// End of file.
    case end
  }

  /// Punctuation and operators.
  public enum Punctuation: String, Sendable, Hashable, CaseIterable {
    /// `{`
    case leftBrace = "{"
    /// `}`
    case rightBrace = "}"
    /// `(`
    case leftParen = "("
    /// `)`
    case rightParen = ")"
    /// `[`
    case leftBracket = "["
    /// `]`
    case rightBracket = "]"
    /// `,`
    case comma = ","
    /// `:`
    case colon = ":"
    /// `=`
    case assign = "="
    /// `->`
    case arrow = "->"
    /// `..`
    case range = ".."
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `==`
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `+`
    case plus = "+"
    /// `-`
    case minus = "-"
    /// `*`
    case star = "*"
    /// `/`
    case slash = "/"
  }

  /// How the token is named in "expected X, found Y" messages.
  public var item: SyntaxItem {
    switch kind {
    case .identifier(let name): return .token(name)
    case .integer(let value): return .token(String(value))
    case .decimal(let value): return .token(value.description)
    case .percent: return .percentage
    case .date(let date): return .token(date.description)
    case .string: return .string
    case .won: return .token("원")
    case .punctuation(let p): return .token(p.rawValue)
    case .end: return .endOfFile
    }
  }
}

/// What the parser expected or found, named in either language for "expected X, found Y" messages.
public enum SyntaxItem: Sendable, Hashable {
  /// A specific token, shown in backticks: `` `{` ``, `` `eligible` ``.
  case token(String)
  /// Any of several tokens.
  case oneOf([String])
  /// An expression.
  case expression
  /// A string literal (a label, title or reason).
  case string
  /// An identifier.
  case name
  /// An integer.
  case integer
  /// A number of any kind.
  case number
  /// A percentage.
  case percentage
  /// A date.
  case date
  /// An amount of money or `undetermined`.
  case amount
  /// A duration unit.
  case unit
  /// A top-level declaration keyword.
  case declaration
  /// A clause of a service.
  case clause
  /// A criterion (a label or `all`/`any`).
  case criterion
  /// The end of the file.
  case endOfFile

  /// The item in a language.
  public func text(in language: Language) -> String {
    switch (self, language) {
    case (.token(let t), _): return "`\(t)`"
    case (.oneOf(let ts), .korean): return ts.map { "`\($0)`" }.joined(separator: " 또는 ")
    case (.oneOf(let ts), .english): return ts.map { "`\($0)`" }.joined(separator: " or ")
    case (.expression, .korean): return "식"
    case (.expression, .english): return "an expression"
    case (.string, .korean): return "문자열"
    case (.string, .english): return "a string"
    case (.name, .korean): return "이름"
    case (.name, .english): return "a name"
    case (.integer, .korean): return "정수"
    case (.integer, .english): return "an integer"
    case (.number, .korean): return "숫자"
    case (.number, .english): return "a number"
    case (.percentage, .korean): return "백분율"
    case (.percentage, .english): return "a percentage"
    case (.date, .korean): return "날짜"
    case (.date, .english): return "a date"
    case (.amount, .korean): return "금액 또는 `undetermined`"
    case (.amount, .english): return "an amount or `undetermined`"
    case (.unit, .korean): return "기간 단위(`days`, `months`, `years`)"
    case (.unit, .english): return "a unit (`days`, `months`, `years`)"
    case (.declaration, .korean): return "선언(`schema`, `enum`, `set`, `table`, `let`, `service`)"
    case (.declaration, .english): return "a declaration (`schema`, `enum`, `set`, `table`, `let`, `service`)"
    case (.clause, .korean): return "서비스 절"
    case (.clause, .english): return "a service clause"
    case (.criterion, .korean): return "기준(문자열 라벨, `all` 또는 `any`)"
    case (.criterion, .english): return "a criterion (a string label, `all` or `any`)"
    case (.endOfFile, .korean): return "파일 끝"
    case (.endOfFile, .english): return "end of file"
    }
  }
}

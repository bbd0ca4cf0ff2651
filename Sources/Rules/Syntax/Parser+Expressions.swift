extension Parser {
  /// An expression, lowest precedence first: `or`, `and`, `not`, comparisons and `in`, `+ -`, `* /`, unary `-`,
  /// calls and indexing, primaries.
  ///
  /// - Returns: the expression, or `.missing` after a diagnostic when there is none.
  mutating func parseExpression() -> ExprSyntax {
    guard enter() else {
      leave()
      return ExprSyntax(.missing, range: .at(current.range.start))
    }
    defer { leave() }
    return parseOr()
  }

  private mutating func parseOr() -> ExprSyntax {
    var left = parseAnd()
    var entered = 0
    defer { leaveChain(entered) }
    while atKeyword("or"), enterChain() {
      entered += 1
      advance()
      let right = parseAnd()
      left = ExprSyntax(.binary(.or, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseAnd() -> ExprSyntax {
    var left = parseNot()
    var entered = 0
    defer { leaveChain(entered) }
    while atKeyword("and"), enterChain() {
      entered += 1
      advance()
      let right = parseNot()
      left = ExprSyntax(.binary(.and, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseNot() -> ExprSyntax {
    guard atKeyword("not") else { return parseComparison() }
    let start = current.range.start
    advance()
    guard enter() else {
      leave()
      return ExprSyntax(.missing, range: .at(current.range.start))
    }
    let operand = parseNot()
    leave()
    return ExprSyntax(.unary(.not, operand), range: SourceRange(start: start, end: operand.range.end))
  }

  private var comparisonOperator: ComparisonOperator? {
    guard case .punctuation(let p) = current.kind else { return nil }
    switch p {
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessOrEqual: return .lessOrEqual
    case .greater: return .greater
    case .greaterOrEqual: return .greaterOrEqual
    case .assign: return .equal
    default: return nil
    }
  }

  private mutating func parseComparison() -> ExprSyntax {
    let first = parseAdditive()
    if atKeyword("in") || (atKeyword("not") && { if case .identifier("in") = peek(1).kind { return true }; return false }()) {
      let negated = eatKeyword("not")
      advance()
      let set = parseAdditive()
      return ExprSyntax(.membership(first, negated: negated, set), range: first.range.union(set.range))
    }
    var links: [ComparisonLink] = []
    var entered = 0
    defer { leaveChain(entered) }
    while let op = comparisonOperator, enterChain() {
      entered += 1
      let opRange = current.range
      if at(.assign) {
        report(
          .expected(.token("=="), found: .token("=")), at: opRange,
          fixIts: [FixIt(range: opRange, replacement: "==")])
      }
      advance()
      links.append(ComparisonLink(op: op, operand: parseAdditive(), opRange: opRange))
    }
    guard let last = links.last else { return first }
    return ExprSyntax(.comparison(first, links), range: first.range.union(last.operand.range))
  }

  private mutating func parseAdditive() -> ExprSyntax {
    var left = parseMultiplicative()
    var entered = 0
    defer { leaveChain(entered) }
    while at(.plus) || at(.minus), enterChain() {
      entered += 1
      let op: BinaryOperator = at(.plus) ? .add : .subtract
      advance()
      let right = parseMultiplicative()
      left = ExprSyntax(.binary(op, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseMultiplicative() -> ExprSyntax {
    var left = parseUnary()
    var entered = 0
    defer { leaveChain(entered) }
    while at(.star) || at(.slash), enterChain() {
      entered += 1
      let op: BinaryOperator = at(.star) ? .multiply : .divide
      advance()
      let right = parseUnary()
      left = ExprSyntax(.binary(op, left, right), range: left.range.union(right.range))
    }
    return left
  }

  private mutating func parseUnary() -> ExprSyntax {
    guard at(.minus) else { return parsePostfix() }
    let start = current.range.start
    advance()
    guard enter() else {
      leave()
      return ExprSyntax(.missing, range: .at(current.range.start))
    }
    let operand = parseUnary()
    leave()
    return ExprSyntax(.unary(.negate, operand), range: SourceRange(start: start, end: operand.range.end))
  }

  private mutating func parsePostfix() -> ExprSyntax {
    var expression = parsePrimary()
    while true {
      if at(.leftParen), case .name(let callee) = expression.kind {
        advance()
        var arguments: [ExprSyntax] = []
        if !at(.rightParen) {
          repeat {
            let before = position
            arguments.append(parseExpression())
            if position == before { break }
          } while eat(.comma)
        }
        expect(.rightParen)
        expression = ExprSyntax(
          .call(Name(callee, range: expression.range), arguments),
          range: SourceRange(start: expression.range.start, end: previousEnd))
      } else if at(.leftBracket), case .name = expression.kind {
        advance()
        let key = parseExpression()
        expect(.rightBracket)
        expression = ExprSyntax(.index(expression, key), range: SourceRange(start: expression.range.start, end: previousEnd))
      } else {
        return expression
      }
    }
  }

  private mutating func parsePrimary() -> ExprSyntax {
    let token = current
    let start = token.range.start
    func finish(_ kind: ExprSyntax.Kind) -> ExprSyntax { ExprSyntax(kind, range: SourceRange(start: start, end: previousEnd)) }
    if token.malformed {
      // Already reported by the lexer: stands for a missing operand, with no second diagnostic.
      advance()
      return finish(.missing)
    }
    switch token.kind {
    case .integer(let value):
      advance()
      if eatWon() { return finish(.money(value)) }
      if let word = currentIdentifier, ["day", "days", "month", "months", "year", "years"].contains(word),
        let unit = parseUnit()
      {
        return finish(.duration(CalendarDuration(value, unit)))
      }
      return finish(.integer(value))
    case .decimal(let value):
      advance()
      return finish(.decimal(value))
    case .percent(let value):
      advance()
      return finish(.percent(value))
    case .date(let date):
      advance()
      return finish(.date(date))
    case .string(let text):
      advance()
      return finish(.string(text))
    case .identifier(let name):
      if name == "true" || name == "false" {
        advance()
        return finish(.boolean(name == "true"))
      }
      if name == "undetermined", case .string(let reason) = peek(1).kind {
        advance()
        advance()
        return finish(.undetermined(reason))
      }
      guard !Parser.reservedWords.contains(name) else {
        reportExpected(.expression)
        return ExprSyntax(.missing, range: .at(start))
      }
      advance()
      return finish(.name(name))
    case .punctuation(.leftParen):
      advance()
      let inner = parseExpression()
      expect(.rightParen)
      return finish(.parenthesized(inner))
    case .punctuation(.leftBrace), .punctuation(.leftBracket):
      let isSet = at(.leftBrace)
      guard enter() else {
        leave()
        return ExprSyntax(.missing, range: .at(start))
      }
      advance()
      let members = parseList(closing: isSet ? .rightBrace : .rightBracket)
      leave()
      return finish(isSet ? .enumSet(members) : .textList(members))
    default:
      reportExpected(.expression)
      return ExprSyntax(.missing, range: .at(start))
    }
  }

  /// Comma-separated primaries up to `closing`.
  private mutating func parseList(closing: Token.Punctuation) -> [ExprSyntax] {
    var members: [ExprSyntax] = []
    while !at(closing), !atEnd, !atDeclarationKeyword {
      let before = position
      let member = parsePrimary()
      if position == before {
        advance()
        continue
      }
      members.append(member)
      if !at(closing), !eat(.comma) {
        reportExpected(.oneOf([",", closing.rawValue]))
        break
      }
    }
    expect(closing)
    return members
  }
}

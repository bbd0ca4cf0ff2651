extension Checker {
  /// Checks an expression; `expecting` lets bare names and numbers resolve as enumeration cases.
  ///
  /// - Returns: the typed expression, or `nil` after reporting why not.
  mutating func checkExpression(_ syntax: ExprSyntax, expecting: ValueType?) -> CheckedExpr? {
    let range = syntax.range
    func literal(_ value: Value, _ type: ValueType) -> CheckedExpr { CheckedExpr(.literal(value), type: type, range: range) }
    switch syntax.kind {
    case .missing:
      return nil
    case .undetermined(let reason):
      return CheckedExpr(.undetermined(reason), type: .bool, range: range)
    case .integer(let n):
      if case .enumeration(let e) = expecting {
        return caseIndex(Name(String(n), range: range), in: e).map { literal(.enumCase($0), .enumeration(e)) }
      }
      return literal(.count(n), .count)
    case .decimal(let r), .percent(let r): return literal(.ratio(r), .ratio)
    case .money(let n): return literal(.money(n), .money)
    case .date(let d): return literal(.date(d), .date)
    case .duration(let d): return literal(.duration(d), .duration)
    case .string(let s): return literal(.text(s), .text)
    case .boolean(let b): return literal(.bool(b), .bool)
    case .name(let name): return checkName(Name(name, range: range), expecting: expecting)
    case .parenthesized(let inner): return checkExpression(inner, expecting: expecting)
    case .enumSet(let members):
      guard case .enumeration(let e) = expecting else {
        report(.typeMismatch(expected: "enum", found: "{…}"), range)
        return nil
      }
      var mask: UInt64 = 0
      for member in members {
        let memberName: Name
        switch member.kind {
        case .name(let n): memberName = Name(n, range: member.range)
        case .integer(let n): memberName = Name(String(n), range: member.range)
        default:
          report(.expected(.name, found: .expression), member.range)
          continue
        }
        if let index = caseIndex(memberName, in: e) { mask |= 1 << UInt64(index) }
      }
      return literal(.enumSet(mask), .enumSet(e))
    case .textList(let members):
      var texts: [String] = []
      for member in members {
        guard case .string(let s) = member.kind else {
          report(.expected(.string, found: .expression), member.range)
          continue
        }
        texts.append(s)
      }
      return literal(.textList(texts), .textList)
    case .unary(.not, let operand):
      guard let inner = checkTyped(operand, .bool) else { return nil }
      return CheckedExpr(.not(inner), type: .bool, range: range)
    case .unary(.negate, let operand):
      guard let inner = checkExpression(operand, expecting: nil) else { return nil }
      if case .literal(let value) = inner.kind {
        switch value {
        case .count(let n): return literal(.count(-n), .count)
        case .money(let n): return literal(.money(-n), .money)
        case .ratio(let r): return Rational(-r.numerator, r.denominator).map { literal(.ratio($0), .ratio) }
        case .duration(let d): return literal(.duration(CalendarDuration(-d.amount, d.unit)), .duration)
        default: break
        }
      }
      guard inner.type.isNumeric || inner.type == .duration else {
        report(.invalidOperands("-", typeName(inner.type), ""), range)
        return nil
      }
      return CheckedExpr(.negate(inner), type: inner.type, range: range)
    case .binary(let op, let left, let right):
      return checkBinary(op, left, right, range)
    case .comparison(let first, let links):
      return checkComparison(first, links, range)
    case .membership(let element, let negated, let set):
      return checkMembership(element, negated: negated, set, range)
    case .call(let name, let arguments):
      return checkCall(name, arguments, range)
    case .index(let table, let key):
      return checkLookup(table, key, range)
    }
  }

  /// Checks an expression that must have one type.
  mutating func checkTyped(_ syntax: ExprSyntax, _ type: ValueType) -> CheckedExpr? {
    guard let checked = checkExpression(syntax, expecting: type) else { return nil }
    if checked.type == .exactMoney, type == .money {
      report(.unroundedMoney, syntax.range)
      return nil
    }
    guard compatible(checked.type, type) else {
      report(.typeMismatch(expected: typeName(type), found: typeName(checked.type)), syntax.range)
      return nil
    }
    return checked
  }

  private mutating func checkName(_ name: Name, expecting: ValueType?) -> CheckedExpr? {
    if name.text == "reference_date" { return CheckedExpr(.referenceDate, type: .date, range: name.range) }
    if case .enumeration(let e) = expecting, symbols[name.text] == nil || enumerations[e].caseNames.contains(name.text) {
      return caseIndex(name, in: e).map { CheckedExpr(.literal(.enumCase($0)), type: .enumeration(e), range: name.range) }
    }
    switch symbols[name.text] {
    case .field(let slot):
      return CheckedExpr(.field(slot), type: schema.fields[slot].type, range: name.range)
    case .pendingLet, .derived:
      used.insert(name.text)
      guard let index = resolveLet(name.text) else { return nil }
      return CheckedExpr(.derived(index), type: derived[index].value.type, range: name.range)
    case .set(let index):
      used.insert(name.text)
      return CheckedExpr(.literal(.enumSet(sets[index].mask)), type: .enumSet(sets[index].enumeration), range: name.range)
    case .table:
      used.insert(name.text)
      report(.expected(.token("["), found: .token(name.text)), name.range, notes: [
        Note(.help, .text(korean: "표는 키로 찾음: `\(name.text)[…]`", english: "look a table up by its key: `\(name.text)[…]`"))
      ])
      return nil
    case .failedLet:
      return nil
    case nil:
      let candidates = Array(symbols.keys) + ["reference_date"]
      let suggestion = Suggestion.closest(to: name.text, among: candidates)
      report(
        .unknownName(name.text), name.range, notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [],
        fixIts: suggestion.map { [FixIt(range: name.range, replacement: $0)] } ?? [])
      return nil
    }
  }

  private mutating func checkBinary(_ op: BinaryOperator, _ left: ExprSyntax, _ right: ExprSyntax, _ range: SourceRange) -> CheckedExpr? {
    if op == .and || op == .or {
      let l = checkTyped(left, .bool)
      let r = checkTyped(right, .bool)
      guard let l, let r else { return nil }
      var parts: [CheckedExpr] = []
      for part in [l, r] {
        switch (op, part.kind) {
        case (.and, .and(let inner)), (.or, .or(let inner)): parts += inner
        default: parts.append(part)
        }
      }
      return CheckedExpr(op == .and ? .and(parts) : .or(parts), type: .bool, range: range)
    }
    let l = checkExpression(left, expecting: nil)
    let r = checkExpression(right, expecting: nil)
    guard let l, let r else { return nil }
    guard let type = Checker.arithmeticType(op, l.type, r.type) else {
      if op == .multiply, l.type == .money, r.type == .money {
        report(.invalidOperands(op.rawValue, "money", "money"), range, notes: [
          Note(.note, .text(korean: "금액 × 금액은 뜻이 없음", english: "money times money has no meaning"))
        ])
      } else {
        report(.invalidOperands(op.rawValue, typeName(l.type), typeName(r.type)), range)
      }
      return nil
    }
    return CheckedExpr(.arithmetic(op, l, r), type: type, range: range)
  }

  /// The result type of arithmetic, or `nil` when the operator does not take these types.
  static func arithmeticType(_ op: BinaryOperator, _ l: ValueType, _ r: ValueType) -> ValueType? {
    switch (op, l, r) {
    case (.add, .money, .money), (.subtract, .money, .money): return .money
    case (.add, .count, .count), (.subtract, .count, .count): return .count
    case (.add, .ratio, .ratio), (.subtract, .ratio, .ratio): return .ratio
    case (.add, .date, .duration), (.subtract, .date, .duration): return .date
    case (.multiply, .money, .count), (.multiply, .count, .money): return .money
    case (.multiply, .money, .ratio), (.multiply, .ratio, .money): return .exactMoney
    case (.multiply, .count, .count): return .count
    case (.multiply, .ratio, .ratio), (.multiply, .count, .ratio), (.multiply, .ratio, .count): return .ratio
    case (.divide, .money, .money), (.divide, .count, .count), (.divide, .ratio, .ratio): return .ratio
    case (.divide, .ratio, .count), (.divide, .count, .ratio): return .ratio
    case (.divide, .money, .count): return .exactMoney
    default: return nil
    }
  }
}

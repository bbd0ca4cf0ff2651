extension Checker {
  /// `a < b <= c` becomes `a < b and b <= c`; each pair must have comparable types.
  mutating func checkComparison(_ first: ExprSyntax, _ links: [ComparisonLink], _ range: SourceRange) -> CheckedExpr? {
    var operands: [ExprSyntax] = [first]
    operands += links.map(\.operand)
    // Resolve enum cases against the side whose type is known.
    var checked: [CheckedExpr?] = operands.map { _ in nil }
    var context: ValueType?
    for (i, operand) in operands.enumerated() where !isBareCase(operand) {
      checked[i] = checkExpression(operand, expecting: nil)
      if context == nil { context = checked[i]?.type }
    }
    for (i, operand) in operands.enumerated() where isBareCase(operand) {
      checked[i] = checkExpression(operand, expecting: context)
    }
    var parts: [CheckedExpr] = []
    var failed = false
    for (index, link) in links.enumerated() {
      guard let l = checked[index], let r = checked[index + 1] else {
        failed = true
        continue
      }
      let pairRange = l.range.union(r.range)
      guard comparable(l.type, r.type, link.op, pairRange) else {
        failed = true
        continue
      }
      parts.append(CheckedExpr(.compare(link.op, l, r), type: .bool, range: pairRange))
    }
    guard !failed, let only = parts.first else { return nil }
    return parts.count == 1 ? only : CheckedExpr(.and(parts), type: .bool, range: range)
  }

  /// A name or integer that may be an enumeration case, resolved by the other side's type.
  func isBareCase(_ syntax: ExprSyntax) -> Bool {
    switch syntax.kind {
    case .integer: return true
    case .name(let name): return symbols[name] == nil && name != "reference_date"
    default: return false
    }
  }

  /// Whether two types can be compared with an operator; reports why not.
  mutating func comparable(_ l: ValueType, _ r: ValueType, _ op: ComparisonOperator, _ range: SourceRange) -> Bool {
    if l == .exactMoney || r == .exactMoney {
      report(.unroundedMoney, range)
      return false
    }
    let ordered = op != .equal && op != .notEqual
    switch (l, r) {
    case (.count, .count), (.money, .money), (.ratio, .ratio), (.ratio, .count), (.count, .ratio), (.date, .date):
      return true
    case (.bool, .bool), (.text, .text):
      if ordered {
        report(.invalidOperands(op.rawValue, typeName(l), typeName(r)), range)
        return false
      }
      return true
    case (.enumeration(let a), .enumeration(let b)) where a == b:
      if ordered {
        report(.invalidOperands(op.rawValue, typeName(l), typeName(r)), range)
        return false
      }
      return true
    case (.duration, .duration):
      return true
    case (.enumeration(let a), .enumSet(let b)) where a == b:
      report(.typeMismatch(expected: typeName(l), found: typeName(r)), range, notes: [
        Note(.help, .text(korean: "집합에 속하는지는 `in`으로 물음", english: "use `in` to test membership of a set"))
      ])
      return false
    default:
      report(.typeMismatch(expected: typeName(l), found: typeName(r)), range)
      return false
    }
  }

  /// `x in S`: an enum case in a set of the same enumeration, or text in a text list.
  mutating func checkMembership(_ element: ExprSyntax, negated: Bool, _ set: ExprSyntax, _ range: SourceRange) -> CheckedExpr? {
    guard let e = checkExpression(element, expecting: nil) else { return nil }
    switch e.type {
    case .enumeration(let index):
      guard let s = checkExpression(set, expecting: e.type) else { return nil }
      guard s.type == .enumSet(index) else {
        report(.typeMismatch(expected: "{\(enumerations[index].name)}", found: typeName(s.type)), set.range)
        return nil
      }
      return CheckedExpr(.member(e, s, negated: negated), type: .bool, range: range)
    case .text:
      guard let s = checkTyped(set, .textList) else { return nil }
      return CheckedExpr(.member(e, s, negated: negated), type: .bool, range: range)
    default:
      report(.invalidOperands("in", typeName(e.type), "set"), range)
      return nil
    }
  }

  /// A builtin call: arity and argument types.
  mutating func checkCall(_ name: Name, _ arguments: [ExprSyntax], _ range: SourceRange) -> CheckedExpr? {
    guard let builtin = Builtin(rawValue: name.text) else {
      let suggestion = Suggestion.closest(to: name.text, among: Builtin.allCases.map(\.rawValue))
      report(
        .unknownFunction(name.text), name.range, notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [],
        fixIts: suggestion.map { [FixIt(range: name.range, replacement: $0)] } ?? [])
      return nil
    }
    guard arguments.count == builtin.arity else {
      report(.argumentCount(name.text, expected: builtin.arity, found: arguments.count), range)
      return nil
    }
    switch builtin {
    case .years, .months, .days:
      let a = checkTyped(arguments[0], .date)
      let b = checkTyped(arguments[1], .date)
      guard let a, let b else { return nil }
      return CheckedExpr(.call(builtin, [a, b]), type: .count, range: range)
    case .roundDown, .roundUp, .round:
      guard let a = checkExpression(arguments[0], expecting: nil) else { return nil }
      guard a.type == .exactMoney || a.type == .money else {
        report(.typeMismatch(expected: "unrounded money", found: typeName(a.type)), arguments[0].range)
        return nil
      }
      return CheckedExpr(.call(builtin, [a]), type: .money, range: range)
    case .min, .max:
      let a = checkExpression(arguments[0], expecting: nil)
      let b = checkExpression(arguments[1], expecting: nil)
      guard let a, let b else { return nil }
      guard a.type == b.type, a.type.isNumeric || a.type == .date, a.type != .exactMoney else {
        report(.typeMismatch(expected: typeName(a.type), found: typeName(b.type)), arguments[1].range)
        return nil
      }
      return CheckedExpr(.call(builtin, [a, b]), type: a.type, range: range)
    }
  }

  /// `table[key]`.
  mutating func checkLookup(_ table: ExprSyntax, _ key: ExprSyntax, _ range: SourceRange) -> CheckedExpr? {
    guard case .name(let name) = table.kind else {
      report(.expected(.name, found: .expression), table.range)
      return nil
    }
    guard case .table(let index) = symbols[name] else {
      let tableNames = symbols.compactMap { entry -> String? in
        if case .table = entry.value { return entry.key }
        return nil
      }
      let suggestion = Suggestion.closest(to: name, among: tableNames)
      report(.unknownName(name), table.range, notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [])
      return nil
    }
    used.insert(name)
    let definition = tables[index]
    guard let checkedKey = checkTyped(key, definition.keyType) else { return nil }
    return CheckedExpr(.lookup(table: index, key: checkedKey), type: definition.valueType, range: range)
  }
}

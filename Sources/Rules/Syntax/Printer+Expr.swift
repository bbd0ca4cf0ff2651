extension Printer {
  /// Prints expressions by precedence, adding parentheses only where a hand-built tree needs them.
  ///
  /// Precedence, lowest first (docs/language.md): `or`; `and`; `not`; comparisons and `in`; `+ -`; `* /`; unary
  /// `-`; calls and indexing; atoms. A tree from the parser never needs added parentheses: it keeps the written
  /// ones as `.parenthesized`, which print as `( … )`.
  enum ExprPrinter {
    /// Binding strength of a form; an operand prints bare when its level is at least the level its place needs.
    enum Level: Int, Comparable {
      case or = 1, and, not, comparison, additive, multiplicative, negate, postfix, atom

      static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

      /// The next stronger level (for the right operand of a left-associative operator).
      var tighter: Level { Level(rawValue: rawValue + 1) ?? .atom }
    }

    /// The expression's source text.
    static func print(_ expr: ExprSyntax) -> String {
      switch expr.kind {
      case .name(let name): return name
      case .integer(let value): return String(value)
      case .decimal(let value): return Literals.decimal(value)
      case .percent(let value): return Literals.percent(value)
      case .money(let value): return Literals.money(value)
      case .date(let date): return date.description
      case .duration(let duration): return duration.description
      case .string(let text): return Printer.quote(text)
      case .undetermined(let reason): return "undetermined " + Printer.quote(reason)
      case .boolean(let value): return value ? "true" : "false"
      case .enumSet(let members): return "{" + list(members) + "}"
      case .textList(let members): return "[" + list(members) + "]"
      case .unary(.negate, let inner): return "-" + operand(inner, atLeast: .negate)
      case .unary(.not, let inner): return "not " + operand(inner, atLeast: .not)
      case .binary(let op, let left, let right):
        let level = self.level(of: op)
        return "\(operand(left, atLeast: level)) \(op.rawValue) \(operand(right, atLeast: level.tighter))"
      case .comparison(let first, let links):
        var text = operand(first, atLeast: .additive)
        for link in links { text += " \(link.op.rawValue) \(operand(link.operand, atLeast: .additive))" }
        return text
      case .membership(let element, let negated, let set):
        let keyword = negated ? "not in" : "in"
        return "\(operand(element, atLeast: .additive)) \(keyword) \(operand(set, atLeast: .additive))"
      case .call(let function, let arguments): return function.text + "(" + list(arguments) + ")"
      case .index(let table, let key): return operand(table, atLeast: .postfix) + "[" + print(key) + "]"
      case .parenthesized(let inner): return "(" + print(inner) + ")"
      case .missing: return ""
      }
    }

    /// Elements separated by `, `.
    private static func list(_ elements: [ExprSyntax]) -> String { elements.map(print).joined(separator: ", ") }

    /// An operand, in parentheses when it binds more loosely than its place needs.
    private static func operand(_ expr: ExprSyntax, atLeast needed: Level) -> String {
      level(of: expr) < needed ? "(" + print(expr) + ")" : print(expr)
    }

    /// How tightly an infix operator binds.
    static func level(of op: BinaryOperator) -> Level {
      switch op {
      case .or: return .or
      case .and: return .and
      case .add, .subtract: return .additive
      case .multiply, .divide: return .multiplicative
      }
    }

    /// How tightly an expression's printed form binds.
    static func level(of expr: ExprSyntax) -> Level {
      switch expr.kind {
      case .binary(let op, _, _): return level(of: op)
      case .unary(.not, _): return .not
      case .unary(.negate, _): return .negate
      case .comparison, .membership: return .comparison
      case .call, .index: return .postfix
      case .undetermined: return .atom
      // Negative literals come only from hand-built trees; they print with a leading `-` and parse as negation.
      case .integer(let value): return value < 0 ? .negate : .atom
      case .money(let value): return value < 0 ? .negate : .atom
      case .decimal(let value), .percent(let value): return value.numerator < 0 ? .negate : .atom
      case .duration(let duration): return duration.amount < 0 ? .negate : .atom
      case .name, .date, .string, .boolean, .enumSet, .textList, .parenthesized, .missing: return .atom
      }
    }
  }
}

extension Printer {
  /// Canonical spellings of numeric literals.
  enum Literals {
    /// `25_000원`: whole won with `_` between each group of three digits.
    static func money(_ value: Int64) -> String { grouped(value) + "원" }

    /// `2_228_445`, `-500`, `0`.
    static func grouped(_ value: Int64) -> String {
      let digits = String(value.magnitude)
      var out = ""
      for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out += "_" }
        out.append(digit)
      }
      return (value < 0 ? "-" : "") + out
    }

    /// `1.5`, `2.0`, `0.125`: the exact value with at least one digit after the point.
    ///
    /// A value with no finite decimal expansion (only from a hand-built tree) prints as `(n / d)`, an expression of
    /// the same value.
    static func decimal(_ value: Rational) -> String {
      guard let text = exactDecimal(Int128(value.numerator), Int128(value.denominator)) else {
        return "(\(value.numerator) / \(value.denominator))"
      }
      return text.contains(".") ? text : text + ".0"
    }

    /// `120%`, `85.5%`: the exact value times 100, without trailing zeros.
    ///
    /// A value whose percentage has no finite decimal expansion (only from a hand-built tree) prints as `(n / d)`.
    static func percent(_ value: Rational) -> String {
      guard let text = exactDecimal(Int128(value.numerator) * 100, Int128(value.denominator)) else {
        return "(\(value.numerator) / \(value.denominator))"
      }
      return text + "%"
    }

    /// The shortest exact decimal text of `numerator / denominator` (`denominator > 0`), or `nil` when it has no
    /// finite expansion or needs more than 18 digits after the point.
    static func exactDecimal(_ numerator: Int128, _ denominator: Int128) -> String? {
      guard denominator > 0 else { return nil }
      let divisor = gcd(numerator.magnitude, denominator.magnitude)
      var rest = denominator / Int128(divisor)
      let reduced = numerator / Int128(divisor)
      var twos = 0
      var fives = 0
      while rest % 2 == 0 {
        rest /= 2
        twos += 1
      }
      while rest % 5 == 0 {
        rest /= 5
        fives += 1
      }
      let places = max(twos, fives)
      guard rest == 1, places <= 18 else { return nil }
      // Scale to a denominator of 10^places: multiply by the factors of 10 the denominator lacks.
      var factor: Int128 = 1
      for _ in 0..<(places - twos) { factor *= 2 }
      for _ in 0..<(places - fives) { factor *= 5 }
      let (scaled, overflow) = reduced.multipliedReportingOverflow(by: factor)
      guard !overflow else { return nil }
      var digits = String(scaled.magnitude)
      guard places > 0 else { return (scaled < 0 ? "-" : "") + digits }
      if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
      let point = digits.index(digits.endIndex, offsetBy: -places)
      return (scaled < 0 ? "-" : "") + digits[..<point] + "." + digits[point...]
    }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
      var (x, y) = (a, b)
      while y != 0 { (x, y) = (y, x % y) }
      return x == 0 ? 1 : x
    }
  }
}

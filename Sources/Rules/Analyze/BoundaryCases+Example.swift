extension BoundaryCases {
  /// A value as a literal of the language, for a field of the given type: `2_674_135원`, `1959-03-02`, `none`.
  ///
  /// - Parameters:
  ///   - value: the value.
  ///   - ruleset: the program, for enumeration case names.
  /// - Returns: the literal text.
  public static func literal(_ value: Value, in ruleset: CheckedRuleset, type: ValueType) -> String {
    let kind: ExprSyntax.Kind
    switch value {
    case .bool(let b): kind = .boolean(b)
    case .count(let n): kind = .integer(n)
    case .money(let n): kind = .money(n)
    case .ratio(let r): kind = .percent(r)
    case .date(let d): kind = .date(d)
    case .duration(let d): kind = .duration(d)
    case .text(let t): kind = .string(t)
    case .enumCase(let index):
      if case .enumeration(let e) = type, index < ruleset.enumerations[e].caseNames.count {
        return ruleset.enumerations[e].caseNames[index]
      }
      return "\(index)"
    case .enumSet, .textList: return value.description
    }
    return Printer.print(ExprSyntax(kind, range: .at(0)))
  }

  /// An `example` block for a case, expecting its actual outcome, indented for a service body.
  ///
  /// - Parameters:
  ///   - name: the example's name.
  ///   - facts: the facts given (every known fact, in schema order).
  ///   - outcome: the evaluation to expect.
  ///   - ruleset: the program.
  /// - Returns: the block's lines, each ending with a line break.
  public static func exampleText(name: String, facts: Facts, outcome: Outcome, ruleset: CheckedRuleset) -> String {
    let given = ruleset.schema.fields.enumerated().compactMap { slot, field -> String? in
      facts[slot].map { "\(field.name) = \(literal($0, in: ruleset, type: field.type))" }
    }
    func amount(_ amount: Amount?) -> AmountSyntax? {
      switch amount {
      case .won(let n)?: return .won(n, .at(0))
      case .undetermined(let reason)?: return .undetermined(Label(reason, range: .at(0)))
      case nil: return nil
      }
    }
    let expectation = ExampleSyntax.Expectation(
      result: Name(outcome.decision.rawValue, range: .at(0)), priority: outcome.priorityNumber, tier: outcome.tierNumber,
      subsidy: amount(outcome.subsidy), copay: amount(outcome.copay))
    return "  example \(Printer.quote(name)) {\n    given { \(given.joined(separator: ", ")) }\n    "
      + Printer.expectation(expectation) + "\n  }\n"
  }

  /// Inserts text before the closing brace of a service block.
  ///
  /// - Parameters:
  ///   - text: the text to insert (whole lines).
  ///   - id: the service's id.
  ///   - file: the file declaring it.
  /// - Returns: the new file text, or `nil` when the file declares no such service or its block is not closed.
  public static func insert(_ text: String, intoService id: String, of file: SourceFile) -> String? {
    let syntax = Parser.parse(file).syntax
    for declaration in syntax.declarations {
      guard case .service(let service) = declaration, service.id.text == id else { continue }
      var brace = min(service.range.end, file.bytes.count) - 1
      while brace >= service.range.start, file.bytes[brace] != UInt8(ascii: "}") { brace -= 1 }
      guard brace > service.range.start else { return nil }
      var lineStart = brace
      while lineStart > 0, file.bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
      let onlySpaces = file.bytes[lineStart..<brace].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      let at = onlySpaces ? lineStart : brace
      let prefix = String(decoding: file.bytes[..<at], as: UTF8.self)
      let suffix = String(decoding: file.bytes[at...], as: UTF8.self)
      return prefix + (onlySpaces ? "" : "\n") + text + suffix
    }
    return nil
  }
}

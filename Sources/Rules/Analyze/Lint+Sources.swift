extension Lint {
  /// `missing-source`: numbers written with no `source` that says where they come from.
  ///
  /// A number is a money, percentage, decimal, integer, date or duration literal. It needs a `source` on the
  /// rule it is written in or on an enclosing clause or group:
  /// - a criterion: itself, its enclosing `all`/`any` groups, or the `eligible` clause;
  /// - a `priority`/`tier` row (its condition, subsidy and copay): the row or the list clause;
  /// - `price`, `support`, `reassess N times`, `suspend`: the clause;
  /// - a table version's rows: the version or the table;
  /// - a `let`: the `let`.
  /// The service's own `source` line does not count (it names the whole section, not the number), nor do
  /// `effective` periods (a reading, usually carried by a `choice`) and examples (test data). The finding points
  /// at the first number of the rule. A `waive missing-source because "…"` on the rule or an enclosing clause or
  /// group lowers it to a note; one that silences nothing is an `unused-waiver`.
  ///
  /// - Parameter files: the parsed files.
  /// - Returns: the findings in source order.
  public static func missingSources(in files: [RulesetSyntax]) -> [Diagnostic] {
    var walker = SourceWalker()
    for syntax in files {
      walker.file = syntax.file
      for declaration in syntax.declarations {
        switch declaration {
        case .table(let table):
          for version in table.versions {
            let numbers = version.rows.flatMap { Lint.numbers(in: $0.key) + Lint.numbers(in: $0.value) }
            walker.check(numbers, scopes: [table.annotations, version.annotations])
          }
        case .binding(let binding):
          walker.check(numbers(in: binding.value), scopes: [binding.annotations])
        case .service(let service):
          walker.walk(service)
        case .schema, .enumeration, .set:
          break
        }
      }
    }
    return walker.diagnostics
  }

  /// The ranges of the number literals in an expression, in source order.
  static func numbers(in expression: ExprSyntax) -> [SourceRange] {
    switch expression.kind {
    case .integer, .decimal, .percent, .money, .date, .duration: return [expression.range]
    case .name, .string, .boolean, .undetermined, .missing: return []
    case .enumSet(let items), .textList(let items): return items.flatMap(numbers(in:))
    case .unary(_, let inner), .parenthesized(let inner): return numbers(in: inner)
    case .binary(_, let left, let right), .membership(let left, _, let right), .index(let left, let right):
      return numbers(in: left) + numbers(in: right)
    case .comparison(let first, let links): return numbers(in: first) + links.flatMap { numbers(in: $0.operand) }
    case .call(_, let arguments): return arguments.flatMap(numbers(in:))
    }
  }

  /// Walks a service's rules with the annotations in scope.
  private struct SourceWalker {
    var file = SourceFile(path: "", text: "")
    var diagnostics: [Diagnostic] = []

    /// Reports the first of `numbers` unless a scope has a source; judges `missing-source` waivers in the scopes.
    mutating func check(_ numbers: [SourceRange], scopes: [Annotations]) {
      let waivers = scopes.flatMap(\.waivers).filter { $0.code.text == "missing-source" }
      guard let first = numbers.first, !scopes.contains(where: { !$0.sources.isEmpty }) else {
        // Only the innermost scope's waivers are judged here; a waiver on an enclosing clause is judged there.
        for waiver in scopes.last?.waivers ?? [] where waiver.code.text == "missing-source" {
          diagnostics.append(Diagnostic(.unusedWaiver("missing-source"), in: file, at: waiver.code.range))
        }
        return
      }
      let text = String(decoding: file.bytes[first.start..<first.end], as: UTF8.self)
      diagnostics.append(Lint.finding(.missingSource("`\(text)`"), in: file, at: first, waivers: waivers))
    }

    mutating func walk(_ service: ServiceSyntax) {
      for clause in service.clauses {
        let scope = clause.annotations
        switch clause.kind {
        case .price(.won(_, let range), _): check([range], scopes: [scope])
        case .support(_, let range), .reassess(_, let range):
          // `reassess none` is no number.
          let isNumber = range.start < file.bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(file.bytes[range.start])
          check(isNumber ? [range] : [], scopes: [scope])
        case .suspend(_, let condition): check(Lint.numbers(in: condition), scopes: [scope])
        case .eligible(let criterion): walk(criterion, scopes: [scope])
        case .priority(let list), .tier(let list):
          for row in list.rows {
            var numbers = Lint.numbers(in: row.condition)
            for amount in [row.subsidy, row.copay] { if case .won(_, let range)? = amount { numbers.append(range) } }
            check(numbers, scopes: [scope, list.annotations, row.annotations])
          }
        case .price(.undetermined, _), .region, .annotation, .effective, .budget, .rank, .example: break
        }
      }
    }

    mutating func walk(_ criterion: CriterionSyntax, scopes: [Annotations]) {
      let inner = scopes + [criterion.annotations]
      switch criterion.kind {
      case .test(let expression): check(Lint.numbers(in: expression), scopes: inner)
      case .all(let children), .any(let children):
        for waiver in criterion.annotations.waivers where waiver.code.text == "missing-source" {
          if !children.contains(where: { Self.needsSource($0, inherited: inner) }) {
            diagnostics.append(Diagnostic(.unusedWaiver("missing-source"), in: file, at: waiver.code.range))
          }
        }
        for child in children { walk(child, scopes: inner) }
      }
    }

    /// Whether a criterion holds a number with no source in scope (the case a group's waiver silences).
    static func needsSource(_ criterion: CriterionSyntax, inherited: [Annotations]) -> Bool {
      let scopes = inherited + [criterion.annotations]
      if scopes.contains(where: { !$0.sources.isEmpty }) { return false }
      switch criterion.kind {
      case .test(let expression): return !Lint.numbers(in: expression).isEmpty
      case .all(let children), .any(let children): return children.contains { needsSource($0, inherited: scopes) }
      }
    }
  }
}

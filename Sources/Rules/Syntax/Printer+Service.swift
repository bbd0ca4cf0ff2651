extension Printer.Output {
  /// Prints `service ID "title" { clause… }`.
  mutating func service(_ service: ServiceSyntax) {
    block(0, "service \(service.id.text) \(Printer.quote(service.title))") { out in
      for clause in service.clauses { out.clause(clause) }
    }
  }

  /// Prints one clause at depth 1, its annotations after it on the same line (after `}` for a block clause).
  private mutating func clause(_ clause: ServiceClause) {
    let after = Printer.trailing(clause.annotations)
    switch clause.kind {
    case .region(let label):
      line(1, "region \(Printer.quote(label))" + after)
    case .annotation:
      let words = Printer.annotationWords(clause.annotations)
      if !words.isEmpty { line(1, words.joined(separator: " ")) }
    case .effective(let from, let to, _):
      line(1, "effective \(Printer.period(from: from, to: to))" + after)
    case .price(let amount, let unit):
      line(1, "price \(Printer.price(amount, unit))" + after)
    case .budget(let unit):
      line(1, "budget \(unit.rawValue)" + after)
    case .support(let duration, _):
      line(1, "support \(duration)" + after)
    case .reassess(let times, _):
      line(1, (times == 0 ? "reassess none" : "reassess \(times) times") + after)
    case .suspend(let label, let condition):
      line(1, "suspend \(Printer.quote(label)): \(Printer.print(condition))" + after)
    case .eligible(let criterion):
      self.criterion(criterion, depth: 1, keyword: "eligible ", trailer: after)
    case .priority(let list):
      decisionList("priority", list, clauseAnnotations: clause.annotations)
    case .tier(let list):
      decisionList("tier", list, clauseAnnotations: clause.annotations)
    case .rank(let keys):
      line(1, "rank by " + keys.map(Printer.rankKey).joined(separator: ", ") + after)
    case .example(let example):
      self.example(example, trailer: after)
    }
  }

  /// Prints a criterion: a leaf `"label": expr` or a group `all "label" { … }`, after `keyword` (`eligible `).
  private mutating func criterion(
    _ criterion: CriterionSyntax, depth: Int, keyword: String = "", trailer: String = ""
  ) {
    let label = criterion.label.map { " " + Printer.quote($0) } ?? ""
    switch criterion.kind {
    case .test(let test):
      line(
        depth,
        keyword + Printer.quote(criterion.label?.text ?? "") + ": " + Printer.print(test)
          + Printer.trailing(criterion.annotations) + trailer)
    case .all(let children), .any(let children):
      let word: String
      if case .all = criterion.kind { word = "all" } else { word = "any" }
      block(depth, keyword + word + label + Printer.leading(criterion.annotations), trailer: trailer) { out in
        for child in children { out.criterion(child, depth: 1) }
      }
    }
  }

  /// Prints `priority first { … }` or `tier first { … }`; the list's and the clause's annotations go after `}`.
  private mutating func decisionList(_ keyword: String, _ list: DecisionListSyntax, clauseAnnotations: Annotations) {
    let words = Printer.annotationWords(list.annotations) + Printer.annotationWords(clauseAnnotations)
    let after = words.isEmpty ? "" : "  " + words.joined(separator: " ")
    block(1, "\(keyword) first", trailer: after) { out in
      for row in list.rows {
        var text = "\(row.number) \(Printer.quote(row.label)): \(Printer.print(row.condition))"
        if row.subsidy != nil || row.copay != nil {
          text += " ->"
          if let subsidy = row.subsidy { text += " subsidy \(Printer.amount(subsidy))" }
          if let copay = row.copay { text += " copay \(Printer.amount(copay))" }
        }
        out.line(1, text + Printer.trailing(row.annotations))
      }
    }
  }

  /// Prints `example "name" { given { … } expect … }` over three lines.
  private mutating func example(_ example: ExampleSyntax, trailer: String) {
    block(1, "example \(Printer.quote(example.name))", trailer: trailer) { out in
      let facts = example.given.map { "\($0.field.text) = \(Printer.print($0.value))" }
      out.line(1, facts.isEmpty ? "given {}" : "given { " + facts.joined(separator: ", ") + " }")
      out.line(1, Printer.expectation(example.expected))
    }
  }
}

extension Printer {
  /// `500_000원 unstated`, `500_000원 per month`, `undetermined "…"` (the unit only when stated).
  static func price(_ amount: AmountSyntax, _ unit: PriceUnit) -> String {
    switch (amount, unit) {
    case (.undetermined, .unstated): return Printer.amount(amount)
    default: return "\(Printer.amount(amount)) \(unit.rawValue)"
    }
  }

  /// `25_000원` or `undetermined "…"`.
  static func amount(_ amount: AmountSyntax) -> String {
    switch amount {
    case .won(let value, _): return Literals.money(value)
    case .undetermined(let reason): return "undetermined \(quote(reason))"
    }
  }

  /// `income_pct`, `income_pct ascending` (when written) or `id descending`.
  static func rankKey(_ key: RankKeySyntax) -> String {
    if key.descending { return "\(key.name.text) descending" }
    return key.explicitDirection ? "\(key.name.text) ascending" : key.name.text
  }

  /// `expect eligible priority 1 tier 2 subsidy 450_000원 copay 50_000원`.
  static func expectation(_ expected: ExampleSyntax.Expectation) -> String {
    var text = "expect \(expected.result.text)"
    if let priority = expected.priority { text += " priority \(priority)" }
    if let tier = expected.tier { text += " tier \(tier)" }
    if let subsidy = expected.subsidy { text += " subsidy \(amount(subsidy))" }
    if let copay = expected.copay { text += " copay \(amount(copay))" }
    return text
  }
}

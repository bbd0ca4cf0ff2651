extension Parser {
  /// `service ID "title" { clause* }`.
  mutating func parseService() -> ServiceSyntax? {
    let start = current.range.start
    advance()
    guard let id = expectDashedName(), let title = expectString() else {
      synchronizeToDeclaration()
      return nil
    }
    var clauses: [ServiceClause] = []
    block(.clause) { parser in
      if let clause = parser.parseClause() { clauses.append(clause) }
    }
    return ServiceSyntax(id: id, title: title, clauses: clauses, range: SourceRange(start: start, end: previousEnd))
  }

  /// One service clause and the annotations after it.
  mutating func parseClause() -> ServiceClause? {
    let start = current.range.start
    guard let word = currentIdentifier, Parser.clauseKeywords.contains(word) else {
      reportExpected(.clause)
      synchronize(clauses: true)
      return nil
    }
    let kind: ServiceClause.Kind?
    if Parser.annotationKeywords.contains(word) {
      kind = .annotation
    } else {
      advance()
      kind = parseClauseBody(word)
    }
    let annotations = parseAnnotations()
    guard let kind else {
      synchronize(clauses: true)
      return nil
    }
    return ServiceClause(kind, annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }

  private mutating func parseClauseBody(_ word: String) -> ServiceClause.Kind? {
    switch word {
    case "region":
      return expectString().map { .region($0) }
    case "effective":
      return parsePeriod().map { .effective(from: $0.from, to: $0.to, $0.range) }
    case "price":
      guard let amount = parseAmount() else { return nil }
      if eatKeyword("per") {
        if eatKeyword("month") { return .price(amount, .perMonth) }
        if eatKeyword("period") { return .price(amount, .perPeriod) }
        reportExpected(.oneOf(["month", "period"]))
        return nil
      }
      if eatKeyword("unstated") { return .price(amount, .unstated) }
      if case .undetermined = amount { return .price(amount, .unstated) }
      reportExpected(.oneOf(["per month", "per period", "unstated"]))
      return nil
    case "budget":
      guard expectKeyword("per") else { return nil }
      if eatKeyword("month") { return .budget(.perMonth) }
      if eatKeyword("period") { return .budget(.perPeriod) }
      reportExpected(.oneOf(["month", "period"]))
      return nil
    case "support":
      let start = current.range.start
      guard let (amount, _) = expectInteger(), let unit = parseUnit() else { return nil }
      return .support(CalendarDuration(amount, unit), SourceRange(start: start, end: previousEnd))
    case "reassess":
      let start = current.range.start
      if eatKeyword("none") { return .reassess(0, SourceRange(start: start, end: previousEnd)) }
      guard let (count, _) = expectInteger(), expectKeyword("times") else { return nil }
      return .reassess(Int(clamping: count), SourceRange(start: start, end: previousEnd))
    case "suspend":
      guard let label = expectString(), expect(.colon) else { return nil }
      return .suspend(label, parseExpression())
    case "eligible":
      guard atKeyword("all") || atKeyword("any") else {
        reportExpected(.oneOf(["all", "any"]))
        return nil
      }
      return parseCriterion().map { .eligible($0) }
    case "priority", "tier":
      guard let list = parseDecisionList(tiers: word == "tier") else { return nil }
      return word == "tier" ? .tier(list) : .priority(list)
    case "rank":
      return parseRankKeys().map { .rank($0) }
    default:
      return parseExample().map { .example($0) }
    }
  }

  /// `days`, `months`, `years` (or singular).
  mutating func parseUnit() -> CalendarDuration.Unit? {
    guard let word = currentIdentifier else {
      reportExpected(.unit)
      return nil
    }
    let unit: CalendarDuration.Unit?
    switch word {
    case "day", "days": unit = .days
    case "month", "months": unit = .months
    case "year", "years": unit = .years
    default: unit = nil
    }
    guard let unit else {
      report(.unknownUnit(word), at: current.range, notes: [Note(.help, .expectedOneOf(["`days`", "`months`", "`years`"]))])
      return nil
    }
    advance()
    return unit
  }

  /// `25_000원`, `25_000 won` or `undetermined "사유"`.
  mutating func parseAmount() -> AmountSyntax? {
    if eatKeyword("undetermined") {
      return expectString().map { .undetermined($0) }
    }
    let start = current.range.start
    guard case .integer(let value) = current.kind else {
      reportExpected(.amount)
      return nil
    }
    advance()
    guard eatWon() else {
      reportExpected(.oneOf(["원", "won"]), fixIt: FixIt(range: .at(previousEnd), replacement: "원"))
      return nil
    }
    return .won(value, SourceRange(start: start, end: previousEnd))
  }

  /// `all "label"? { criterion* }`, `any "label"? { … }` or `"label": expr`, with annotations.
  mutating func parseCriterion() -> CriterionSyntax? {
    let start = current.range.start
    if let word = currentIdentifier, word == "all" || word == "any" {
      advance()
      var label: Label?
      if case .string(let text) = current.kind, !{ if case .punctuation(.colon) = peek(1).kind { return true }; return false }() {
        label = Label(text, range: current.range)
        advance()
      }
      let leading = parseAnnotations()
      var children: [CriterionSyntax] = []
      guard enter() else {
        leave()
        synchronize(clauses: true)
        return nil
      }
      block(.criterion) { parser in
        if let child = parser.parseCriterion() { children.append(child) }
      }
      leave()
      var annotations = parseAnnotations()
      annotations.merge(leading)
      return CriterionSyntax(
        label: label, kind: word == "all" ? .all(children) : .any(children), annotations: annotations,
        range: SourceRange(start: start, end: previousEnd))
    }
    guard case .string(let text) = current.kind else {
      reportExpected(.criterion)
      synchronize(clauses: false, stopAtLabel: true)
      return nil
    }
    let label = Label(text, range: current.range)
    advance()
    guard expectColonBeforeTest() else {
      synchronize(clauses: false, stopAtLabel: true)
      return nil
    }
    let test = parseExpression()
    let annotations = parseAnnotations()
    return CriterionSyntax(
      label: label, kind: .test(test), annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }

  /// `first { N "label": expr (-> subsidy A copay A)? annotations … }` with annotations after.
  mutating func parseDecisionList(tiers: Bool) -> DecisionListSyntax? {
    let start = current.range.start
    guard expectKeyword("first") else { return nil }
    var rows: [DecisionRowSyntax] = []
    block(.integer) { parser in
      if let row = parser.parseDecisionRow(tier: tiers) { rows.append(row) }
    }
    return DecisionListSyntax(rows: rows, annotations: Annotations(), range: SourceRange(start: start, end: previousEnd))
  }

  private mutating func parseDecisionRow(tier: Bool) -> DecisionRowSyntax? {
    let start = current.range.start
    guard let (number, numberRange) = expectInteger(), let label = expectString(), expectColonBeforeTest() else {
      synchronize(clauses: false, stopAtLabel: true)
      if case .string = current.kind { advance() }
      return nil
    }
    let condition = parseExpression()
    var subsidy: AmountSyntax?
    var copay: AmountSyntax?
    if tier || at(.arrow) {
      if expect(.arrow), expectKeyword("subsidy"), let s = parseAmount(), expectKeyword("copay"), let c = parseAmount() {
        subsidy = s
        copay = c
      } else {
        synchronize(clauses: false, stopAtLabel: true)
      }
    }
    let annotations = parseAnnotations()
    return DecisionRowSyntax(
      number: Int(clamping: number), numberRange: numberRange, label: label, condition: condition, subsidy: subsidy,
      copay: copay, annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }

  /// `by key (ascending|descending)?, …`.
  mutating func parseRankKeys() -> [RankKeySyntax]? {
    guard expectKeyword("by") else { return nil }
    var keys: [RankKeySyntax] = []
    repeat {
      guard let name = expectName() else { return keys.isEmpty ? nil : keys }
      if eatKeyword("descending") {
        keys.append(RankKeySyntax(name: name, descending: true, explicitDirection: true))
      } else {
        let explicit = eatKeyword("ascending")
        keys.append(RankKeySyntax(name: name, descending: false, explicitDirection: explicit))
      }
    } while eat(.comma)
    return keys
  }

  /// `"name" { given { field = value, … } expect RESULT (priority N)? (tier N)? (subsidy A)? (copay A)? }`.
  mutating func parseExample() -> ExampleSyntax? {
    let start = current.range.start
    guard let name = expectString() else { return nil }
    var facts: [ExampleSyntax.Fact] = []
    var expectation: ExampleSyntax.Expectation?
    block(.oneOf(["given", "expect"])) { parser in
      if parser.eatKeyword("given") {
        parser.block(.name) { parser in
          guard let field = parser.expectName() else {
            parser.synchronize(clauses: false)
            return
          }
          guard parser.expect(.assign) else {
            parser.synchronize(clauses: false)
            return
          }
          facts.append(ExampleSyntax.Fact(field: field, value: parser.parseExpression()))
          if !parser.at(.rightBrace) { parser.expect(.comma) }
        }
      } else if parser.eatKeyword("expect") {
        expectation = parser.parseExpectation()
      }
    }
    guard let expectation else {
      report(.expected(.token("expect"), found: .token("}")), at: SourceRange(start: start, end: previousEnd))
      return nil
    }
    return ExampleSyntax(name: name, given: facts, expected: expectation, range: SourceRange(start: start, end: previousEnd))
  }

  private mutating func parseExpectation() -> ExampleSyntax.Expectation? {
    guard let result = expectName() else { return nil }
    var expectation = ExampleSyntax.Expectation(result: result)
    while let word = currentIdentifier {
      switch word {
      case "priority":
        advance()
        expectation.priority = expectInteger().map { Int(clamping: $0.0) }
      case "tier":
        advance()
        expectation.tier = expectInteger().map { Int(clamping: $0.0) }
      case "subsidy":
        advance()
        expectation.subsidy = parseAmount()
      case "copay":
        advance()
        expectation.copay = parseAmount()
      default:
        reportExpected(.oneOf(["priority", "tier", "subsidy", "copay", "}"]))
        advance()
      }
    }
    return expectation
  }
}

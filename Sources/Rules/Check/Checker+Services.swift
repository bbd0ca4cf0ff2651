extension Checker {
  /// Checks a service block: clauses once each, criteria, decision lists, rank keys and examples.
  mutating func checkService(_ syntax: ServiceSyntax) -> CheckedService? {
    var annotations = CheckedAnnotations()
    var region: String?
    var effective: (CivilDate, CivilDate?)?
    var effectiveAnnotations = CheckedAnnotations()
    var price: (Amount, PriceUnit, CheckedAnnotations)?
    var support: CalendarDuration?
    var budgetUnit: PriceUnit?
    var budgetAnnotations = CheckedAnnotations()
    var reassess: Int?
    var suspensions: [Suspension] = []
    var eligibility: CheckedCriterion?
    var priority: DecisionList?
    var tiers: DecisionList?
    var rankKeys: [RankKey] = []
    var rankAnnotations = CheckedAnnotations()
    var exampleSyntax: [ExampleSyntax] = []
    var seen: [String: SourceRange] = [:]
    var failed = false

    func keyword(_ kind: ServiceClause.Kind) -> String? {
      switch kind {
      case .region: return "region"
      case .effective: return "effective"
      case .price: return "price"
      case .budget: return "budget"
      case .support: return "support"
      case .reassess: return "reassess"
      case .eligible: return "eligible"
      case .priority: return "priority"
      case .tier: return "tier"
      case .rank: return "rank"
      case .annotation, .suspend, .example: return nil
      }
    }

    for clause in syntax.clauses {
      if let word = keyword(clause.kind) {
        if seen[word] != nil {
          report(.duplicateClause(word), clause.range)
          continue
        }
        seen[word] = clause.range
      }
      let clauseAnnotations = CheckedAnnotations(clause.annotations)
      validateWaivers(clause.annotations)
      switch clause.kind {
      case .annotation:
        annotations.merge(clauseAnnotations)
      case .region(let label):
        region = label.text
        annotations.merge(clauseAnnotations)
      case .effective(let from, let to, let range):
        if let to, to < from { report(.invalidPeriod("\(from) .. \(to)"), range) }
        effective = (from, to)
        effectiveAnnotations = clauseAnnotations
      case .price(let amount, let unit):
        price = (Checker.amount(amount), unit, clauseAnnotations)
      case .budget(let unit):
        budgetUnit = unit
        budgetAnnotations = clauseAnnotations
      case .support(let duration, _):
        support = duration
      case .reassess(let count, _):
        reassess = count
      case .suspend(let label, let condition):
        if let checked = checkTyped(condition, .bool) {
          suspensions.append(Suspension(label: label.text, condition: checked, annotations: clauseAnnotations))
        } else {
          failed = true
        }
      case .eligible(let criterion):
        eligibility = checkCriterion(criterion)
        if eligibility == nil { failed = true }
      case .priority(let list):
        priority = checkDecisionList(list, annotations: clauseAnnotations, tiers: false)
      case .tier(let list):
        tiers = checkDecisionList(list, annotations: clauseAnnotations, tiers: true)
      case .rank(let keys):
        rankKeys = keys.compactMap { checkRankKey($0) }
        rankAnnotations = clauseAnnotations
      case .example(let example):
        exampleSyntax.append(example)
      }
    }
    var mismatchedRows: Set<Int> = []
    if let tiers, let (amount, _, _) = price, case .won(let priceWon) = amount {
      mismatchedRows = checkPrices(tiers, price: priceWon)
    }
    checkWaiverPlacement(syntax, mismatchedRows: mismatchedRows)
    guard let eligibility else {
      if !failed { report(.missingEligibility(syntax.id.text), syntax.id.range) }
      return nil
    }
    let examples = exampleSyntax.compactMap { checkExample($0) }
    return CheckedService(
      id: syntax.id.text, title: syntax.title.text, region: region, file: file, range: syntax.range,
      annotations: annotations, effectiveFrom: effective?.0, effectiveTo: effective?.1,
      effectiveAnnotations: effectiveAnnotations, price: price?.0, priceUnit: price?.1,
      priceAnnotations: price?.2 ?? CheckedAnnotations(),
      budgetUnit: budgetUnit ?? (price?.1 == .unstated ? nil : price?.1), budgetAnnotations: budgetAnnotations,
      support: support, reassessments: reassess,
      suspensions: suspensions, eligibility: eligibility, priority: priority, tiers: tiers, rankKeys: rankKeys,
      rankAnnotations: rankAnnotations, examples: examples)
  }

  static func amount(_ syntax: AmountSyntax) -> Amount {
    switch syntax {
    case .won(let value, _): return .won(value)
    case .undetermined(let reason): return .undetermined(reason.text)
    }
  }

  /// Reports waivers that name no diagnostic code.
  mutating func validateWaivers(_ annotations: Annotations) {
    for waiver in annotations.waivers where !DiagnosticCode.allNames.contains(waiver.code.text) {
      let suggestion = Suggestion.closest(to: waiver.code.text, among: DiagnosticCode.allNames)
      report(
        .unknownDiagnosticCode(waiver.code.text), waiver.code.range,
        notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [])
    }
  }

  /// A tier whose subsidy and copay do not add up to the price is a warning, unless a waiver on the row says why.
  @discardableResult
  mutating func checkPrices(_ tiers: DecisionList, price: Int64) -> Set<Int> {
    var mismatched: Set<Int> = []
    for row in tiers.rows {
      guard let subsidy = row.subsidy?.won, let copay = row.copay?.won else { continue }
      let (sum, overflow) = subsidy.addingReportingOverflow(copay)
      guard overflow || sum != price else { continue }
      mismatched.insert(row.number)
      let code = DiagnosticCode.priceMismatch(row: row.number, subsidy: subsidy, copay: copay, price: price)
      let range = row.amountRange ?? row.range
      if let waiver = row.annotations.waivers.first(where: { $0.code == code.name }) {
        diagnostics.append(Diagnostic(code, in: file, at: range, notes: [Note(.note, .waived(waiver.reason))], severity: .note))
      } else {
        report(code, range)
      }
    }
    return mismatched
  }

  /// A waiver silences one finding at one place: one that names a finding its place cannot have is reported as
  /// unused. Gap and unreachable-row waivers on decision lists are judged by the analyzer; `missing-source`,
  /// `choice-without-quote` and `table-not-in-force` by lint (``Lint``).
  mutating func checkWaiverPlacement(_ syntax: ServiceSyntax, mismatchedRows: Set<Int>) {
    let deferred: Set<String> = ["missing-source", "choice-without-quote", "table-not-in-force"]
    func judge(_ waivers: [WaiverSyntax], allowed: Set<String>, used: (String) -> Bool = { _ in true }) {
      for waiver in waivers where DiagnosticCode.allNames.contains(waiver.code.text) {
        let code = waiver.code.text
        if deferred.contains(code) { continue }
        if !allowed.contains(code) || !used(code) { report(.unusedWaiver(code), waiver.code.range) }
      }
    }
    func walk(_ criterion: CriterionSyntax) {
      judge(criterion.annotations.waivers, allowed: [])
      switch criterion.kind {
      case .test: break
      case .all(let children), .any(let children): children.forEach(walk)
      }
    }
    for clause in syntax.clauses {
      switch clause.kind {
      case .priority(let list), .tier(let list):
        let isTier: Bool
        if case .tier = clause.kind { isTier = true } else { isTier = false }
        judge(clause.annotations.waivers, allowed: ["decision-gap", "unreachable-row"])
        for row in list.rows {
          judge(row.annotations.waivers, allowed: isTier ? ["price-mismatch", "unreachable-row"] : ["unreachable-row"]) {
            $0 != "price-mismatch" || mismatchedRows.contains(row.number)
          }
        }
      case .eligible(let criterion):
        judge(clause.annotations.waivers, allowed: [])
        walk(criterion)
      default:
        judge(clause.annotations.waivers, allowed: [])
      }
    }
  }

  /// Checks a criterion tree; a leaf must be boolean.
  mutating func checkCriterion(_ syntax: CriterionSyntax) -> CheckedCriterion? {
    validateWaivers(syntax.annotations)
    let kind: CheckedCriterion.Kind
    switch syntax.kind {
    case .test(let expression):
      guard let checked = checkTyped(expression, .bool) else { return nil }
      kind = .test(checked)
    case .all(let children), .any(let children):
      let checked = children.map { checkCriterion($0) }
      guard checked.allSatisfy({ $0 != nil }) else { return nil }
      let list = checked.compactMap { $0 }
      if case .all = syntax.kind { kind = .all(list) } else { kind = .any(list) }
    }
    return CheckedCriterion(label: syntax.label?.text, kind: kind, annotations: CheckedAnnotations(syntax.annotations), range: syntax.range)
  }

  /// Checks a decision list: boolean conditions, distinct row numbers.
  mutating func checkDecisionList(_ syntax: DecisionListSyntax, annotations: CheckedAnnotations, tiers: Bool) -> DecisionList? {
    var rows: [DecisionRow] = []
    var numbers: [Int: SourceRange] = [:]
    var failed = false
    for row in syntax.rows {
      validateWaivers(row.annotations)
      if let first = numbers[row.number] {
        report(.duplicateRow(row.number), row.numberRange, notes: [Note(.note, .firstRow(row.number), range: first)])
        failed = true
        continue
      }
      numbers[row.number] = row.numberRange
      guard let condition = checkTyped(row.condition, .bool) else {
        failed = true
        continue
      }
      var amountRange: SourceRange?
      if case .won(_, let first)? = row.subsidy, case .won(_, let last)? = row.copay { amountRange = first.union(last) }
      rows.append(DecisionRow(
        number: row.number, label: row.label.text, condition: condition, subsidy: row.subsidy.map(Checker.amount),
        copay: row.copay.map(Checker.amount), annotations: CheckedAnnotations(row.annotations), range: row.range,
        amountRange: amountRange))
    }
    return failed ? nil : DecisionList(rows: rows, annotations: annotations, range: syntax.range)
  }

  /// A rank key: `priority`, a field or a let.
  mutating func checkRankKey(_ key: RankKeySyntax) -> RankKey? {
    if key.name.text == "priority" { return RankKey(source: .priority, name: "priority", descending: key.descending) }
    switch symbols[key.name.text] {
    case .field(let slot):
      return RankKey(source: .field(slot), name: key.name.text, descending: key.descending)
    case .derived, .pendingLet:
      used.insert(key.name.text)
      guard let index = resolveLet(key.name.text) else { return nil }
      return RankKey(source: .derived(index), name: key.name.text, descending: key.descending)
    default:
      let suggestion = Suggestion.closest(to: key.name.text, among: schema.fields.map(\.name) + derived.map(\.name) + ["priority"])
      report(.invalidRankKey(key.name.text), key.name.range, notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [])
      return nil
    }
  }

  /// An example: literal facts of the fields' types and an expected outcome.
  mutating func checkExample(_ syntax: ExampleSyntax) -> CheckedExample? {
    var facts = Facts(count: schema.fields.count)
    for fact in syntax.given {
      guard case .field(let slot) = symbols[fact.field.text] else {
        let suggestion = Suggestion.closest(to: fact.field.text, among: schema.fields.map(\.name))
        report(.unknownName(fact.field.text), fact.field.range, notes: suggestion.map { [Note(.help, .didYouMean($0))] } ?? [])
        continue
      }
      if let value = literalValue(fact.value, as: schema.fields[slot].type) { facts[slot] = value }
    }
    guard let result = Decision(rawValue: syntax.expected.result.text) else {
      report(.expected(.oneOf(Decision.allCases.map(\.rawValue)), found: .token(syntax.expected.result.text)), syntax.expected.result.range)
      return nil
    }
    return CheckedExample(
      name: syntax.name.text, facts: facts, result: result, priority: syntax.expected.priority, tier: syntax.expected.tier,
      subsidy: syntax.expected.subsidy.map(Checker.amount), copay: syntax.expected.copay.map(Checker.amount),
      range: syntax.range)
  }
}

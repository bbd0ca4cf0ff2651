import Rules

extension ReportRenderer {
  /// The report as a JSON value, keys in the documented order (`docs/check-json.md`).
  ///
  /// - Parameters:
  ///   - report: the report.
  ///   - language: the language of the text values.
  /// - Returns: the document's value.
  public static func jsonValue(_ report: ScreeningReport, language: Language = .korean) -> JSONValue {
    .object([
      "screen_version": .string(report.screenVersion),
      "as_of": .string(orNull: report.referenceDate.date?.description),
      "as_of_source": .string(report.referenceDate.source.rawValue),
      "applicant_id": .string(orNull: report.applicantID),
      "ruleset_files": .array(report.rulesetFiles.map { .object(["path": .string($0.path), "sha256": .string($0.sha256)]) }),
      "warnings": .array(report.warnings.map { .object(["code": .string($0.code), "message": .string($0.message(in: language))]) }),
      "summary": .object([
        "eligible": .integer(report.count(.eligible)), "ineligible": .integer(report.count(.ineligible)),
        "undetermined": .integer(report.count(.undetermined)),
      ]),
      "services": .array(report.services.map { serviceJSON($0, language) }),
    ])
  }

  static func serviceJSON(_ service: ServiceReport, _ language: Language) -> JSONValue {
    var period: JSONValue = .null
    if let support = service.support {
      period = .object([
        "amount": .integer(support.amount), "unit": .string(support.unit.rawValue),
        "text": .string(Format.duration(support, language)),
      ])
    }
    var price: JSONValue = .null
    if let amount = service.price { price = priceJSON(amount, service.priceUnit, language) }
    var priority: JSONValue = .null
    if let row = service.priority { priority = .object(["number": .integer(row.number), "label": .string(row.label)]) }
    var tier: JSONValue = .null
    var subsidy: JSONValue = .null
    var copay: JSONValue = .null
    if let row = service.tier {
      tier = .object(["number": .integer(row.number), "label": .string(row.label)])
      if let amount = row.subsidy { subsidy = amountJSON(amount, language) }
      if let amount = row.copay { copay = amountJSON(amount, language) }
    }
    let inForce: JSONValue = service.inForce.map(JSONValue.bool) ?? .null
    let askNext: [JSONValue] = service.askNext.map { askJSON($0, language) }
    let choices: [JSONValue] = service.choices.map { .object(["id": .string($0.id), "text": .string($0.text)]) }
    let suspensions: [JSONValue] = service.suspensions.map {
      .object(["label": .string($0.label), "result": .string(Format.truthWord($0.result))])
    }
    let sources: [JSONValue] = service.sources.map(JSONValue.string)
    let eligibility = criterionJSON(service.eligibility, language)
    return .object([
      "id": .string(service.id),
      "title": .string(service.title),
      "region": .string(orNull: service.region),
      "decision": .string(service.decision.rawValue),
      "decision_text": .string(Format.decision(service.decision, language)),
      "in_force": inForce,
      "effective_from": .string(orNull: service.effectiveFrom?.description),
      "effective_to": .string(orNull: service.effectiveTo?.description),
      "price": price,
      "support_period": period,
      "reassessments": .integer(orNull: service.reassessments),
      "priority": priority,
      "tier": tier,
      "subsidy": subsidy,
      "copay": copay,
      "eligibility": eligibility,
      "ask_next": .array(askNext),
      "choices": .array(choices),
      "suspensions": .array(suspensions),
      "sources": .array(sources),
    ])
  }

  static func amountJSON(_ amount: Amount, _ language: Language) -> JSONValue {
    let undetermined: String?
    if case .undetermined(let reason) = amount { undetermined = reason } else { undetermined = nil }
    return .object([
      "won": .integer(orNull: amount.won), "undetermined": .string(orNull: undetermined), "text": .string(ReportRenderer.amount(amount, language)),
    ])
  }

  static func priceJSON(_ price: Amount, _ unit: PriceUnit?, _ language: Language) -> JSONValue {
    let undetermined: String?
    if case .undetermined(let reason) = price { undetermined = reason } else { undetermined = nil }
    return .object([
      "won": .integer(orNull: price.won), "undetermined": .string(orNull: undetermined), "unit": .string(orNull: unit.map(unitWord)),
      "text": .string(ReportRenderer.price(price, unit, language)),
    ])
  }

  static func criterionJSON(_ criterion: CriterionReport, _ language: Language) -> JSONValue {
    .object([
      "label": .string(orNull: criterion.label),
      "kind": .string(criterion.kind.rawValue),
      "result": .string(Format.truthWord(criterion.result)),
      "comparisons": .array(criterion.comparisons.map { comparisonJSON($0, language) }),
      "facts": .array(criterion.facts.map { operandJSON($0, language) }),
      "boundary": criterion.boundary.map { boundaryJSON($0, language) } ?? .null,
      "unknown": .array(criterion.unknown.map { askJSON($0, language) }),
      "sources": .array(criterion.sources.map(JSONValue.string)),
      "children": .array(criterion.children.map { criterionJSON($0, language) }),
    ])
  }

  static func comparisonJSON(_ comparison: ComparisonReport, _ language: Language) -> JSONValue {
    .object([
      "left": operandJSON(comparison.left, language),
      "op": .string(comparison.op.rawValue),
      "op_text": .string(Format.operatorWords(comparison.op, language)),
      "right": operandJSON(comparison.right, language),
      "result": .string(Format.truthWord(comparison.result)),
      "text": .string(comparison.text(in: language)),
    ])
  }

  static func operandJSON(_ operand: Operand, _ language: Language) -> JSONValue {
    let derivation = operand.derivation.map { d -> JSONValue in
      .object(["operation": .string(d.operation), "operands": .array(d.operands.map { operandJSON($0, language) })])
    }
    return .object([
      "kind": .string(operand.kind.rawValue),
      "name": .string(operand.name),
      "label": .string(operand.label),
      "value": operand.value?.json ?? .null,
      "value_text": .string(operand.value?.text(in: language, exact: operand.kind == .constant) ?? Format.unknown(language)),
      "derivation": derivation ?? .null,
    ])
  }

  static func boundaryJSON(_ boundary: BoundaryReport, _ language: Language) -> JSONValue {
    .object([
      "name": .string(boundary.name),
      "label": .string(boundary.label),
      "op": .string(boundary.op.rawValue),
      "value": boundary.value.json,
      "value_text": .string(boundary.value.text(in: language, exact: true)),
      "text": .string(boundary.sentence(in: language)),
    ])
  }

  static func askJSON(_ item: AskItem, _ language: Language) -> JSONValue {
    let name: String?
    switch item {
    case .fact(let field, _): name = field
    case .tableVersion(let table, _, _), .tableRow(let table, _, _): name = table
    case .referenceDate, .arithmetic, .stated: name = nil
    }
    return .object(["kind": .string(item.kind), "name": .string(orNull: name), "text": .string(item.text(in: language))])
  }
}

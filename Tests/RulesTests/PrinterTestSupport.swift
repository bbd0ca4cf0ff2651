@testable import Rules

/// Copies of syntax trees with every source range set to zero, so that trees parsed from different text compare
/// equal when they say the same thing (swift-markdown `checkRoundTrip`).
enum RangeEraser {
  static let zero = SourceRange.at(0)

  static func erase(_ syntax: RulesetSyntax) -> [Declaration] { syntax.declarations.map(erase) }

  static func erase(_ declaration: Declaration) -> Declaration {
    switch declaration {
    case .schema(var schema):
      schema.name = erase(schema.name)
      schema.label = erase(schema.label)
      schema.fields = schema.fields.map { field in
        var field = field
        field.name = erase(field.name)
        field.type = erase(field.type)
        field.label = erase(field.label)
        field.aliases = field.aliases.map(erase)
        field.annotations = erase(field.annotations)
        field.range = zero
        return field
      }
      schema.range = zero
      return .schema(schema)
    case .enumeration(var enumeration):
      enumeration.name = erase(enumeration.name)
      enumeration.label = erase(enumeration.label)
      enumeration.cases = enumeration.cases.map { EnumSyntax.Case(name: erase($0.name), label: erase($0.label)) }
      enumeration.annotations = erase(enumeration.annotations)
      enumeration.range = zero
      return .enumeration(enumeration)
    case .set(var set):
      set.name = erase(set.name)
      set.label = erase(set.label)
      set.enumeration = erase(set.enumeration)
      set.members = set.members.map(erase)
      set.annotations = erase(set.annotations)
      set.range = zero
      return .set(set)
    case .table(var table):
      table.name = erase(table.name)
      table.label = erase(table.label)
      table.keyName = erase(table.keyName)
      table.keyType = erase(table.keyType)
      table.valueType = erase(table.valueType)
      table.annotations = erase(table.annotations)
      table.versions = table.versions.map { version in
        var version = version
        version.name = erase(version.name)
        version.periodRange = zero
        version.annotations = erase(version.annotations)
        version.rows = version.rows.map { TableVersionSyntax.Row(key: erase($0.key), value: erase($0.value)) }
        version.range = zero
        return version
      }
      table.range = zero
      return .table(table)
    case .binding(var binding):
      binding.name = erase(binding.name)
      binding.label = erase(binding.label)
      binding.value = erase(binding.value)
      binding.annotations = erase(binding.annotations)
      binding.range = zero
      return .binding(binding)
    case .service(var service):
      service.id = erase(service.id)
      service.title = erase(service.title)
      service.clauses = service.clauses.map(erase)
      service.range = zero
      return .service(service)
    }
  }

  static func erase(_ clause: ServiceClause) -> ServiceClause {
    let kind: ServiceClause.Kind
    switch clause.kind {
    case .region(let label): kind = .region(erase(label))
    case .annotation: kind = .annotation
    case .effective(let from, let to, _): kind = .effective(from: from, to: to, zero)
    case .price(let amount, let unit): kind = .price(erase(amount), unit)
    case .budget(let unit): kind = .budget(unit)
    case .support(let duration, _): kind = .support(duration, zero)
    case .reassess(let times, _): kind = .reassess(times, zero)
    case .suspend(let label, let condition): kind = .suspend(erase(label), erase(condition))
    case .eligible(let criterion): kind = .eligible(erase(criterion))
    case .priority(let list): kind = .priority(erase(list))
    case .tier(let list): kind = .tier(erase(list))
    case .rank(let keys):
      kind = .rank(
        keys.map {
          RankKeySyntax(name: erase($0.name), descending: $0.descending, explicitDirection: $0.explicitDirection)
        })
    case .example(let example):
      var expected = example.expected
      expected.result = erase(expected.result)
      expected.subsidy = expected.subsidy.map(erase)
      expected.copay = expected.copay.map(erase)
      kind = .example(
        ExampleSyntax(
          name: erase(example.name),
          given: example.given.map { ExampleSyntax.Fact(field: erase($0.field), value: erase($0.value)) },
          expected: expected, range: zero))
    }
    return ServiceClause(kind, annotations: erase(clause.annotations), range: zero)
  }

  static func erase(_ criterion: CriterionSyntax) -> CriterionSyntax {
    let kind: CriterionSyntax.Kind
    switch criterion.kind {
    case .test(let test): kind = .test(erase(test))
    case .all(let children): kind = .all(children.map(erase))
    case .any(let children): kind = .any(children.map(erase))
    }
    return CriterionSyntax(
      label: criterion.label.map(erase), kind: kind, annotations: erase(criterion.annotations), range: zero)
  }

  static func erase(_ list: DecisionListSyntax) -> DecisionListSyntax {
    let rows = list.rows.map { row in
      DecisionRowSyntax(
        number: row.number, numberRange: zero, label: erase(row.label), condition: erase(row.condition),
        subsidy: row.subsidy.map(erase), copay: row.copay.map(erase), annotations: erase(row.annotations), range: zero)
    }
    return DecisionListSyntax(rows: rows, annotations: erase(list.annotations), range: zero)
  }

  static func erase(_ amount: AmountSyntax) -> AmountSyntax {
    switch amount {
    case .won(let value, _): return .won(value, zero)
    case .undetermined(let reason): return .undetermined(erase(reason))
    }
  }

  static func erase(_ annotations: Annotations) -> Annotations {
    var out = Annotations()
    out.sources = annotations.sources.map(erase)
    out.notes = annotations.notes.map(erase)
    out.choices = annotations.choices.map { ChoiceSyntax(id: erase($0.id), text: erase($0.text)) }
    out.waivers = annotations.waivers.map { WaiverSyntax(code: erase($0.code), reason: erase($0.reason)) }
    return out
  }

  static func erase(_ name: Name) -> Name { Name(name.text, range: zero) }

  static func erase(_ label: Label) -> Label { Label(label.text, range: zero) }

  static func erase(_ expr: ExprSyntax) -> ExprSyntax {
    let kind: ExprSyntax.Kind
    switch expr.kind {
    case .name, .integer, .decimal, .percent, .money, .date, .duration, .string, .boolean, .undetermined, .missing:
      kind = expr.kind
    case .enumSet(let members): kind = .enumSet(members.map(erase))
    case .textList(let members): kind = .textList(members.map(erase))
    case .unary(let op, let operand): kind = .unary(op, erase(operand))
    case .binary(let op, let left, let right): kind = .binary(op, erase(left), erase(right))
    case .comparison(let first, let links):
      kind = .comparison(
        erase(first), links.map { ComparisonLink(op: $0.op, operand: erase($0.operand), opRange: zero) })
    case .membership(let element, let negated, let set):
      kind = .membership(erase(element), negated: negated, erase(set))
    case .call(let function, let arguments): kind = .call(erase(function), arguments.map(erase))
    case .index(let table, let key): kind = .index(erase(table), erase(key))
    case .parenthesized(let inner): kind = .parenthesized(erase(inner))
    }
    return ExprSyntax(kind, range: zero)
  }
}

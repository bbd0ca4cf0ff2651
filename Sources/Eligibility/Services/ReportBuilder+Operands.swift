import Rules

extension ReportBuilder {
  /// An expression as an operand: its name, label, value and, for a derived fact defined by arithmetic or a
  /// builtin, its parts.
  func operand(_ expression: CheckedExpr, value: Value?) -> Operand {
    let shown = value.map { ReportValue($0, type: expression.type, enumerations: ruleset.enumerations) }
    switch expression.kind {
    case .literal:
      return Operand(kind: .constant, name: names(expression).name, label: names(expression).label, value: shown)
    case .field(let slot) where ruleset.schema.fields.indices.contains(slot):
      let field = ruleset.schema.fields[slot]
      return Operand(kind: .field, name: field.name, label: field.label, value: shown)
    case .derived(let index) where ruleset.derived.indices.contains(index):
      let derived = ruleset.derived[index]
      return Operand(kind: .derived, name: derived.name, label: derived.label, value: shown, derivation: derivation(derived.value))
    case .referenceDate:
      return Operand(kind: .referenceDate, name: "reference_date", label: "기준일", value: shown)
    default:
      let (name, label) = names(expression)
      return Operand(kind: .expression, name: name, label: label, value: shown)
    }
  }

  /// The parts of a derived fact's definition, when it is arithmetic or a builtin call.
  func derivation(_ definition: CheckedExpr) -> Operand.Derivation? {
    switch definition.kind {
    case .arithmetic(let op, let l, let r):
      return Operand.Derivation(operation: op.rawValue, operands: [operand(l, value: value(of: l)), operand(r, value: value(of: r))])
    case .call(let builtin, let arguments):
      return Operand.Derivation(operation: builtin.rawValue, operands: arguments.map { operand($0, value: value(of: $0)) })
    default:
      return nil
    }
  }

  /// An expression written with names (English) and with labels (Korean): `reference_date - 2 years` /
  /// `기준일 − 2년`; a table lookup with its version and key when known: `median_income 2024[1]` /
  /// `기준 중위소득 2024[1]`.
  func names(_ expression: CheckedExpr) -> (name: String, label: String) {
    switch expression.kind {
    case .literal(let v):
      let shown = ReportValue(v, type: expression.type, enumerations: ruleset.enumerations)
      return (shown.text(in: .english, exact: true), shown.text(in: .korean, exact: true))
    case .field(let slot) where ruleset.schema.fields.indices.contains(slot):
      return (ruleset.schema.fields[slot].name, ruleset.schema.fields[slot].label)
    case .derived(let index) where ruleset.derived.indices.contains(index):
      return (ruleset.derived[index].name, ruleset.derived[index].label)
    case .referenceDate:
      return ("reference_date", "기준일")
    case .arithmetic(let op, let l, let r):
      let (a, b) = (names(l), names(r))
      return ("\(a.name) \(op.rawValue) \(b.name)", "\(a.label) \(Operand.koreanSymbol(op.rawValue)) \(b.label)")
    case .negate(let inner):
      let a = names(inner)
      return ("-\(a.name)", "−\(a.label)")
    case .lookup(let table, let key) where ruleset.tables.indices.contains(table):
      let parameters = ruleset.tables[table]
      let keyNames = names(key)
      let version = record.referenceDate.flatMap(parameters.version(on:)).map { " " + $0.name } ?? ""
      let keyValue = value(of: key).map { ReportValue($0, type: key.type, enumerations: ruleset.enumerations) }
      return (
        "\(parameters.name)\(version)[\(keyValue?.text(in: .english) ?? keyNames.name)]",
        "\(parameters.label)\(version)[\(keyValue?.text(in: .korean) ?? keyNames.label)]"
      )
    case .call(let builtin, let arguments):
      let parts = arguments.map(names)
      return (
        "\(builtin.rawValue)(\(parts.map(\.name).joined(separator: ", ")))",
        "\(builtin.rawValue)(\(parts.map(\.label).joined(separator: ", ")))"
      )
    default:
      return ("expression", "식")
    }
  }
}

extension Checker {
  /// The most cases an enumeration may have (sets are 64-bit masks).
  static let maxCases = 64
  /// The longest chain of `let`s defined through each other (each resolved recursively).
  static let maxLetDepth = 64

  mutating func declareEnum(_ syntax: EnumSyntax) {
    if enumIndex[syntax.name.text] != nil {
      report(.duplicateDefinition(syntax.name.text), syntax.name.range)
      return
    }
    var names: [String] = []
    var labels: [String] = []
    for c in syntax.cases {
      if names.contains(c.name.text) {
        report(.duplicateDefinition(c.name.text), c.name.range)
        continue
      }
      if names.count == Checker.maxCases {
        report(.tooManyCases(syntax.name.text, limit: Checker.maxCases), c.name.range)
        break
      }
      names.append(c.name.text)
      labels.append(c.label.text)
    }
    enumIndex[syntax.name.text] = enumerations.count
    enumerations.append(Enumeration(name: syntax.name.text, label: syntax.label.text, caseNames: names, caseLabels: labels))
  }

  mutating func declareSchema(_ syntax: SchemaSyntax) {
    var fields: [Schema.Field] = []
    for field in syntax.fields {
      guard let type = resolveType(field.type) else { continue }
      guard define(field.name, as: .field(fields.count)) else { continue }
      used.insert(field.name.text)
      fields.append(Schema.Field(
        name: field.name.text, label: field.label.text, type: type, annotations: CheckedAnnotations(field.annotations),
        aliases: field.aliases.map(\.text)))
    }
    schema = Schema(name: syntax.name.text, label: syntax.label.text, fields: fields)
  }

  mutating func declareSet(_ syntax: SetSyntax) {
    guard let e = enumIndex[syntax.enumeration.text] else {
      _ = resolveType(syntax.enumeration)
      return
    }
    var mask: UInt64 = 0
    for member in syntax.members {
      guard let index = caseIndex(member, in: e) else { continue }
      mask |= 1 << UInt64(index)
    }
    guard define(syntax.name, as: .set(sets.count)) else { return }
    sets.append(NamedSet(name: syntax.name.text, label: syntax.label.text, enumeration: e, mask: mask, annotations: CheckedAnnotations(syntax.annotations)))
  }

  /// The index of a case of enumeration `e`, or a diagnostic with a suggestion.
  mutating func caseIndex(_ name: Name, in e: Int) -> Int? {
    let enumeration = enumerations[e]
    if let index = enumeration.caseNames.firstIndex(of: name.text) { return index }
    let suggestion = Suggestion.closest(to: name.text, among: enumeration.caseNames)
    report(
      .unknownCase(name.text, enumeration: enumeration.name), name.range,
      notes: suggestion.map { [Note(.help, .didYouMean($0))] }
        ?? [Note(.note, .expectedOneOf(enumeration.caseNames.map { "`\($0)`" }))],
      fixIts: suggestion.map { [FixIt(range: name.range, replacement: $0)] } ?? [])
    return nil
  }

  mutating func declareTable(_ syntax: TableSyntax) {
    guard let keyType = resolveType(syntax.keyType), let valueType = resolveType(syntax.valueType) else { return }
    var versions: [ParameterTable.Version] = []
    for version in syntax.versions {
      if let to = version.to, to < version.from {
        report(.invalidPeriod("\(version.from) .. \(to)"), version.periodRange)
        continue
      }
      var rows: [(key: Int64, value: Value)] = []
      var keysSeen: Set<Int64> = []
      for row in version.rows {
        guard let key = literalValue(row.key, as: keyType), let value = literalValue(row.value, as: valueType) else { continue }
        let keyNumber: Int64
        switch key {
        case .count(let n): keyNumber = n
        case .enumCase(let i): keyNumber = Int64(i)
        default:
          report(.typeMismatch(expected: "count", found: keyType.description), row.key.range)
          continue
        }
        if !keysSeen.insert(keyNumber).inserted {
          report(.duplicateRow(Int(clamping: keyNumber)), row.key.range)
          continue
        }
        rows.append((keyNumber, value))
      }
      rows.sort { $0.key < $1.key }
      versions.append(ParameterTable.Version(
        name: version.name.text, from: version.from, to: version.to, rows: rows, beyondLinear: version.beyondLinear,
        annotations: CheckedAnnotations(version.annotations)))
    }
    checkPeriods(of: syntax, versions)
    checkRows(of: syntax, versions)
    versions.sort { $0.from < $1.from }
    guard define(syntax.name, as: .table(tables.count)) else { return }
    tables.append(ParameterTable(
      name: syntax.name.text, label: syntax.label.text, keyType: keyType, valueType: valueType, versions: versions,
      annotations: CheckedAnnotations(syntax.annotations)))
  }

  /// Reports versions in force on the same day (error) and days between versions that none covers (warning).
  private mutating func checkPeriods(of syntax: TableSyntax, _ versions: [ParameterTable.Version]) {
    let ranges = Dictionary(syntax.versions.map { ($0.name.text, $0.periodRange) }, uniquingKeysWith: { a, _ in a })
    let sorted = versions.sorted { $0.from < $1.from }
    for (previous, next) in zip(sorted, sorted.dropFirst()) {
      let range = ranges[next.name] ?? syntax.name.range
      guard let end = previous.to else {
        report(.tableOverlap(syntax.name.text, previous.name, next.name), range)
        continue
      }
      if next.from <= end {
        report(.tableOverlap(syntax.name.text, previous.name, next.name), range)
      } else if let dayAfter = CivilDate(dayNumber: end.dayNumber + 1), dayAfter < next.from,
        let dayBefore = CivilDate(dayNumber: next.from.dayNumber - 1)
      {
        report(.tableGap(syntax.name.text, from: dayAfter.description, to: dayBefore.description), range)
      }
    }
  }

  /// Every version must have the same keys, with no key skipped between its first and last row (a lookup of a
  /// skipped key would be unknown for no reason the source gives).
  private mutating func checkRows(of syntax: TableSyntax, _ versions: [ParameterTable.Version]) {
    let allKeys = Set(versions.flatMap { $0.rows.map(\.key) })
    guard let low = allKeys.min(), let high = allKeys.max(), high - low < 10_000 else { return }
    for (version, versionSyntax) in zip(versions, syntax.versions) {
      let keys = Set(version.rows.map(\.key))
      if let missing = (low...high).first(where: { !keys.contains($0) && (allKeys.contains($0) || (keys.min() ?? low) < $0 && $0 < (keys.max() ?? high)) }) {
        report(.tableMissingRow(syntax.name.text, key: String(missing)), versionSyntax.name.range)
      }
    }
  }

  /// Resolves a `let` on first use, in dependency order; reports cycles.
  mutating func resolveLet(_ name: String) -> Int? {
    if case .derived(let index) = symbols[name] { return index }
    guard let (syntax, letFile) = letSyntax[name] else { return nil }
    if let start = letStack.firstIndex(of: name) {
      let saved = file
      file = letFile
      let cycle = (letStack[start...] + [name]).map { "`\($0)`" }.joined(separator: " → ")
      report(.cyclicDefinition(cycle), syntax.name.range)
      file = saved
      return nil
    }
    if letStack.count >= Checker.maxLetDepth {
      let saved = file
      file = letFile
      report(.nestingTooDeep(limit: Checker.maxLetDepth), syntax.name.range)
      file = saved
      return nil
    }
    letStack.append(name)
    let saved = file
    file = letFile
    let value = checkExpression(syntax.value, expecting: nil)
    if value?.type == .exactMoney { report(.unroundedMoney, syntax.value.range) }
    file = saved
    letStack.removeLast()
    letSyntax[name] = nil
    guard let value, value.type != .exactMoney else {
      symbols[name] = .failedLet
      used.insert(name)
      return nil
    }
    symbols[name] = .derived(derived.count)
    derived.append(Derived(name: name, label: syntax.label.text, value: value, annotations: CheckedAnnotations(syntax.annotations)))
    return derived.count - 1
  }

  /// A literal of a given type, e.g. a table row or an example's fact.
  mutating func literalValue(_ syntax: ExprSyntax, as type: ValueType) -> Value? {
    guard let checked = checkExpression(syntax, expecting: type) else { return nil }
    guard case .literal(let value) = checked.kind else {
      if case .unary(.negate, let inner) = syntax.kind, let v = literalValue(inner, as: type) {
        switch v {
        case .count(let n): return .count(-n)
        case .money(let n): return .money(-n)
        default: break
        }
      }
      report(.expected(.number, found: .expression), syntax.range)
      return nil
    }
    guard compatible(checked.type, type) else {
      report(.typeMismatch(expected: typeName(type), found: typeName(checked.type)), syntax.range)
      return nil
    }
    if type == .ratio, case .count(let n) = value { return .ratio(Rational(integer: n)) }
    return value
  }

  /// Whether a value of `found` can stand where `expected` is needed.
  func compatible(_ found: ValueType, _ expected: ValueType) -> Bool {
    found == expected || (expected == .ratio && found == .count)
  }

  /// A type's name for messages: enumerations by their own name.
  func typeName(_ type: ValueType) -> String {
    switch type {
    case .enumeration(let e): return enumerations[e].name
    case .enumSet(let e): return "{\(enumerations[e].name)}"
    default: return type.description
    }
  }
}

extension Parser {
  /// `declaration*` to the end of the file.
  mutating func parseDeclarations() -> [Declaration] {
    var declarations: [Declaration] = []
    while !atEnd {
      let before = position
      switch currentIdentifier {
      case "schema": if let d = parseSchema() { declarations.append(.schema(d)) }
      case "enum": if let d = parseEnum() { declarations.append(.enumeration(d)) }
      case "set": if let d = parseSet() { declarations.append(.set(d)) }
      case "table": if let d = parseTable() { declarations.append(.table(d)) }
      case "let": if let d = parseLet() { declarations.append(.binding(d)) }
      case "service": if let d = parseService() { declarations.append(.service(d)) }
      default:
        reportExpected(.declaration)
        advance()
        synchronizeToDeclaration()
      }
      if position == before { advance() }
    }
    return declarations
  }

  /// Skips to the next declaration keyword.
  mutating func synchronizeToDeclaration() {
    while !atEnd, !atDeclarationKeyword { advance() }
  }

  /// `source "…"`, `note "…"`, `choice "id" "…"`, `waive code because "…"`, in any number and order.
  mutating func parseAnnotations() -> Annotations {
    var annotations = Annotations()
    while let word = currentIdentifier, Parser.annotationKeywords.contains(word) {
      advance()
      switch word {
      case "source": if let label = expectString() { annotations.sources.append(label) }
      case "note": if let label = expectString() { annotations.notes.append(label) }
      case "choice":
        if let id = expectString(), let text = expectString() {
          annotations.choices.append(ChoiceSyntax(id: id, text: text))
        }
      default:
        if let code = expectDashedName(), expectKeyword("because"), let reason = expectString() {
          annotations.waivers.append(WaiverSyntax(code: code, reason: reason))
        }
      }
    }
    return annotations
  }

  /// `schema NAME "label" { field NAME: TYPE "label" … }`.
  mutating func parseSchema() -> SchemaSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectName(), let label = expectString() else {
      synchronizeToDeclaration()
      return nil
    }
    var fields: [FieldSyntax] = []
    block(.token("field")) { parser in
      guard parser.atKeyword("field") else { return }
      let fieldStart = parser.current.range.start
      parser.advance()
      guard let fieldName = parser.expectName(), parser.expect(.colon), let type = parser.expectName(),
        let fieldLabel = parser.expectString()
      else {
        parser.synchronizeTo(keyword: "field")
        return
      }
      var aliases: [Label] = []
      while parser.eatKeyword("alias") {
        if let alias = parser.expectString() { aliases.append(alias) }
      }
      let annotations = parser.parseAnnotations()
      var field = FieldSyntax(
        name: fieldName, type: type, label: fieldLabel, annotations: annotations,
        range: SourceRange(start: fieldStart, end: parser.previousEnd))
      field.aliases = aliases
      fields.append(field)
    }
    return SchemaSyntax(name: name, label: label, fields: fields, range: SourceRange(start: start, end: previousEnd))
  }

  /// Skips to `keyword` or a closing brace.
  mutating func synchronizeTo(keyword: String) {
    while !atEnd, !atKeyword(keyword), !at(.rightBrace), !atDeclarationKeyword { advance() }
  }

  /// `enum NAME "label" { case "label" … }` followed by annotations.
  mutating func parseEnum() -> EnumSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectName(), let label = expectString() else {
      synchronizeToDeclaration()
      return nil
    }
    let leading = parseAnnotations()
    var cases: [EnumSyntax.Case] = []
    block(.name) { parser in
      guard let caseName = parser.parseCaseName() else { return }
      guard let caseLabel = parser.expectString() else {
        parser.skipToNextCase()
        return
      }
      cases.append(EnumSyntax.Case(name: caseName, label: caseLabel))
    }
    var annotations = parseAnnotations()
    annotations.merge(leading)
    return EnumSyntax(
      name: name, label: label, cases: cases, annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }

  /// An enum case name: an identifier or an integer.
  mutating func parseCaseName() -> Name? {
    switch current.kind {
    case .identifier(let text):
      let name = Name(text, range: current.range)
      advance()
      return name
    case .integer(let value):
      let name = Name(String(value), range: current.range)
      advance()
      return name
    default:
      return nil
    }
  }

  mutating func skipToNextCase() {
    while !atEnd, !at(.rightBrace), !atDeclarationKeyword {
      if case .string = current.kind {
        advance()
        return
      }
      advance()
    }
  }

  /// `set NAME "label" = ENUM { case, … }` followed by annotations.
  mutating func parseSet() -> SetSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectName(), let label = expectString(), expect(.assign), let enumeration = expectName() else {
      synchronizeToDeclaration()
      return nil
    }
    var members: [Name] = []
    block(.name) { parser in
      if let member = parser.parseCaseName() {
        members.append(member)
        if !parser.at(.rightBrace) { parser.expect(.comma) }
      }
    }
    let annotations = parseAnnotations()
    return SetSyntax(
      name: name, label: label, enumeration: enumeration, members: members, annotations: annotations,
      range: SourceRange(start: start, end: previousEnd))
  }

  /// `table NAME "label" key NAME: TYPE -> TYPE annotations { version … }`.
  mutating func parseTable() -> TableSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectName(), let label = expectString(), expectKeyword("key"), let keyName = expectName(),
      expect(.colon), let keyType = expectName(), expect(.arrow), let valueType = expectName()
    else {
      synchronizeToDeclaration()
      return nil
    }
    let annotations = parseAnnotations()
    var versions: [TableVersionSyntax] = []
    block(.token("version")) { parser in
      guard parser.atKeyword("version") else { return }
      if let version = parser.parseTableVersion() { versions.append(version) }
    }
    return TableSyntax(
      name: name, label: label, keyName: keyName, keyType: keyType, valueType: valueType, versions: versions,
      annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }

  /// `version "2024" effective FROM .. TO annotations { key: value … beyond linear }`.
  mutating func parseTableVersion() -> TableVersionSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectString(), expectKeyword("effective"), let period = parsePeriod() else {
      synchronizeTo(keyword: "version")
      return nil
    }
    let annotations = parseAnnotations()
    var rows: [TableVersionSyntax.Row] = []
    var beyondLinear = false
    block(.number) { parser in
      if parser.eatKeyword("beyond") {
        if parser.expectKeyword("linear") { beyondLinear = true }
        return
      }
      let key = parser.parseExpression()
      if case .missing = key.kind { return }
      guard parser.expect(.colon) else {
        parser.synchronize(clauses: false)
        return
      }
      rows.append(TableVersionSyntax.Row(key: key, value: parser.parseExpression()))
    }
    return TableVersionSyntax(
      name: name, from: period.from, to: period.to, periodRange: period.range, annotations: annotations, rows: rows,
      beyondLinear: beyondLinear, range: SourceRange(start: start, end: previousEnd))
  }

  /// `FROM .. TO` or `FROM .. open`.
  mutating func parsePeriod() -> (from: CivilDate, to: CivilDate?, range: SourceRange)? {
    let start = current.range.start
    guard let from = expectDate(), expect(.range) else { return nil }
    if eatKeyword("open") { return (from, nil, SourceRange(start: start, end: previousEnd)) }
    guard let to = expectDate() else { return nil }
    return (from, to, SourceRange(start: start, end: previousEnd))
  }

  /// `let NAME "label" = EXPR` followed by annotations.
  mutating func parseLet() -> LetSyntax? {
    let start = current.range.start
    advance()
    guard let name = expectName(), let label = expectString(), expect(.assign) else {
      synchronizeToDeclaration()
      return nil
    }
    let value = parseExpression()
    let annotations = parseAnnotations()
    return LetSyntax(
      name: name, label: label, value: value, annotations: annotations, range: SourceRange(start: start, end: previousEnd))
  }
}

extension Annotations {
  /// Appends another set of annotations to this one.
  mutating func merge(_ other: Annotations) {
    sources += other.sources
    notes += other.notes
    choices += other.choices
    waivers += other.waivers
  }
}

import Rules

/// Turns the records of a CSV applicant table into facts: the first non-blank record is the header, each later
/// one a row, delivered as an ``ApplicantTableRecord`` or as ``RowErrors``.
struct ApplicantTableCSVSession {
  let schema: Schema
  let cells: ApplicantTableCellDecoder
  let path: String
  /// The header, once read.
  private(set) var header: ApplicantTableHeader?
  /// What is wrong with the header; once set, later records are ignored.
  private(set) var failure: [ApplicantTableError.Problem]?
  private(set) var accepted = 0
  private(set) var rejected = 0
  private(set) var skippedBlank = 0

  init(schema: Schema, enumerations: [Enumeration], path: String) {
    self.schema = schema
    self.path = path
    cells = ApplicantTableCellDecoder(enumerations: enumerations)
  }

  /// Handles one record.
  ///
  /// - Parameters:
  ///   - record: the record.
  ///   - text: decodes its fields.
  ///   - body: gets each row's result.
  mutating func consume(
    _ record: CSVRecord, text: TextEncodingDecoder, body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) {
    guard failure == nil else { return }
    if record.isEmptyLine {
      skippedBlank += 1
      return
    }
    guard let header else { return readHeader(record, text: text) }
    if let syntax = record.syntaxError {
      let error = RowError(line: record.line, column: header.name(ofColumn: syntax.field), .syntax(syntax.problem))
      return reject(record, [error], text: text, body: body)
    }
    guard record.fieldCount == header.names.count else {
      let error = RowError(line: record.line, column: nil, .wrongColumnCount(expected: header.names.count, found: record.fieldCount))
      return reject(record, [error], text: text, body: body)
    }
    var facts = Facts(count: schema.fields.count)
    var errors: [RowError] = []
    var blank = true
    for index in 0..<record.storedFieldCount {
      let column = header.names[index]
      guard let cell = record.withField(index, { text.string($0) }) else {
        errors.append(RowError(line: record.line, column: column, .invalidText(text.effectiveEncoding)))
        blank = false
        continue
      }
      let slot = header.slots[index]
      switch cells.decode(cell, as: schema.fields[slot].type) {
      case .success(let value):
        if value != nil { blank = false }
        facts[slot] = value
      case .failure(let problem):
        blank = false
        errors.append(RowError(line: record.line, column: column, problem))
      }
    }
    if blank {
      skippedBlank += 1
    } else if errors.isEmpty {
      accepted += 1
      body(.success(ApplicantTableRecord(line: record.line, facts: facts)))
    } else {
      reject(record, errors, text: text, body: body)
    }
  }

  private mutating func readHeader(_ record: CSVRecord, text: TextEncodingDecoder) {
    if let syntax = record.syntaxError {
      failure = [.headerSyntax(syntax)]
      return
    }
    var names: [String] = []
    for index in 0..<record.storedFieldCount {
      guard let name = record.withField(index, { text.string($0) }) else {
        failure = [.headerNotText(column: index + 1, encoding: text.effectiveEncoding)]
        return
      }
      names.append(name)
    }
    switch ApplicantTableHeader.map(names, schema: schema, path: path) {
    case .success(let mapped): header = mapped
    case .failure(let error): failure = error.problems
    }
  }

  private mutating func reject(
    _ record: CSVRecord, _ errors: [RowError], text: TextEncodingDecoder,
    body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) {
    rejected += 1
    let cells = (0..<record.storedFieldCount).map { index in record.withField(index) { text.lossyString($0) } }
    body(.failure(RowErrors(line: record.line, errors: errors, cells: cells)))
  }
}

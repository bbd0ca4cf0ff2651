import Rules

/// Turns a JSON Lines applicant table into facts: one JSON object per line, keys being field names or labels,
/// values read by the same rules as CSV cells (a JSON `null` or an absent key is unknown). Blank lines are
/// skipped; a line is never longer in memory than the reader's record limit.
struct ApplicantTableJSONLinesSession {
  let schema: Schema
  let cells: ApplicantTableCellDecoder
  let maxLineBytes: Int
  private var pending: [UInt8] = []
  private var pendingTooLong = false
  /// The physical line being read, from 1.
  private(set) var line = 1
  private(set) var accepted = 0
  private(set) var rejected = 0
  private(set) var skippedBlank = 0

  init(schema: Schema, enumerations: [Enumeration], maxLineBytes: Int) {
    self.schema = schema
    cells = ApplicantTableCellDecoder(enumerations: enumerations)
    self.maxLineBytes = maxLineBytes
  }

  /// Reads a block, handling each line it completes.
  mutating func feed(
    _ block: UnsafeBufferPointer<UInt8>, text: TextEncodingDecoder, body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) {
    var start = 0
    while start < block.count {
      guard let newline = block[start...].firstIndex(of: UInt8(ascii: "\n")) else {
        keep(UnsafeBufferPointer(rebasing: block[start...]))
        return
      }
      let piece = UnsafeBufferPointer(rebasing: block[start..<newline])
      if pending.isEmpty, !pendingTooLong {
        consume(piece, text: text, body: body)
      } else {
        keep(piece)
        finishPending(text: text, body: body)
      }
      line += 1
      start = newline + 1
    }
  }

  /// Handles a last line without a line break.
  mutating func finish(text: TextEncodingDecoder, body: (Result<ApplicantTableRecord, RowErrors>) -> Void) {
    if !pending.isEmpty || pendingTooLong { finishPending(text: text, body: body) }
  }

  private mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !pendingTooLong else { return }
    if pending.count + bytes.count > maxLineBytes {
      pendingTooLong = true
      pending = []
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  private mutating func finishPending(text: TextEncodingDecoder, body: (Result<ApplicantTableRecord, RowErrors>) -> Void) {
    if pendingTooLong {
      pendingTooLong = false
      let error = RowError(line: line, column: nil, .syntax(.recordTooLong(limit: maxLineBytes)))
      rejected += 1
      body(.failure(RowErrors(line: line, errors: [error], cells: [])))
    } else {
      let bytes = pending
      bytes.withUnsafeBufferPointer { consume($0, text: text, body: body) }
    }
    pending.removeAll(keepingCapacity: true)
  }

  private mutating func consume(
    _ raw: UnsafeBufferPointer<UInt8>, text: TextEncodingDecoder, body: (Result<ApplicantTableRecord, RowErrors>) -> Void
  ) {
    var bytes = raw
    if bytes.last == UInt8(ascii: "\r") { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
    if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
      skippedBlank += 1
      return
    }
    guard let lineText = text.string(bytes) else {
      return reject([RowError(line: line, column: nil, .invalidText(text.effectiveEncoding))], text.lossyString(bytes), body)
    }
    let value: JSONValue
    switch JSONParser.parse(lineText.utf8) {
    case .success(let parsed): value = parsed
    case .failure(let error): return reject([RowError(line: line, column: nil, .invalidJSON(error))], lineText, body)
    }
    guard let members = value.members else {
      return reject([RowError(line: line, column: nil, .notAnObject)], lineText, body)
    }
    var facts = Facts(count: schema.fields.count)
    var errors: [RowError] = []
    var seen = Set<Int>()
    for member in members {
      guard let slot = schema.slot(named: member.key) else {
        let suggestion = Suggestion.closest(to: member.key, among: schema.fields.map(\.name) + schema.fields.map(\.label))
        errors.append(RowError(line: line, column: member.key, .unknownField(member.key, suggestion: suggestion)))
        continue
      }
      guard seen.insert(slot).inserted else {
        errors.append(RowError(line: line, column: member.key, .duplicateField(field: schema.fields[slot].name)))
        continue
      }
      switch decode(member.value, as: schema.fields[slot].type) {
      case .success(let fact): facts[slot] = fact
      case .failure(let problem): errors.append(RowError(line: line, column: member.key, problem))
      }
    }
    guard errors.isEmpty else { return reject(errors, lineText, body) }
    accepted += 1
    body(.success(ApplicantTableRecord(line: line, facts: facts)))
  }

  /// A JSON value by the CSV cell rules: strings as cells, numbers as their digits, booleans as `true`/`false`.
  private func decode(_ value: JSONValue, as type: ValueType) -> Result<Value?, RowError.Problem> {
    switch value {
    case .null: return .success(nil)
    case .bool(let flag): return cells.decode(flag ? "true" : "false", as: type)
    case .string(let string): return cells.decode(string, as: type)
    case .number(let literal):
      if type == .ratio {
        return ExactNumber.rational(literal).map { .success(.ratio($0)) } ?? .failure(.invalidValue(.ratio, literal))
      }
      return cells.decode(ExactNumber.integer(literal).map { String($0) } ?? literal, as: type)
    case .array, .object: return .failure(.notAScalar)
    }
  }

  private mutating func reject(_ errors: [RowError], _ lineText: String, _ body: (Result<ApplicantTableRecord, RowErrors>) -> Void) {
    rejected += 1
    body(.failure(RowErrors(line: line, errors: errors, cells: [lineText])))
  }
}

extension RecordBatch {
  /// Why a fact cannot be stored in a batch.
  public enum AppendError: Error, Sendable, Hashable {
    /// The value's kind does not match the field's type (slot, expected type).
    case typeMismatch(slot: Int, expected: ValueType)
    /// The value collides with the column's missing marker or does not fit it (slot).
    case unrepresentable(slot: Int)
  }

  /// Appends one applicant's facts and reference date.
  ///
  /// - Parameters:
  ///   - facts: the facts, by schema slot.
  ///   - referenceDate: the evaluation date; `nil` when unknown.
  /// - Throws: ``AppendError`` when a fact does not match its field; the batch is then unchanged.
  public mutating func append(_ facts: Facts, referenceDate: CivilDate?) throws(AppendError) {
    for slot in layout.fields.indices {
      if let value = facts[slot] { try RecordBatch.validate(value, slot: slot, type: layout.types[slot]) }
    }
    appendValidated(facts, referenceDay: referenceDate.map { Int32($0.dayNumber) } ?? RecordBatch.missingDay)
  }

  /// Writes one cell.
  ///
  /// - Parameters:
  ///   - value: the fact, or `nil` for missing.
  ///   - slot: the field's schema slot.
  ///   - row: the record.
  /// - Throws: ``AppendError`` when the value does not match the field; the cell is then unchanged.
  public mutating func setValue(_ value: Value?, slot: Int, row: Int) throws(AppendError) {
    guard let value else {
      clear(slot: slot, row: row)
      return
    }
    try RecordBatch.validate(value, slot: slot, type: layout.types[slot])
    store(value, slot: slot, row: row)
  }

  /// The facts of one record, rebuilt from the columns (for the reference evaluator and explanations).
  public func facts(at row: Int) -> Facts {
    var facts = Facts(count: layout.fields.count)
    for slot in layout.fields.indices { facts[slot] = value(at: row, slot: slot) }
    return facts
  }

  /// One fact of one record, read from its column (as ``facts(at:)`` gives it).
  ///
  /// - Parameters:
  ///   - row: the record.
  ///   - slot: the field's schema slot.
  /// - Returns: the fact, or `nil` when missing.
  public func value(at row: Int, slot: Int) -> Value? {
    let type = layout.types[slot]
    switch layout.fields[slot] {
    case .int64(let c):
      let v = int64Columns[c][row]
      return v == RecordBatch.missingInt64 ? nil : (type == .money ? .money(v) : .count(v))
    case .ratio(let n, let d):
      return Rational(int64Columns[n][row], int64Columns[d][row]).map(Value.ratio)
    case .day(let c):
      let v = dayColumns[c][row]
      return v == RecordBatch.missingDay ? nil : CivilDate(dayNumber: Int(v)).map(Value.date)
    case .byte(let c):
      let v = byteColumns[c][row]
      return v == RecordBatch.missingByte ? nil : (type == .bool ? .bool(v != 0) : .enumCase(Int(v)))
    case .text(let c):
      return texts.text(textColumns[c][row]).map(Value.text)
    case .value(let c):
      return valueColumns[c][row]
    }
  }

  private static func validate(_ value: Value, slot: Int, type: ValueType) throws(AppendError) {
    switch (type, value) {
    case (.count, .count(let v)), (.money, .money(let v)):
      if v == missingInt64 { throw .unrepresentable(slot: slot) }
    case (.ratio, .ratio), (.date, .date), (.bool, .bool), (.text, .text): break
    case (.enumeration, .enumCase(let i)):
      if i < 0 || i >= Int(missingByte) { throw .unrepresentable(slot: slot) }
    case (.duration, .duration): break
    default: throw .typeMismatch(slot: slot, expected: type)
    }
  }

  private mutating func store(_ value: Value, slot: Int, row: Int) {
    switch (layout.fields[slot], value) {
    case (.int64(let c), .count(let v)), (.int64(let c), .money(let v)): int64Columns[c][row] = v
    case (.ratio(let n, let d), .ratio(let r)):
      int64Columns[n][row] = r.numerator
      int64Columns[d][row] = r.denominator
    case (.day(let c), .date(let d)): dayColumns[c][row] = Int32(d.dayNumber)
    case (.byte(let c), .bool(let b)): byteColumns[c][row] = b ? 1 : 0
    case (.byte(let c), .enumCase(let i)): byteColumns[c][row] = UInt8(i)
    case (.text(let c), .text(let s)): textColumns[c][row] = intern(s)
    case (.value(let c), _): valueColumns[c][row] = value
    default: preconditionFailure("validated value does not match its column")
    }
  }

  private mutating func clear(slot: Int, row: Int) {
    switch layout.fields[slot] {
    case .int64(let c): int64Columns[c][row] = RecordBatch.missingInt64
    case .ratio(let n, let d):
      int64Columns[n][row] = 0
      int64Columns[d][row] = 0
    case .day(let c): dayColumns[c][row] = RecordBatch.missingDay
    case .byte(let c): byteColumns[c][row] = RecordBatch.missingByte
    case .text(let c): textColumns[c][row] = RecordBatch.missingText
    case .value(let c): valueColumns[c][row] = nil
    }
  }
}

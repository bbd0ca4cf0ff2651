/// Applicants as typed columns, one per schema field, for ``CompiledRuleset``.
///
/// Columns are plain arrays so that a reader (CSV, database) can fill them directly: append missing rows with
/// ``appendMissing(_:)``, then write cells, using ``ColumnLayout/fields`` to find a field's column and the
/// missing markers below. ``append(_:referenceDate:)`` converts one ``Facts`` (for tests and the CLI).
///
/// Every column must have ``count`` entries when the batch is evaluated. Day numbers must be those of real dates
/// (years 1–9999); text ids must come from ``intern(_:)`` of this batch.
///
/// ```swift
/// var batch = RecordBatch(for: compiled)
/// try batch.append(facts, referenceDate: CivilDate(year: 2024, month: 5, day: 1))
/// ```
public struct RecordBatch: Sendable {
  /// The missing marker of `Int64` columns.
  public static let missingInt64 = Int64.min
  /// The missing marker of day-number columns (and of ``referenceDays``).
  public static let missingDay = Int32.min
  /// The missing marker of byte columns.
  public static let missingByte = UInt8.max
  /// The missing marker of text columns.
  public static let missingText: Int32 = -1

  /// Which column holds each field.
  public let layout: ColumnLayout
  /// The number of records.
  public private(set) var count: Int
  /// Count, money and ratio (numerator, denominator) columns.
  public var int64Columns: [ContiguousArray<Int64>]
  /// Date columns, as day numbers since 1970-01-01.
  public var dayColumns: [ContiguousArray<Int32>]
  /// Bool (0/1) and enumeration (case index) columns.
  public var byteColumns: [ContiguousArray<UInt8>]
  /// Text columns, as ids from ``texts``.
  public var textColumns: [ContiguousArray<Int32>]
  /// Columns of other types (duration), not read by the fast path.
  public var valueColumns: [ContiguousArray<Value?>]
  /// Each record's reference date (tables' versions, ages, effective periods), as a day number.
  public var referenceDays: ContiguousArray<Int32>
  /// The interned texts.
  public private(set) var texts: TextTable

  /// Creates an empty batch with a layout and a text table.
  ///
  /// - Parameters:
  ///   - layout: the columns.
  ///   - texts: the text table, seeded with the compiled ruleset's literals.
  public init(layout: ColumnLayout, texts: TextTable) {
    self.layout = layout
    self.texts = texts
    count = 0
    int64Columns = Array(repeating: [], count: layout.int64Count)
    dayColumns = Array(repeating: [], count: layout.dayCount)
    byteColumns = Array(repeating: [], count: layout.byteCount)
    textColumns = Array(repeating: [], count: layout.textCount)
    valueColumns = Array(repeating: [], count: layout.valueCount)
    referenceDays = []
  }

  /// Creates an empty batch for a compiled ruleset.
  public init(for compiled: CompiledRuleset) {
    self.init(layout: compiled.layout, texts: TextTable(literals: compiled.literalTexts))
  }

  /// Reserves room for `capacity` records in every column.
  public mutating func reserveCapacity(_ capacity: Int) {
    for i in int64Columns.indices { int64Columns[i].reserveCapacity(capacity) }
    for i in dayColumns.indices { dayColumns[i].reserveCapacity(capacity) }
    for i in byteColumns.indices { byteColumns[i].reserveCapacity(capacity) }
    for i in textColumns.indices { textColumns[i].reserveCapacity(capacity) }
    for i in valueColumns.indices { valueColumns[i].reserveCapacity(capacity) }
    referenceDays.reserveCapacity(capacity)
  }

  /// Appends records whose every fact, and reference date, is missing; a reader then fills the cells.
  ///
  /// - Parameter rows: how many records to append.
  /// - Returns: the index of the first new record.
  @discardableResult
  public mutating func appendMissing(_ rows: Int) -> Int {
    let first = count
    for storage in layout.fields {
      switch storage {
      case .int64(let c): int64Columns[c].append(contentsOf: repeatElement(RecordBatch.missingInt64, count: rows))
      case .ratio(let n, let d):
        int64Columns[n].append(contentsOf: repeatElement(0, count: rows))
        int64Columns[d].append(contentsOf: repeatElement(0, count: rows))
      case .day(let c): dayColumns[c].append(contentsOf: repeatElement(RecordBatch.missingDay, count: rows))
      case .byte(let c): byteColumns[c].append(contentsOf: repeatElement(RecordBatch.missingByte, count: rows))
      case .text(let c): textColumns[c].append(contentsOf: repeatElement(RecordBatch.missingText, count: rows))
      case .value(let c): valueColumns[c].append(contentsOf: repeatElement(nil, count: rows))
      }
    }
    referenceDays.append(contentsOf: repeatElement(RecordBatch.missingDay, count: rows))
    count += rows
    return first
  }

  /// Appends one record whose facts match their fields (checked by the caller), each straight onto its column.
  mutating func appendValidated(_ facts: Facts, referenceDay: Int32) {
    for (slot, storage) in layout.fields.enumerated() {
      let value = facts[slot]
      switch storage {
      case .int64(let c):
        switch value {
        case .count(let v)?, .money(let v)?: int64Columns[c].append(v)
        default: int64Columns[c].append(RecordBatch.missingInt64)
        }
      case .ratio(let n, let d):
        if case .ratio(let r)? = value {
          int64Columns[n].append(r.numerator)
          int64Columns[d].append(r.denominator)
        } else {
          int64Columns[n].append(0)
          int64Columns[d].append(0)
        }
      case .day(let c):
        if case .date(let date)? = value { dayColumns[c].append(Int32(date.dayNumber)) } else { dayColumns[c].append(RecordBatch.missingDay) }
      case .byte(let c):
        switch value {
        case .bool(let b)?: byteColumns[c].append(b ? 1 : 0)
        case .enumCase(let i)?: byteColumns[c].append(UInt8(truncatingIfNeeded: i))
        default: byteColumns[c].append(RecordBatch.missingByte)
        }
      case .text(let c):
        if case .text(let text)? = value { textColumns[c].append(texts.intern(text)) } else { textColumns[c].append(RecordBatch.missingText) }
      case .value(let c):
        valueColumns[c].append(value)
      }
    }
    referenceDays.append(referenceDay)
    count += 1
  }

  /// Removes every record, keeping the text table and the capacity.
  public mutating func removeAll() {
    for i in int64Columns.indices { int64Columns[i].removeAll(keepingCapacity: true) }
    for i in dayColumns.indices { dayColumns[i].removeAll(keepingCapacity: true) }
    for i in byteColumns.indices { byteColumns[i].removeAll(keepingCapacity: true) }
    for i in textColumns.indices { textColumns[i].removeAll(keepingCapacity: true) }
    for i in valueColumns.indices { valueColumns[i].removeAll(keepingCapacity: true) }
    referenceDays.removeAll(keepingCapacity: true)
    count = 0
  }

  /// The id of a text, adding it to ``texts`` when new; write it into a text column.
  public mutating func intern(_ text: String) -> Int32 { texts.intern(text) }

  /// Whether every column has ``count`` entries (evaluation requires it).
  public var isConsistent: Bool {
    int64Columns.allSatisfy { $0.count == count } && dayColumns.allSatisfy { $0.count == count }
      && byteColumns.allSatisfy { $0.count == count } && textColumns.allSatisfy { $0.count == count }
      && valueColumns.allSatisfy { $0.count == count } && referenceDays.count == count
  }

  /// The reference date of a record, if given.
  public func referenceDate(at row: Int) -> CivilDate? {
    let day = referenceDays[row]
    return day == RecordBatch.missingDay ? nil : CivilDate(dayNumber: Int(day))
  }
}

import Rules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes the cells of one CSV row straight into a ``RecordBatch``'s columns, with the same rules and the same
/// mistakes as ``ApplicantTableCellDecoder`` (which it falls back on for every cell its byte-level fast paths do
/// not settle): plain ASCII money, counts, dates and booleans are read from the bytes, enumeration cases and
/// texts are remembered by their raw bytes, anything else goes through the text decoder and the cell decoder.
///
/// One decoder belongs to one worker and one batch (text ids are the batch's).
struct ApplicantTableColumnDecoder {
  /// How one column is written.
  enum Kind {
    case money(Int), count(Int), day(Int), bool(Int), enumCase(Int), text(Int), other
  }

  /// A column's remembered cells: raw bytes → stored payload (case index or text id).
  struct Memo {
    var keys: [[UInt8]] = []
    var values: [Int32] = []
    var misses = 0
    var enabled = true

    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
      guard enabled else { return nil }
      for (k, key) in keys.enumerated() where key.count == bytes.count {
        if key.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return values[k] }
      }
      return nil
    }

    mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Int32) {
      guard enabled else { return }
      if keys.count < 48 {
        keys.append(Array(bytes))
        values.append(value)
      } else {
        misses += 1
        if misses > 64 { enabled = false }
      }
    }
  }

  let header: ApplicantTableHeader
  let types: [ValueType]
  let kinds: [Kind]
  let cells: ApplicantTableCellDecoder
  private var memos: [Memo]

  init(header: ApplicantTableHeader, layout: ColumnLayout, cells: ApplicantTableCellDecoder) {
    self.header = header
    self.cells = cells
    types = header.slots.map { layout.types[$0] }
    kinds = header.slots.map { slot in
      switch (layout.types[slot], layout.fields[slot]) {
      case (.money, .int64(let c)): return .money(c)
      case (.count, .int64(let c)): return .count(c)
      case (.date, .day(let c)): return .day(c)
      case (.bool, .byte(let c)): return .bool(c)
      case (.enumeration, .byte(let c)): return .enumCase(c)
      case (.text, .text(let c)): return .text(c)
      default: return .other
      }
    }
    memos = Array(repeating: Memo(), count: header.slots.count)
  }

  /// Writes a row's cells into `row` of `batch` (whose cells are all missing).
  ///
  /// - Returns: whether any cell holds a fact or a mistake (`false`: a blank row), and the mistakes.
  mutating func decode(
    _ fields: (Int) -> UnsafeBufferPointer<UInt8>, line: Int, row: Int, batch: inout RecordBatch,
    text: TextEncodingDecoder, errors: inout [RowError]
  ) -> Bool {
    var blank = true
    for index in 0..<kinds.count {
      let bytes = fields(index)
      if bytes.isEmpty { continue }
      let first = bytes[0]
      let last = bytes[bytes.count - 1]
      let plain = first >= 0x21 && first <= 0x7E && last >= 0x21 && last <= 0x7E
      switch kinds[index] {
      case .money(let c) where plain:
        if let v = Self.digits(bytes, commas: true) {
          batch.int64Columns[c][row] = v
          blank = false
          continue
        }
      case .count(let c) where plain:
        if let v = Self.digits(bytes, commas: false) {
          batch.int64Columns[c][row] = v
          blank = false
          continue
        }
      case .day(let c) where plain:
        if let day = Self.day(bytes) {
          batch.dayColumns[c][row] = day
          blank = false
          continue
        }
      case .bool(let c):
        if plain, let v = Self.bool(bytes) {
          batch.byteColumns[c][row] = v
          blank = false
          continue
        }
        if let v = memos[index].find(bytes) {
          batch.byteColumns[c][row] = UInt8(truncatingIfNeeded: v)
          blank = false
          continue
        }
      case .enumCase(let c):
        if let v = memos[index].find(bytes) {
          batch.byteColumns[c][row] = UInt8(truncatingIfNeeded: v)
          blank = false
          continue
        }
      case .text(let c):
        if let v = memos[index].find(bytes) {
          batch.textColumns[c][row] = v
          blank = false
          continue
        }
        if plain && !memos[index].enabled {
          batch.textColumns[c][row] = batch.intern(String(decoding: bytes, as: UTF8.self))
          blank = false
          continue
        }
      default:
        break
      }
      // The general rules: the text in the file's encoding, then the cell decoder.
      let slot = header.slots[index]
      guard let cell = text.string(bytes) else {
        errors.append(RowError(line: line, column: header.names[index], .invalidText(text.effectiveEncoding)))
        blank = false
        continue
      }
      switch cells.decode(cell, as: types[index]) {
      case .success(let value?):
        blank = false
        do {
          try batch.setValue(value, slot: slot, row: row)
        } catch {
          // Unreachable: `ApplicantTableColumnDecoder.fits` ruled out values a column cannot hold.
          preconditionFailure("decoded value does not fit its column")
        }
        switch kinds[index] {
        case .bool(let c), .enumCase(let c): memos[index].remember(bytes, Int32(batch.byteColumns[c][row]))
        case .text(let c): memos[index].remember(bytes, batch.textColumns[c][row])
        default: break
        }
      case .success(nil):
        break
      case .failure(let problem):
        blank = false
        errors.append(RowError(line: line, column: header.names[index], problem))
      }
    }
    return !blank
  }

  /// Whether every decoded value of these enumerations fits a byte column (fewer than 255 cases each).
  static func fits(_ enumerations: [Enumeration]) -> Bool { enumerations.allSatisfy { $0.caseNames.count < 255 } }

  /// ASCII digits (with commas grouped by three when allowed), at most 18 of them; `nil` for anything else.
  @inline(__always)
  static func digits(_ bytes: UnsafeBufferPointer<UInt8>, commas: Bool) -> Int64? {
    var value: Int64 = 0
    var run = 0
    var groups = 0
    var digitCount = 0
    for byte in bytes {
      if byte &- 0x30 < 10 {
        value = value &* 10 &+ Int64(byte &- 0x30)
        run += 1
        digitCount += 1
      } else if byte == 0x2C && commas {
        guard run == 3 || (groups == 0 && run >= 1 && run <= 3) else { return nil }
        groups += 1
        run = 0
      } else {
        return nil
      }
    }
    guard digitCount >= 1, digitCount <= 18, groups == 0 || run == 3 else { return nil }
    return value
  }

  /// `YYYY-MM-DD`, `YYYY.MM.DD` or `YYYYMMDD` of a date that exists, as a day number.
  @inline(__always)
  static func day(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
    @inline(__always) func d(_ i: Int) -> Int? { b[i] &- 0x30 < 10 ? Int(b[i] &- 0x30) : nil }
    let p: (Int, Int, Int, Int, Int, Int, Int, Int)
    if b.count == 10, b[4] == b[7], b[4] == 0x2D || b[4] == 0x2E {
      p = (0, 1, 2, 3, 5, 6, 8, 9)
    } else if b.count == 8 {
      p = (0, 1, 2, 3, 4, 5, 6, 7)
    } else {
      return nil
    }
    guard let y0 = d(p.0), let y1 = d(p.1), let y2 = d(p.2), let y3 = d(p.3), let m0 = d(p.4), let m1 = d(p.5),
      let d0 = d(p.6), let d1 = d(p.7), let date = CivilDate(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    else { return nil }
    return Int32(date.dayNumber)
  }

  /// The ASCII words ``ApplicantTableCellDecoder`` reads as booleans.
  @inline(__always)
  static func bool(_ b: UnsafeBufferPointer<UInt8>) -> UInt8? {
    if b.count == 1 {
      switch b[0] {
      case 0x31, 0x59, 0x79: return 1  // 1 Y y
      case 0x30, 0x4E, 0x6E: return 0  // 0 N n
      default: return nil
      }
    }
    let word = String(decoding: b, as: UTF8.self)
    switch word {
    case "true", "TRUE", "True": return 1
    case "false", "FALSE", "False": return 0
    default: return nil
    }
  }
}

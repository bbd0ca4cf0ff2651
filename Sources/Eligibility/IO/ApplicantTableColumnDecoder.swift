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
  enum Kind: Sendable {
    case money(Int), count(Int), day(Int), bool(Int), enumCase(Int), text(Int), other
    /// A text column no decision reads: its cells are checked (valid in the file's encoding) but not stored.
    case unreadText
  }

  /// A column's remembered cells: raw bytes → stored payload (case index or text id), kept flat (one byte
  /// array, and per key its length and first eight bytes as a word) and found through a small open-addressing
  /// table hashed on the word and the length, so a look-up retains nothing, probes about one key, and compares
  /// one word per key before any `memcmp`.
  struct Memo {
    /// Keys remembered at most (the table has twice as many slots).
    static let capacity = 48
    private static let slotBits = 7
    var bytes: [UInt8] = []
    var starts: [Int] = []
    var lengths: [Int] = []
    var heads: [UInt64] = []
    var values: [Int32] = []
    /// Per slot: the key's index, or -1.
    var slots = [Int8](repeating: -1, count: 1 << Memo.slotBits)
    var misses = 0
    var enabled = true

    /// The first (up to) eight bytes as a little-endian word, zero-padded.
    @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
      var word: UInt64 = 0
      for i in 0..<min(8, bytes.count) { word |= UInt64(bytes[i]) << (8 * UInt64(i)) }
      return word
    }

    @inline(__always)
    private static func slot(_ head: UInt64, _ count: Int) -> Int {
      Int(truncatingIfNeeded: ((head &+ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotBits))
    }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
      guard enabled, let base = key.baseAddress else { return nil }
      let head = Self.head(key)
      let count = key.count
      var s = Self.slot(head, count)
      while true {
        let k = Int(slots[s])
        if k < 0 { return nil }
        if heads[k] == head && lengths[k] == count {
          if count <= 8 { return values[k] }
          let equal = bytes.withUnsafeBufferPointer { all in
            // Safe: a key longer than eight bytes was stored, so `all` is not empty.
            memcmp(all.baseAddress! + starts[k] + 8, base + 8, count - 8) == 0
          }
          if equal { return values[k] }
        }
        s = (s + 1) & (slots.count - 1)
      }
    }

    mutating func remember(_ key: UnsafeBufferPointer<UInt8>, _ value: Int32) {
      guard enabled else { return }
      if heads.count < Self.capacity {
        let head = Self.head(key)
        var s = Self.slot(head, key.count)
        while slots[s] >= 0 { s = (s + 1) & (slots.count - 1) }
        slots[s] = Int8(heads.count)
        starts.append(bytes.count)
        bytes.append(contentsOf: key)
        lengths.append(key.count)
        heads.append(head)
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
  /// Per column: whether it is a boolean column (for the one-digit fast path).
  let booleans: [Bool]
  let cells: ApplicantTableCellDecoder
  private var memos: [Memo]

  /// A decoder for one header.
  ///
  /// - Parameters:
  ///   - header: the file's columns.
  ///   - layout: the batch's columns.
  ///   - cells: the cell decoder of the general path.
  ///   - decoded: the fields to store; a text field outside it is checked but not stored (``Kind/unreadText``).
  init(header: ApplicantTableHeader, layout: ColumnLayout, cells: ApplicantTableCellDecoder, decoded: Set<Int>) {
    self.header = header
    self.cells = cells
    types = header.slots.map { layout.types[$0] }
    kinds = header.slots.map { slot in
      switch (layout.types[slot], layout.fields[slot]) {
      case (.text, .text) where !decoded.contains(slot): return .unreadText
      case (.money, .int64(let c)): return .money(c)
      case (.count, .int64(let c)): return .count(c)
      case (.date, .day(let c)): return .day(c)
      case (.bool, .byte(let c)): return .bool(c)
      case (.enumeration, .byte(let c)): return .enumCase(c)
      case (.text, .text(let c)): return .text(c)
      default: return .other
      }
    }
    booleans = kinds.map { if case .bool = $0 { true } else { false } }
    memos = Array(repeating: Memo(), count: header.slots.count)
  }

  /// Writes a row's cells into `row` of `buffers` (the columns it holds) or `batch` (the others), whose cells are
  /// all missing.
  ///
  /// - Returns: whether any cell holds a fact or a mistake (`false`: a blank row), and the mistakes.
  mutating func decode(
    _ record: CSVChunkRecord, line: Int, row: Int, batch: inout RecordBatch, buffers: ApplicantTableColumnBuffers,
    text: TextEncodingDecoder, errors: inout [RowError]
  ) -> Bool {
    var blank = true
    let pointers = buffers.pointers
    for index in 0..<kinds.count {
      let start = record.starts[index]
      let count = record.ends[index] - start
      if count == 0 { continue }
      let target = pointers[index]
      let bytes = UnsafeBufferPointer(start: record.base + start, count: count)
      // The commonest cell of all: a one-digit boolean.
      if count == 1, booleans[index], let target {
        let digit = bytes[0] &- 0x30
        if digit < 2 {
          target.assumingMemoryBound(to: UInt8.self)[row] = digit
          blank = false
          continue
        }
      }
      let first = bytes[0]
      let last = bytes[bytes.count - 1]
      let plain = first >= 0x21 && first <= 0x7E && last >= 0x21 && last <= 0x7E
      switch kinds[index] {
      case .money where plain:
        if let target, let v = Self.digits(bytes, commas: true) {
          target.assumingMemoryBound(to: Int64.self)[row] = v
          blank = false
          continue
        }
      case .count where plain:
        if let target, let v = Self.digits(bytes, commas: false) {
          target.assumingMemoryBound(to: Int64.self)[row] = v
          blank = false
          continue
        }
      case .day where plain:
        if let target, let day = Self.day(bytes) {
          target.assumingMemoryBound(to: Int32.self)[row] = day
          blank = false
          continue
        }
      case .bool:
        guard let target else { break }
        if plain, let v = Self.bool(bytes) {
          target.assumingMemoryBound(to: UInt8.self)[row] = v
          blank = false
          continue
        }
        if let v = memos[index].find(bytes) {
          target.assumingMemoryBound(to: UInt8.self)[row] = UInt8(truncatingIfNeeded: v)
          blank = false
          continue
        }
      case .enumCase:
        if let target, let v = memos[index].find(bytes) {
          target.assumingMemoryBound(to: UInt8.self)[row] = UInt8(truncatingIfNeeded: v)
          blank = false
          continue
        }
      case .text:
        guard let target else { break }
        if let v = memos[index].find(bytes) {
          target.assumingMemoryBound(to: Int32.self)[row] = v
          blank = false
          continue
        }
        // Only all-ASCII bytes read the same in every encoding.
        if plain && !memos[index].enabled && !bytes.contains(where: { $0 >= 0x80 }) {
          target.assumingMemoryBound(to: Int32.self)[row] = batch.intern(String(decoding: bytes, as: UTF8.self))
          blank = false
          continue
        }
      case .unreadText:
        // Only all-ASCII bytes read the same in every encoding.
        if plain && !bytes.contains(where: { $0 >= 0x80 }) {
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
        if case .unreadText = kinds[index] { continue }
        do {
          try batch.setValue(value, slot: slot, row: row)
        } catch {
          // Unreachable: `ApplicantTableColumnDecoder.fits` ruled out values a column cannot hold.
          preconditionFailure("decoded value does not fit its column")
        }
        // The batch got the value; the held column takes it over.
        if let target {
          switch kinds[index] {
          case .money(let c), .count(let c): target.assumingMemoryBound(to: Int64.self)[row] = batch.int64Columns[c][row]
          case .day(let c): target.assumingMemoryBound(to: Int32.self)[row] = batch.dayColumns[c][row]
          case .bool(let c), .enumCase(let c):
            let v = batch.byteColumns[c][row]
            target.assumingMemoryBound(to: UInt8.self)[row] = v
            memos[index].remember(bytes, Int32(v))
          case .text(let c):
            let v = batch.textColumns[c][row]
            target.assumingMemoryBound(to: Int32.self)[row] = v
            memos[index].remember(bytes, v)
          case .other, .unreadText: break
          }
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
      let d0 = d(p.6), let d1 = d(p.7),
      let day = CivilDate.dayNumber(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    else { return nil }
    return Int32(day)
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

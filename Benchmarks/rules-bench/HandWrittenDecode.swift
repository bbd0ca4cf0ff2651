/// Cell decoding for `HandCSVReader`: the accepted spellings of each column the services read.
extension HandCSVReader {
  /// The cell `start..<end` without ASCII white space around it.
  @inline(__always) func trimmed(_ start: Int, _ end: Int) -> (Int, Int) {
    var s = start, e = end
    while s < e && (base[s] == 0x20 || (base[s] >= 0x09 && base[s] <= 0x0D)) { s += 1 }
    while e > s && (base[e - 1] == 0x20 || (base[e - 1] >= 0x09 && base[e - 1] <= 0x0D)) { e -= 1 }
    return (s, e)
  }

  /// Decodes one cell (not the id) into the applicant; false when the cell is bad.
  func decode(_ role: UInt8, _ start: Int, _ end: Int, _ escaped: Bool, _ a: inout HandApplicant) -> Bool {
    let (s, e) = trimmed(start, end)
    if s == e { return true }  // empty: unknown
    switch role {
    case Role.birth, Role.application:
      guard let date = date(s, e) else { return false }
      if role == Role.birth { a.birth = date } else { a.application = date }
      return true
    case Role.householdSize:
      var i = s
      if base[i] == 0x2D { i += 1 }  // "-0" is 0; anything else negative is bad
      guard i < e else { return false }
      var value: Int64 = 0
      while i < e {
        let d = base[i] &- 0x30
        guard d < 10, value < 1_000_000_000 else { return false }
        value = value * 10 + Int64(d)
        i += 1
      }
      if base[s] == 0x2D && value != 0 { return false }
      a.householdSize = Int32(value)
      return true
    case Role.income:
      guard let money = money(s, e) else { return false }
      a.income = money
      return true
    case Role.status:
      guard !escaped, let index = index(s, e, in: HandCSVReader.statusNames) else { return false }
      a.status = UInt8(index)
      return true
    case Role.ltc:
      guard !escaped, let index = index(s, e, in: HandCSVReader.ltcNames) else { return false }
      a.ltc = UInt8(index)
      return true
    case Role.sido:
      a.sido = !escaped && equals(s, e, "부산광역시") ? 1 : 2
      return true
    case Role.sigungu:
      a.sigungu = escaped ? 3 : equals(s, e, "사하구") ? 1 : equals(s, e, "북구") ? 2 : 3
      return true
    default:
      let bit: UInt8 = 1 << (role - Role.boolBase)
      if e - s == 1 {
        switch base[s] {
        case 0x31, 0x59, 0x79: a.boolKnown |= bit; a.boolValue |= bit; return true  // 1 Y y
        case 0x30, 0x4E, 0x6E: a.boolKnown |= bit; return true  // 0 N n
        default: return false
        }
      }
      if !escaped, index(s, e, in: HandCSVReader.trueWords) != nil {
        a.boolKnown |= bit; a.boolValue |= bit; return true
      }
      if !escaped, index(s, e, in: HandCSVReader.falseWords) != nil { a.boolKnown |= bit; return true }
      return false
    }
  }

  /// The 10-byte cell at `s` (16 bytes readable) as `date(_:_:)` reads a `YYYY-MM-DD` or `YYYY.MM.DD` one, the
  /// digits checked and read a word at a time.
  @inline(__always) func date10(_ s: Int) -> Int32? {
    let raw = UnsafeRawPointer(base + s)
    let w = raw.loadUnaligned(as: UInt64.self)
    let y = UInt64(raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) ^ 0x3030
    let separator = w >> 32 & 255
    guard separator == w >> 56, separator == 0x2D || separator == 0x2E else { return nil }
    let x = (w ^ 0x3030_3030_3030_3030) & 0x00FF_FF00_FFFF_FFFF  // the digits' values, the separators cleared
    let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    guard ((x & low7) &+ 0x7676_7676_7676_7676 | x) & high == 0, ((y & low7) &+ 0x7676 | y) & 0x8080 == 0 else {
      return nil  // a byte that is not a digit: its value 10 or more
    }
    let year = Int(x & 255) * 1000 + Int(x >> 8 & 255) * 100 + Int(x >> 16 & 255) * 10 + Int(x >> 24 & 255)
    let month = Int(x >> 40 & 255) * 10 + Int(x >> 48 & 255), day = Int(y & 255) * 10 + Int(y >> 8)
    guard year >= 1, month >= 1, month <= 12, day >= 1, day <= 28 || day <= HandDate.days(month: month, year: year)
    else { return nil }
    return Int32(year << 9 | month << 5 | day)
  }

  /// `YYYY-MM-DD`, `YYYY.MM.DD` or `YYYYMMDD`, a date that exists, packed; nil when bad.
  @inline(__always) func date(_ s: Int, _ e: Int) -> Int32? {
    let b = base + s
    /// The digit at offset `i`, if it is one.
    @inline(__always) func digit(_ i: Int) -> Int? {
      let d = b[i] &- 0x30
      return d < 10 ? Int(d) : nil
    }
    let m0: Int, d0: Int
    if e - s == 10 && b[4] == b[7] && (b[4] == 0x2D || b[4] == 0x2E) { m0 = 5; d0 = 8 }
    else if e - s == 8 { m0 = 4; d0 = 6 }
    else { return nil }
    guard let y1 = digit(0), let y2 = digit(1), let y3 = digit(2), let y4 = digit(3), let ma = digit(m0),
      let mb = digit(m0 + 1), let da = digit(d0), let db = digit(d0 + 1)
    else { return nil }
    let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4, month = ma * 10 + mb, day = da * 10 + db
    guard year >= 1, month >= 1, month <= 12, day >= 1, day <= HandDate.days(month: month, year: year) else { return nil }
    return Int32(year << 9 | month << 5 | day)
  }

  /// Whole won, digits optionally grouped by three with commas, an optional `원`; nil when bad or negative.
  @inline(__always) func money(_ s: Int, _ e: Int) -> Int64? {
    var e = e
    if e - s >= 3 && base[e - 3] == 0xEC && base[e - 2] == 0x9B && base[e - 1] == 0x90 {
      e -= 3
      while e > s && (base[e - 1] == 0x20 || base[e - 1] == 0x09) { e -= 1 }
    }
    var i = s
    let negative = i < e && base[i] == 0x2D
    if negative { i += 1 }
    guard i < e else { return nil }
    var value: Int64 = 0
    var run = 0, groups = 0
    while i < e {
      let c = base[i]
      if c == 0x2C {
        guard run == 3 || (groups == 0 && run >= 1 && run <= 3) else { return nil }
        groups += 1
        run = 0
      } else {
        let d = c &- 0x30
        guard d < 10 else { return nil }
        let (t, o1) = value.multipliedReportingOverflow(by: 10)
        let (v, o2) = t.addingReportingOverflow(Int64(d))
        guard !o1, !o2 else { return nil }
        value = v
        run += 1
      }
      i += 1
    }
    if groups > 0 && run != 3 { return nil }
    if negative && value != 0 { return nil }
    return value
  }
}

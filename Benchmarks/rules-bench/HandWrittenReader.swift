import Foundation

/// Byte-level CSV reading of the applicant columns the two services read, from a memory-mapped file, into
/// `HandApplicants`.
///
/// Unquoted fields end at the next bit of a bitmask of the separators of 64 bytes (HandWrittenScan.swift), so a
/// field's end never waits on the previous field's decoding; common cells are read in place (a boolean digit and the
/// ones right after it, a one-digit count, up to 8 digits as one word, a `YYYY-MM-DD` date as two words, a case name
/// as two words); the columns after the last one read are only counted (commas, 16 bytes at a time). Quoted fields,
/// white space and the other accepted spellings take the byte-by-byte path. The pages behind the parse are released
/// as it goes, so the mapping adds at most `releaseStep` to the resident set.
struct HandCSVReader {
  let base: UnsafePointer<UInt8>
  let count: Int
  var position = 0
  /// What each column holds (0 = not read).
  var roles: [UInt8] = []
  var rejected = 0

  static let releaseStep = 16 << 20

  /// What a column holds, as a byte (`roles`).
  enum Role {
    static let id: UInt8 = 1, birth: UInt8 = 2, application: UInt8 = 3, householdSize: UInt8 = 4, income: UInt8 = 5
    static let status: UInt8 = 6, ltc: UInt8 = 7, sido: UInt8 = 8, sigungu: UInt8 = 9
    /// 16 + the bit number of the boolean in `HandBool`.
    static let boolBase: UInt8 = 16
  }

  static let columnRoles: [String: UInt8] = [
    "id": Role.id, "birth_date": Role.birth, "application_date": Role.application, "household_size": Role.householdSize,
    "monthly_income": Role.income, "status": Role.status, "ltc_grade": Role.ltc, "sido": Role.sido,
    "sigungu": Role.sigungu, "case_managed": Role.boolBase + 0, "public_referral": Role.boolBase + 1,
    "private_referral": Role.boolBase + 2, "single_parent": Role.boolBase + 3, "discharged": Role.boolBase + 4,
    "disabled": Role.boolBase + 5, "lives_alone": Role.boolBase + 6, "meal_prep_difficulty": Role.boolBase + 7,
  ]

  static let statusNames: [StaticString] = [
    "none", "livelihood", "medical", "housing", "education", "near_poor_copay", "near_poor_selfsupport",
    "near_poor_disabled", "near_poor_confirmed",
  ]
  static let ltcNames: [StaticString] = ["none", "1", "2", "3", "4", "5", "cognitive", "outside"]
  static let trueWords: [StaticString] = ["1", "true", "TRUE", "True", "Y", "y", "예"]
  static let falseWords: [StaticString] = ["0", "false", "FALSE", "False", "N", "n", "아니오", "아니요"]

  /// A reader of the `count` bytes at `base`, after a UTF-8 byte order mark if there is one.
  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { position = 3 }
  }

  /// Storage for every row the rest of the input can hold.
  func makeStorage() -> HandApplicants {
    HandApplicants(rows: (count - position) / max(roles.count, 1) + 1, idBytes: count - position)
  }

  /// Reads the header line and finds the columns by name.
  mutating func readHeader() throws {
    while position < count {
      let f = field()
      let name = String(decoding: UnsafeBufferPointer(start: base + f.start, count: f.end - f.start), as: UTF8.self)
        .trimmingCharacters(in: .whitespaces)
      roles.append(HandCSVReader.columnRoles[name] ?? 0)
      if position < count && base[position] == 0x2C { position += 1; continue }
      position += 1
      break
    }
    for (needed, role) in [("application_date", Role.application), ("sido", Role.sido), ("sigungu", Role.sigungu)]
    where !roles.contains(role) {
      throw UsageError(message: "hand-1: no column \(needed)")
    }
  }

  /// Reads every row into `store`, keeping the applicants and counting the rejected rows.
  ///
  /// The common cells take a fast path that reads them in place (a boolean digit, a small count, plain digits, a
  /// `YYYY-MM-DD` date, a case name, an id without white space around it); anything else takes `field()` and
  /// `decode`.
  mutating func readRows(into store: HandApplicants) {
    let base = self.base, count = self.count
    let roleCount = roles.count
    let lastRead = roles.lastIndex(where: { $0 != 0 }) ?? 0
    let roleOf = UnsafeMutablePointer<UInt8>.allocate(capacity: roleCount + 1)
    defer { roleOf.deallocate() }
    roleOf.initialize(from: roles, count: roleCount)
    roleOf[roleCount] = 0
    let pageMask = Int(sysconf(Int32(_SC_PAGESIZE))) - 1
    var released = 0
    var kept = 0
    // The separators not yet reached of the 64 bytes from `window`, as bits (`separatorBits`): the next field's end
    // is the lowest bit, so finding it does not wait on the previous field's decoding. Emptied whenever `p` moves
    // other than past the separator just used.
    var window = 0, pending: UInt64 = 0
    var idStart = 0
    var p = position
    /// Whether `c` ends a field.
    @inline(__always) func ends(_ c: UInt8) -> Bool { c == 0x2C || c == 0x0A }
    let statusWords = HandCSVReader.statusNames.map(HandCSVReader.word)
    let ltcWords = HandCSVReader.ltcNames.map(HandCSVReader.word)
    let busan = HandCSVReader.word("부산광역시"), saha = HandCSVReader.word("사하구"), bukgu = HandCSVReader.word("북구")
    /// Whether two words are equal.
    @inline(__always) func same(_ x: Word, _ y: Word) -> Bool {
      x.count == y.count && x.low == y.low && x.high == y.high
    }
    while p < count {
      if base[p] == 0x0A { p += 1; pending = 0; continue }  // a blank line
      if base[p] == 0x0D && p + 1 < count && base[p + 1] == 0x0A { p += 2; pending = 0; continue }
      let page = p & ~pageMask
      if page - released >= HandCSVReader.releaseStep {
        madvise(UnsafeMutableRawPointer(mutating: base + released), page - released, MADV_DONTNEED)
        released = page
      }
      var a = HandApplicant()
      var id = (count: 0, quote: UInt32(0))
      var bad = false
      var column = 0
      while true {
        let role = roleOf[min(column, roleCount)]
        var start = p, end = p, escaped = false
        if p + 128 <= count && base[p] != 0x22 {
          if pending == 0 {
            window = p
            pending = HandCSVReader.separatorBits(base + p)
          }
          let e = pending != 0 ? window + pending.trailingZeroBitCount : separator(from: p + 64)
          pending &= pending &- 1
          var next = e  // where the separator after the cells read here is
          let c = base[p]
          switch role {
          case Role.boolBase...:
            if e == p + 1 && c & 0xFE == 0x30 {  // 0 or 1
              let bit: UInt8 = 1 << (role - Role.boolBase)
              a.boolKnown |= bit
              a.boolValue |= bit & (0 &- (c & 1))
              start = -1
              // The boolean columns right after, while they hold a plain 0 or 1 too.
              while next + 128 <= count && base[next] == 0x2C && base[next + 1] & 0xFE == 0x30 && ends(base[next + 2]) {
                let role = roleOf[min(column + 1, roleCount)]
                guard role >= Role.boolBase else { break }
                let bit: UInt8 = 1 << (role - Role.boolBase)
                a.boolKnown |= bit
                a.boolValue |= bit & (0 &- (base[next + 1] & 1))
                pending &= pending &- 1  // the separator after it
                column += 1
                next += 2
              }
            }
          case Role.householdSize:
            if e == p + 1 && c &- 0x30 < 10 {
              a.householdSize = Int32(c &- 0x30)
              start = -1
            }
          case Role.income:
            if let value = digits(p, e) {
              a.income = value
              start = -1
            }
          case Role.birth, Role.application:
            if e == p + 10 && c &- 0x30 < 10 && base[p + 9] &- 0x30 < 10 {
              if let date = date10(p) {
                if role == Role.birth { a.birth = date } else { a.application = date }
              } else {
                bad = true
              }
              start = -1
            }
          case Role.id:
            if e > p && c > 0x20 && base[e - 1] > 0x20 {
              id = copyID(p, e, false, to: store.idBytes + idStart)
              start = -1
            }
          case Role.status, Role.ltc, Role.sido, Role.sigungu:
            if e > p && e - p <= 16 && c > 0x20 && base[e - 1] > 0x20 {
              let w = cell(p, e)
              switch role {
              case Role.status:
                if let k = statusWords.firstIndex(where: { same($0, w) }) { a.status = UInt8(k); start = -1 }
              case Role.ltc:
                if let k = ltcWords.firstIndex(where: { same($0, w) }) { a.ltc = UInt8(k); start = -1 }
              case Role.sido:
                a.sido = same(w, busan) ? 1 : 2
                start = -1
              default:
                a.sigungu = same(w, saha) ? 1 : same(w, bukgu) ? 2 : 3
                start = -1
              }
            }
          default:
            break
          }
          if start >= 0 { end = e > p && base[e - 1] == 0x0D ? e - 1 : e }
          p = next
        } else {
          position = p
          let f = field()
          p = position
          pending = 0
          (start, end, escaped) = (f.start, f.end, f.escaped)
          if f.malformed { bad = true }
        }
        if start >= 0 && role != 0 {
          if role == Role.id {
            let (s, e) = trimmed(start, end)
            id = s == e ? id : copyID(s, e, escaped, to: store.idBytes + idStart)
          } else if !decode(role, start, end, escaped, &a) {
            bad = true
          }
        }
        column += 1
        if p < count && base[p] == 0x2C {
          p += 1
          if column > lastRead, let (commas, next) = skipPlainRest(from: p) {
            column += commas + 1
            p = next
            pending = 0
            break
          }
          continue
        }
        p += 1
        break
      }
      if bad || column != roleCount {
        rejected += 1
      } else {
        store.rows[kept] = a
        store.idStarts[kept] = UInt32(idStart) | id.quote
        idStart += id.count
        kept += 1
        store.idStarts[kept] = UInt32(idStart)
      }
    }
    position = p
    store.count = kept
  }

  /// Copies an id (unescaping `""` when `escaped`) to `out`: its length, and `HandApplicants.quoteBit` when it needs
  /// quoting in CSV.
  @inline(__always) func copyID(_ s: Int, _ e: Int, _ escaped: Bool, to out: UnsafeMutablePointer<UInt8>)
    -> (count: Int, quote: UInt32)
  {
    var n = 0
    if escaped {
      var i = s
      while i < e {
        out[n] = base[i]
        n += 1
        i += base[i] == 0x22 ? 2 : 1
      }
    } else if e - s <= 16 && s + 16 <= count {
      let raw = UnsafeRawPointer(base + s), to = UnsafeMutableRawPointer(out)
      to.storeBytes(of: raw.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
      n = e - s
    } else {
      out.update(from: base + s, count: e - s)
      n = e - s
    }
    for i in 0..<n where out[i] == 0x2C || out[i] == 0x22 || out[i] == 0x0A || out[i] == 0x0D {
      return (n, HandApplicants.quoteBit)
    }
    return (n, 0)
  }

  /// One field from `position`: its bytes (without quotes), whether it had `""` inside, and whether it is malformed.
  @inline(__always) mutating func field() -> (start: Int, end: Int, escaped: Bool, malformed: Bool) {
    let b = base, n = count
    var p = position
    var escaped = false, malformed = false
    let start: Int, end: Int
    if p < n && b[p] == 0x22 {
      p += 1
      start = p
      while true {
        if p >= n { malformed = true; end = p; break }
        if b[p] == 0x22 {
          if p + 1 < n && b[p + 1] == 0x22 { escaped = true; p += 2; continue }
          end = p
          p += 1
          break
        }
        p += 1
      }
      while p < n && b[p] != 0x2C && b[p] != 0x0A {
        if b[p] != 0x0D { malformed = true }
        p += 1
      }
    } else {
      start = p
      p = separator(from: p)
      end = p > start && b[p - 1] == 0x0D ? p - 1 : p
    }
    position = p
    return (start, end, escaped, malformed)
  }
}

import Foundation

/// `--e2e 1 --variant hand-1`: the hand-written Swift version of `saha-organizing` and `bukgu-meal`, single-threaded,
/// end to end: the CSV memory-mapped and parsed byte by byte (only the columns the two services read, found by
/// header name, quoted fields included), both services evaluated with integer arithmetic (HandWrittenRules.swift),
/// ranks by priority → exact income ratio → application date → id → input line, and the same CSV `screen batch`
/// writes, byte for byte, through one reused output buffer.
///
/// Accepted cells (a subset of what `ApplicantTableCellDecoder` takes, enough for the generated population and for
/// typical exports): canonical header names; booleans `1/0`, `true/false` (any of `true`, `TRUE`, `True`), `Y/N`,
/// `y/n`, `예/아니오/아니요`; money as digits with or without thousands separators and an optional `원`; dates
/// `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYYMMDD`; enumerations by case name; cells trimmed of ASCII white space. A row
/// with the wrong number of columns, a nonexistent or malformed date, a negative or malformed number or an unknown
/// case is rejected (counted, not written), as the engine rejects it.
enum HandWrittenBench {
  /// The services, in the order rows are written.
  enum Service: Int { case saha = 0, bukgu = 1 }

  static func run(options: Options) throws {
    let clock = ContinuousClock()
    let whole = clock.now
    var start = whole
    let services: [Service] = try options.services.map {
      switch $0 {
      case "saha-organizing": return .saha
      case "bukgu-meal": return .bukgu
      default: throw UsageError(message: "hand-1 knows only saha-organizing and bukgu-meal, not \($0)")
      }
    }

    // ── Read: memory-map the file and parse the columns the services read. ──
    let fd = open(options.input, O_RDONLY)
    guard fd >= 0 else { throw UsageError(message: "cannot open \(options.input)") }
    var info = stat()
    fstat(fd, &info)
    let size = Int(info.st_size)
    var mapped: UnsafeMutableRawPointer? = nil
    if size > 0 {
      let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
      guard let p, p != MAP_FAILED else { throw UsageError(message: "cannot map \(options.input)") }
      madvise(p, size, MADV_SEQUENTIAL)
      mapped = p
    }
    close(fd)
    defer { if let mapped { munmap(mapped, size) } }
    let bytes = UnsafePointer<UInt8>(mapped?.assumingMemoryBound(to: UInt8.self)) ?? UnsafePointer(bitPattern: 1)!
    var reader = HandCSVReader(base: bytes, count: size)
    try reader.readHeader()
    reader.readRows()
    let applicants = reader.applicants
    let count = applicants.count
    report("hand-1: read + parse CSV", clock.now - start, "\(count) applicants, \(reader.rejected) rejected")

    // ── Evaluate both services for every applicant: the timed evaluation loop. ──
    start = clock.now
    var saha = [HandOutcome](repeating: HandOutcome(), count: count)
    var bukgu = [HandOutcome](repeating: HandOutcome(), count: count)
    let cpuStart = threadCPUTime()
    let loopStart = clock.now
    applicants.withUnsafeBufferPointer { input in
      saha.withUnsafeMutableBufferPointer { s in
        bukgu.withUnsafeMutableBufferPointer { b in
          for i in 0..<input.count { HandServices.evaluate(input[i], saha: &s[i], bukgu: &b[i]) }
        }
      }
    }
    let evaluation = clock.now - loopStart
    let evaluationCPU = threadCPUTime() - cpuStart
    let pairs = count * services.count
    report("hand-1: evaluate", evaluation, "\(count * 2) pairs, \(rate(count * 2, evaluation)) (thread CPU \(rate(count * 2, evaluationCPU)))")

    // ── Rank each service's eligible applicants. ──
    start = clock.now
    let sahaRanks = rank(saha, applicants: applicants, reader: reader)
    let bukguRanks = rank(bukgu, applicants: applicants, reader: reader)
    report("hand-1: rank", clock.now - start)

    // ── Write the CSV. ──
    start = clock.now
    var writer = try HandCSVWriter(path: options.output)
    writer.append("id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons\n")
    for i in 0..<count {
      for service in services {
        switch service {
        case .saha: writer.row(applicants[i], saha[i], rank: sahaRanks[i], service: .saha, reader: reader)
        case .bukgu: writer.row(applicants[i], bukgu[i], rank: bukguRanks[i], service: .bukgu, reader: reader)
        }
      }
    }
    writer.close()
    report("hand-1: write CSV", clock.now - start)
    let total = clock.now - whole
    let peak = EndToEndBench.peakMemoryMB()
    report(
      "hand-1: end to end", total,
      "\(pairs) pairs, \(reader.rejected) rejected, \(rate(pairs, total)) pairs end to end, peak \(peak) MB")
    EndToEndBench.writeStats(
      options.output, endToEnd: total, pairs: pairs, peakMB: peak, evaluation: evaluation, evaluationCPU: evaluationCPU)
  }

  /// Ranks 1…n of the eligible outcomes (0 = not eligible): priority (none last), income_pct ascending as an exact
  /// ratio (unknown last), application date, id (missing last), input line.
  static func rank(_ outcomes: [HandOutcome], applicants: [HandApplicant], reader: HandCSVReader) -> [Int32] {
    struct Key {
      var priority: UInt8
      var income: Int64  // -1 unknown
      var median: Int64
      var application: Int32
      var index: Int32
    }
    var keys: [Key] = []
    for i in 0..<outcomes.count where outcomes[i].decision == 1 {
      let a = applicants[i]
      let d = HandDerived(a)
      keys.append(Key(
        priority: outcomes[i].priority == 0 ? 255 : outcomes[i].priority, income: d.band == 255 ? -1 : a.income,
        median: d.median, application: a.application, index: Int32(i)))
    }
    keys.sort { x, y in
      if x.priority != y.priority { return x.priority < y.priority }
      if x.income != y.income || x.median != y.median {
        if x.income < 0 || y.income < 0 { if (x.income < 0) != (y.income < 0) { return y.income < 0 } } else {
          // x.income / x.median < y.income / y.median  ⇔  x.income × y.median < y.income × x.median
          let l = x.income.multipliedFullWidth(by: y.median)
          let r = y.income.multipliedFullWidth(by: x.median)
          if l.high != r.high { return l.high < r.high }
          if l.low != r.low { return l.low < r.low }
        }
      }
      if x.application != y.application {
        if x.application == 0 || y.application == 0 { return y.application == 0 }
        return x.application < y.application
      }
      let ax = applicants[Int(x.index)], ay = applicants[Int(y.index)]
      if ax.idLength == 0 || ay.idLength == 0 {
        if ax.idLength != ay.idLength { return ay.idLength == 0 }
      } else {
        let order = reader.withID(ax) { p in reader.withID(ay) { q in compareBytes(p, q) } }
        if order != 0 { return order < 0 }
      }
      return x.index < y.index
    }
    var ranks = [Int32](repeating: 0, count: outcomes.count)
    for (place, key) in keys.enumerated() { ranks[Int(key.index)] = Int32(place + 1) }
    return ranks
  }

  static func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n > 0 {
      let c = memcmp(a.baseAddress!, b.baseAddress!, n)
      if c != 0 { return Int(c) }
    }
    return a.count - b.count
  }
}

/// Byte-level CSV reading of the applicant columns the two services read.
struct HandCSVReader {
  let base: UnsafePointer<UInt8>
  let count: Int
  var position = 0
  /// What each column holds (0 = not read).
  var roles: [UInt8] = []
  var applicants: [HandApplicant] = []
  var rejected = 0
  /// Ids that needed unquoting (`""` inside a quoted id).
  var sideIDs: [UInt8] = []

  enum Role {
    static let id: UInt8 = 1, birth: UInt8 = 2, application: UInt8 = 3, householdSize: UInt8 = 4, income: UInt8 = 5
    static let status: UInt8 = 6, ltc: UInt8 = 7, sido: UInt8 = 8, sigungu: UInt8 = 9
    /// 16 + the bit number of the boolean in `HandBool`.
    static let boolBase: UInt8 = 16
  }

  static let columnRoles: [String: UInt8] = [
    "id": Role.id, "birth_date": Role.birth, "application_date": Role.application, "household_size": Role.householdSize,
    "monthly_income": Role.income, "status": Role.status, "ltc_grade": Role.ltc, "sido": Role.sido,
    "sigungu": Role.sigungu, "single_parent": Role.boolBase + 0, "lives_alone": Role.boolBase + 1,
    "disabled": Role.boolBase + 2, "discharged": Role.boolBase + 3, "case_managed": Role.boolBase + 4,
    "public_referral": Role.boolBase + 5, "private_referral": Role.boolBase + 6, "meal_prep_difficulty": Role.boolBase + 7,
  ]

  static let statusNames = ["none", "livelihood", "medical", "housing", "education", "near_poor_copay",
    "near_poor_selfsupport", "near_poor_disabled", "near_poor_confirmed"].map { Array($0.utf8) }
  static let ltcNames = ["none", "1", "2", "3", "4", "5", "cognitive", "outside"].map { Array($0.utf8) }
  static let busan = Array("부산광역시".utf8)
  static let saha = Array("사하구".utf8)
  static let bukgu = Array("북구".utf8)
  static let trueWords = ["1", "true", "TRUE", "True", "Y", "y", "예"].map { Array($0.utf8) }
  static let falseWords = ["0", "false", "FALSE", "False", "N", "n", "아니오", "아니요"].map { Array($0.utf8) }

  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
    if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { position = 3 }
  }

  /// The id's bytes.
  func withID<R>(_ a: HandApplicant, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if a.idOffset & 0x8000_0000 == 0 {
      return body(UnsafeBufferPointer(start: base + Int(a.idOffset), count: Int(a.idLength)))
    }
    return sideIDs.withUnsafeBufferPointer { side in
      body(UnsafeBufferPointer(rebasing: side[Int(a.idOffset & 0x7FFF_FFFF)..<Int(a.idOffset & 0x7FFF_FFFF) + Int(a.idLength)]))
    }
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
      while p < n {
        let c = b[p]
        if c == 0x2C || c == 0x0A { break }
        p += 1
      }
      end = p > start && b[p - 1] == 0x0D ? p - 1 : p
    }
    position = p
    return (start, end, escaped, malformed)
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
    for needed in ["application_date", "sido", "sigungu"] where !roles.contains(HandCSVReader.columnRoles[needed]!) {
      throw UsageError(message: "hand-1: no column \(needed)")
    }
  }

  /// Reads every row, keeping the applicants and counting the rejected rows.
  mutating func readRows() {
    applicants.reserveCapacity(count / 100)
    let roleCount = roles.count
    let lastRead = roles.lastIndex(where: { $0 != 0 }) ?? 0
    while position < count {
      if base[position] == 0x0A { position += 1; continue }  // a blank line
      if base[position] == 0x0D && position + 1 < count && base[position + 1] == 0x0A { position += 2; continue }
      var a = HandApplicant()
      var bad = false
      var column = 0
      while true {
        let f = field()
        if f.malformed { bad = true }
        if column < roleCount {
          let role = roles[column]
          if role != 0 && !decode(role, f.start, f.end, f.escaped, &a) { bad = true }
        }
        column += 1
        if position < count && base[position] == 0x2C {
          position += 1
          if column > lastRead, let commas = skipPlainRest() {
            column += commas + 1
            break
          }
          continue
        }
        position += 1
        break
      }
      if bad || column != roleCount { rejected += 1 } else { applicants.append(a) }
    }
  }

  /// The rest of a line without quotes, skipped 8 bytes at a time: the number of commas in it, with `position`
  /// after its line feed; nil (and `position` unchanged) when a quote comes first.
  @inline(__always) mutating func skipPlainRest() -> Int? {
    var p = position
    var commas = 0
    let raw = UnsafeRawPointer(base)
    while p + 8 <= count {
      let w = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
      let nl = HandCSVReader.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
      let q = HandCSVReader.zeroBytes(w ^ 0x2222_2222_2222_2222)
      let c = HandCSVReader.zeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C)
      if nl != 0 {
        let upTo = (nl & (0 &- nl)) &- 1  // bytes before the first line feed
        if q & upTo != 0 { return nil }
        commas += (c & upTo).nonzeroBitCount
        position = p + nl.trailingZeroBitCount / 8 + 1
        return commas
      }
      if q != 0 { return nil }
      commas += c.nonzeroBitCount
      p += 8
    }
    while p < count {
      let b = base[p]
      if b == 0x0A { position = p + 1; return commas }
      if b == 0x22 { return nil }
      if b == 0x2C { commas += 1 }
      p += 1
    }
    position = p
    return commas
  }

  /// The high bit of every zero byte of `x`, exactly.
  @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low7) &+ low7) | x | low7)
  }

  @inline(__always) func equals(_ s: Int, _ e: Int, _ word: [UInt8]) -> Bool {
    e - s == word.count && word.withUnsafeBufferPointer { memcmp(base + s, $0.baseAddress!, word.count) == 0 }
  }

  /// Decodes one cell into the applicant; false when the cell is bad.
  @inline(__always) mutating func decode(_ role: UInt8, _ start: Int, _ end: Int, _ escaped: Bool, _ a: inout HandApplicant) -> Bool {
    var s = start, e = end
    while s < e && (base[s] == 0x20 || (base[s] >= 0x09 && base[s] <= 0x0D)) { s += 1 }
    while e > s && (base[e - 1] == 0x20 || (base[e - 1] >= 0x09 && base[e - 1] <= 0x0D)) { e -= 1 }
    if s == e { return true }  // empty: unknown
    switch role {
    case Role.id:
      if escaped {
        a.idOffset = UInt32(sideIDs.count) | 0x8000_0000
        var i = s
        while i < e {
          sideIDs.append(base[i])
          i += base[i] == 0x22 ? 2 : 1
        }
        a.idLength = UInt32(sideIDs.count) - (a.idOffset & 0x7FFF_FFFF)
      } else {
        a.idOffset = UInt32(s)
        a.idLength = UInt32(e - s)
      }
      return true
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
      guard !escaped, let index = HandCSVReader.statusNames.firstIndex(where: { equals(s, e, $0) }) else { return false }
      a.status = UInt8(index)
      return true
    case Role.ltc:
      guard !escaped, let index = HandCSVReader.ltcNames.firstIndex(where: { equals(s, e, $0) }) else { return false }
      a.ltc = UInt8(index)
      return true
    case Role.sido:
      a.sido = !escaped && equals(s, e, HandCSVReader.busan) ? 1 : 2
      return true
    case Role.sigungu:
      a.sigungu = escaped ? 3 : equals(s, e, HandCSVReader.saha) ? 1 : equals(s, e, HandCSVReader.bukgu) ? 2 : 3
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
      if !escaped, HandCSVReader.trueWords.contains(where: { equals(s, e, $0) }) {
        a.boolKnown |= bit; a.boolValue |= bit; return true
      }
      if !escaped, HandCSVReader.falseWords.contains(where: { equals(s, e, $0) }) { a.boolKnown |= bit; return true }
      return false
    }
  }

  /// `YYYY-MM-DD`, `YYYY.MM.DD` or `YYYYMMDD`, a date that exists, packed; nil when bad.
  @inline(__always) func date(_ s: Int, _ e: Int) -> Int32? {
    let b = base + s
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

/// Byte-level CSV writing of the batch rows, through one reused buffer flushed with `write(2)`.
struct HandCSVWriter {
  let fd: Int32
  var buffer: UnsafeMutablePointer<UInt8>
  var used = 0
  static let capacity = 1 << 20

  static let serviceIDs = [Array("saha-organizing,".utf8), Array("bukgu-meal,".utf8)]
  static let decisions = [Array("ineligible,".utf8), Array("eligible,".utf8), Array("undetermined,".utf8)]
  /// Subsidy and co-payment by tier, then the price, per service.
  static let amounts: [[(Int, Int)]] = [
    [(475_000, 25_000), (450_000, 50_000), (400_000, 100_000)],
    [(220_000, 20_000), (200_000, 40_000), (180_000, 80_000), (120_000, 120_000)],
  ]
  static let prices = [Array("500000,".utf8), Array("240000,".utf8)]
  /// Failed criteria's label heads, in label order, per service.
  static let labels = [["거주지", "소득", "가구특성"], ["거주지", "연령", "욕구기준", "가구특성"]].map { $0.map { Array($0.utf8) } }
  static let noTier = Array(",,,".utf8)
  static let outsidePeriod = Array("outside-period".utf8)
  static let asks = HandReason.fieldNames.map { Array(("ask:" + $0).utf8) }

  init(path: String) throws {
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw UsageError(message: "cannot write \(path)") }
    buffer = .allocate(capacity: HandCSVWriter.capacity)
    precompute()
  }

  mutating func flush() {
    var done = 0
    while done < used {
      let n = Foundation.write(fd, buffer + done, used - done)
      if n <= 0 { break }
      done += n
    }
    used = 0
  }

  mutating func close() {
    flush()
    _ = Foundation.close(fd)
    buffer.deallocate()
  }

  @inline(__always) mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if used + bytes.count > HandCSVWriter.capacity { flush() }
    if bytes.count > HandCSVWriter.capacity {
      _ = Foundation.write(fd, bytes.baseAddress!, bytes.count)
      return
    }
    (buffer + used).update(from: bytes.baseAddress!, count: bytes.count)
    used += bytes.count
  }

  mutating func append(_ text: String) { append(Array(text.utf8)) }

  @inline(__always) mutating func byte(_ b: UInt8) {
    if used == HandCSVWriter.capacity { flush() }
    buffer[used] = b
    used += 1
  }

  @inline(__always) mutating func number(_ value: Int) {
    if used + 24 > HandCSVWriter.capacity { flush() }
    var v = value
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[n] = UInt8(v % 10) + 0x30
        v /= 10
        n += 1
      } while v > 0
      for i in 0..<n { buffer[used + i] = d[n - 1 - i] }
    }
    used += n
  }

  /// Precomputed pieces: `service,result,priority,tier,gov_subsidy,copay,price,` per (service, decision, priority,
  /// tier), and `reasons\n` of an ineligible row per (service, failed criteria).
  var pieces: UnsafeMutablePointer<UInt8> = .allocate(capacity: 1 << 16)
  var middle: [(Int, Int)] = []
  var failedReasons: [(Int, Int)] = []

  mutating func precompute() {
    var bytes: [UInt8] = []
    func add(_ text: String) -> (Int, Int) {
      let start = bytes.count
      bytes += Array(text.utf8)
      return (start, bytes.count - start)
    }
    let ids = ["saha-organizing", "bukgu-meal"], words = ["ineligible", "eligible", "undetermined"]
    let prices = ["500000", "240000"]
    for s in 0..<2 {
      for decision in 0..<3 {
        for priority in 0..<4 {
          for tier in 0..<5 {
            var text = ids[s] + "," + words[decision] + "," + (priority == 0 ? "" : String(priority)) + ","
            if tier == 0 || tier > HandCSVWriter.amounts[s].count {
              text += ",,,"
            } else {
              let (subsidy, copay) = HandCSVWriter.amounts[s][tier - 1]
              text += "\(tier),\(subsidy),\(copay),"
            }
            middle.append(add(text + prices[s] + ","))
          }
        }
      }
      for mask in 0..<16 {
        let labels = HandCSVWriter.labels[s].enumerated().filter { mask & (1 << $0.offset) != 0 }
        failedReasons.append(add(labels.map { String(decoding: $0.element, as: UTF8.self) }.joined(separator: ";") + "\n"))
      }
    }
    pieces.update(from: bytes, count: bytes.count)
  }

  /// One row: `id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons`.
  @inline(__always) mutating func row(
    _ a: HandApplicant, _ o: HandOutcome, rank: Int32, service: HandWrittenBench.Service, reader: HandCSVReader
  ) {
    if used + 512 > HandCSVWriter.capacity { flush() }
    if a.idOffset & 0x8000_0000 == 0 && a.idLength < 256 {
      let id = reader.base + Int(a.idOffset)
      let n = Int(a.idLength)
      var plain = true
      for i in 0..<n where id[i] == 0x2C || id[i] == 0x22 || id[i] == 0x0A || id[i] == 0x0D { plain = false; break }
      if plain {
        (buffer + used).update(from: id, count: n)
        used += n
      } else {
        quotedID(a, reader: reader)
      }
    } else {
      quotedID(a, reader: reader)
    }
    buffer[used] = 0x2C
    used += 1
    let s = service.rawValue
    let decision = Int(o.decision & 3)
    let (start, length) = middle[((s * 3 + decision) * 4 + Int(o.priority)) * 5 + Int(o.tier)]
    (buffer + used).update(from: pieces + start, count: length)
    used += length
    if rank != 0 { number(Int(rank)) }
    buffer[used] = 0x2C
    used += 1
    if o.decision == 4 {
      append(HandCSVWriter.outsidePeriod)
      byte(0x0A)
    } else if o.decision == 0 {
      let (start, length) = failedReasons[s * 16 + Int(o.failed)]
      (buffer + used).update(from: pieces + start, count: length)
      used += length
    } else {
      var rest = o.reasons
      var first = true
      while rest != 0 {
        let id = UInt8(truncatingIfNeeded: rest)
        rest >>= 8
        if !first { byte(0x3B) }
        first = false
        switch id {
        case HandReason.noTable: append("no-table:median_income:" + HandWrittenBench.dateText(a.application))
        case HandReason.noRow: append("no-row:median_income:\(a.householdSize)")
        case HandReason.noReferenceDate: append("no-reference-date")
        default: append(HandCSVWriter.asks[Int(id)])
        }
      }
      byte(0x0A)
    }
  }

  mutating func quotedID(_ a: HandApplicant, reader: HandCSVReader) {
    reader.withID(a) { id in
      if id.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
        byte(0x22)
        for c in id {
          if c == 0x22 { byte(0x22) }
          byte(c)
        }
        byte(0x22)
      } else {
        append(id)
      }
    }
  }
}

extension HandWrittenBench {
  static func dateText(_ packed: Int32) -> String {
    let y = Int(packed >> 9), m = Int(packed >> 5 & 15), d = Int(packed & 31)
    return String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y) + (m < 10 ? "-0" : "-") + String(m)
      + (d < 10 ? "-0" : "-") + String(d)
  }
}

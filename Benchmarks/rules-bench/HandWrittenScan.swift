/// Word-at-a-time scanning for `HandCSVReader`: separators as bitmasks (16 bytes per compare), SWAR searches and
/// counts over 8-byte words, digit runs and short cells read as whole words.
extension HandCSVReader {
  /// Bit i set when byte i of the 64 from `p` is a comma or a line feed, found 16 bytes at a time.
  @inline(__always) static func separatorBits(_ p: UnsafePointer<UInt8>) -> UInt64 {
    let raw = UnsafeRawPointer(p)
    let comma = SIMD16<UInt8>(repeating: 0x2C), lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    var found: UInt64 = 0
    for k in 0..<4 {
      let v = raw.loadUnaligned(fromByteOffset: k << 4, as: SIMD16<UInt8>.self)
      let m = unsafeBitCast((v .== comma) .| (v .== lineFeed), to: SIMD2<UInt64>.self)
      // The high bit of each byte gathered into one byte (bit i from byte i): the partial products never overlap.
      let low = (((m[0] & 0x8080_8080_8080_8080) >> 7) &* 0x0102_0408_1020_4080) >> 56
      let high = (((m[1] & 0x8080_8080_8080_8080) >> 7) &* 0x0102_0408_1020_4080) >> 56
      found |= (low | high << 8) << UInt64(k << 4)
    }
    return found
  }

  /// The first comma or line feed at or after `p` (or the end), 8 bytes at a time.
  @inline(__always) func separator(from p: Int) -> Int {
    var q = p
    let raw = UnsafeRawPointer(base)
    while q + 8 <= count {
      let w = raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
      let hits = HandCSVReader.zeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C) | HandCSVReader.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
      if hits != 0 { return q + hits.trailingZeroBitCount >> 3 }
      q += 8
    }
    while q < count && base[q] != 0x2C && base[q] != 0x0A { q += 1 }
    return q
  }

  /// The rest of a line from `p` without quotes, skipped 16 bytes at a time: the number of commas in it and the
  /// position after its line feed; nil when a quote comes first.
  @inline(__always) func skipPlainRest(from start: Int) -> (commas: Int, next: Int)? {
    var p = start
    var commas = 0
    let raw = UnsafeRawPointer(base)
    let comma = SIMD16<UInt8>(repeating: 0x2C), lineFeed = SIMD16<UInt8>(repeating: 0x0A)
    let quote = SIMD16<UInt8>(repeating: 0x22)
    var lanes = SIMD16<UInt8>(repeating: 0)  // commas per lane, fewer than 256
    var blocks = 0
    while p + 16 <= count {
      let v = raw.loadUnaligned(fromByteOffset: p, as: SIMD16<UInt8>.self)
      let stops = unsafeBitCast((v .== lineFeed) .| (v .== quote), to: SIMD2<UInt64>.self)
      if stops[0] | stops[1] != 0 { break }
      lanes &+= SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: v .== comma)
      p += 16
      blocks += 1
      if blocks == 255 {
        commas += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        lanes = SIMD16<UInt8>(repeating: 0)
        blocks = 0
      }
    }
    commas += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    while p + 8 <= count {
      let w = raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)
      let nl = HandCSVReader.zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
      let q = HandCSVReader.zeroBytes(w ^ 0x2222_2222_2222_2222)
      let c = HandCSVReader.zeroBytes(w ^ 0x2C2C_2C2C_2C2C_2C2C)
      if nl != 0 {
        let upTo = (nl & (0 &- nl)) &- 1  // bytes before the first line feed
        if q & upTo != 0 { return nil }
        return (commas + HandCSVReader.bytes(c & upTo), p + nl.trailingZeroBitCount >> 3 + 1)
      }
      if q != 0 { return nil }
      commas += HandCSVReader.bytes(c)
      p += 8
    }
    while p < count {
      let b = base[p]
      if b == 0x0A { return (commas, p + 1) }
      if b == 0x22 { return nil }
      if b == 0x2C { commas += 1 }
      p += 1
    }
    return (commas, p)
  }

  /// The high bit of every zero byte of `x`, exactly.
  @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low7) &+ low7) | x | low7)
  }

  /// The value of the 1 to 8 ASCII digits `s..<e` (8 bytes readable from `s`), read a word at a time; nil when the
  /// cell is empty, longer or has another byte.
  @inline(__always) func digits(_ s: Int, _ e: Int) -> Int64? {
    let n = e - s
    guard n >= 1 && n <= 8 else { return nil }
    // The digits' values in the high bytes, zeros before them: "1234" → 00 00 00 00 01 02 03 04 (in reading order).
    var x = (UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self) ^ 0x3030_3030_3030_3030) << ((8 - n) << 3)
    guard ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676 | x) & 0x8080_8080_8080_8080 == 0 else { return nil }
    x = (x &* 10 &+ (x >> 8)) & 0x00FF_00FF_00FF_00FF  // pairs
    x = (x &* 100 &+ (x >> 16)) & 0x0000_FFFF_0000_FFFF  // fours
    return Int64((x &* 10_000 &+ (x >> 32)) & 0xFFFF_FFFF)
  }

  /// The number of bytes of `x` with their high bit set, `x` having no other bit set.
  @inline(__always) static func bytes(_ x: UInt64) -> Int {
    Int(truncatingIfNeeded: ((x >> 7) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// A word to compare cells with: its length and its bytes, zero-padded to 16 (`cell(_:_:)` reads a cell so).
  typealias Word = (count: Int, low: UInt64, high: UInt64)

  /// `text` as a `Word`; its length when longer than 16 bytes, which no cell read by `cell(_:_:)` matches.
  static func word(_ text: StaticString) -> Word {
    var low: UInt64 = 0, high: UInt64 = 0
    for i in 0..<min(text.utf8CodeUnitCount, 16) {
      let byte = UInt64(text.utf8Start[i])
      if i < 8 { low |= byte << (i * 8) } else { high |= byte << ((i - 8) * 8) }
    }
    return (text.utf8CodeUnitCount, low, high)
  }

  /// The cell `s..<e` (at most 16 bytes, 16 bytes readable from `s`) as a `Word`.
  @inline(__always) func cell(_ s: Int, _ e: Int) -> Word {
    let n = e - s
    let raw = UnsafeRawPointer(base + s)
    let low = raw.loadUnaligned(as: UInt64.self), high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    let lowMask: UInt64 = n >= 8 ? ~0 : (1 << (n << 3)) &- 1
    let highMask: UInt64 = n >= 16 ? ~0 : n <= 8 ? 0 : (1 << ((n - 8) << 3)) &- 1
    return (n, low & lowMask, high & highMask)
  }

  /// Whether the bytes `s..<e` are `word`.
  @inline(__always) func equals(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard e - s == n else { return false }
    let w = word.utf8Start
    for i in 0..<n where base[s + i] != w[i] { return false }
    return true
  }

  /// The index of the first of `words` the bytes `s..<e` are.
  @inline(__always) func index(_ s: Int, _ e: Int, in words: [StaticString]) -> Int? {
    for (i, word) in words.enumerated() where equals(s, e, word) { return i }
    return nil
  }
}

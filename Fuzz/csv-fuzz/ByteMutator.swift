import Eligibility

/// Damages a table's bytes the ways real files are damaged: stray quotes and separators, line breaks in odd
/// places, random and NUL bytes, UTF-8 characters cut in half, CP949 fragments in UTF-8 text, huge fields, rows
/// with thousands of columns, byte order marks in the wrong place.
struct ByteMutator {
  var random: SplitMix64

  private static let fragments: [[UInt8]] = [
    [0xBB, 0xFD, 0xB3, 0xE2, 0xBF, 0xF9, 0xC0, 0xCF],  // 생년월일 in CP949
    [0xBF, 0xB9], [0xBE, 0xC6, 0xB4, 0xCF, 0xBF, 0xC0],  // 예, 아니오
    [0xB0], [0xC8], [0x81], [0xFE], [0x8C, 0x63],  // lone lead bytes, a UHC extension
    [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    Array("\"\"\"".utf8), Array("\",\"".utf8), Array("\r\n\"".utf8), Array("{\"id\": ".utf8), Array("}{".utf8),
    Array("-1,000원".utf8), Array("1950-02-30".utf8), Array("99999999999999999999".utf8),
  ]

  /// Applies one random mutation.
  ///
  /// - Parameter bytes: the input, changed in place.
  /// - Returns: what was done, for `--replay`.
  mutating func mutate(_ bytes: inout [UInt8]) -> String {
    let at = Int.random(in: 0...bytes.count, using: &random)
    switch Int.random(in: 0..<100, using: &random) {
    case 0..<12:
      bytes.insert(UInt8(ascii: "\""), at: at)
      return "quote at \(at)"
    case 12..<22:
      bytes.insert(UInt8(ascii: ","), at: at)
      return "comma at \(at)"
    case 22..<32:
      let lineBreak = random.pick([[0x0A], [0x0D], [0x0D, 0x0A]] as [[UInt8]])
      bytes.insert(contentsOf: lineBreak, at: at)
      return "line break at \(at)"
    case 32..<42:
      let count = Int.random(in: 1...4, using: &random)
      bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
      return "\(count) random bytes at \(at)"
    case 42..<52:
      guard at < bytes.count else { return "nothing" }
      let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
      bytes.removeSubrange(at..<end)
      return "deleted \(at)..<\(end)"
    case 52..<58:
      guard at < bytes.count else { return "nothing" }
      let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
      bytes.insert(contentsOf: bytes[at..<end], at: end)
      return "repeated \(at)..<\(end)"
    case 58..<68:
      guard let cut = bytes.indices.filter({ bytes[$0] >= 0x80 }).randomElement(using: &random) else { return "nothing" }
      bytes.remove(at: cut)
      return "cut a character at \(cut)"
    case 68..<78:
      let fragment = random.pick(ByteMutator.fragments)
      bytes.insert(contentsOf: fragment, at: at)
      return "fragment \(fragment) at \(at)"
    case 78..<84:
      guard at < bytes.count else { return "nothing" }
      bytes[at] = UInt8.random(in: 0...255, using: &random)
      return "replaced byte \(at)"
    case 84..<88:
      bytes.insert(0, at: at)
      return "NUL at \(at)"
    case 88..<90:
      bytes = bytes.prefix(at) + []
      return "truncated at \(at)"
    case 90..<93:
      let size = random.chance(5) ? Int.random(in: 1 << 20...(9 << 20), using: &random) : Int.random(in: 1000...200_000, using: &random)
      let quote = random.chance(50)
      let filler = random.pick(Array("x,\"\n똠".utf8))
      bytes.insert(contentsOf: (quote ? [UInt8(ascii: "\"")] : []) + [UInt8](repeating: filler, count: size), at: at)
      return "huge field of \(size) bytes (\(filler)) at \(at)"
    case 93..<96:
      let count = random.chance(30) ? Int.random(in: 9_990...12_000, using: &random) : Int.random(in: 10...500, using: &random)
      bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: ","), count: count), at: at)
      return "\(count) separators at \(at)"
    default:
      let mark: [UInt8] = random.chance(50) ? [0xFF, 0xFE] : TextEncodingDetector.utf8ByteOrderMark
      bytes.insert(contentsOf: mark, at: random.chance(50) ? 0 : at)
      return "byte order mark \(mark)"
    }
  }
}

/// The pieces the byte-level and heavy mutators insert: broken UTF-8, a megabyte line, deep nesting, long numbers.
extension Mutator {
  /// Byte sequences that are not UTF-8: a lone continuation byte, overlong encodings, a UTF-16 surrogate, code
  /// points past U+10FFFF, 5-byte forms, bytes never used, a lead byte with no continuation.
  static let invalidSequences: [[UInt8]] = [
    [0x80], [0xBF], [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xEC, 0x86], [0xF0, 0x9F, 0x98],
    [0x22, 0xFF, 0x22], [0xEF, 0xBB, 0xBF],
  ]

  /// Cuts one multi-byte sequence short: removes some of its continuation bytes, or ends the file inside it.
  /// An all-ASCII input gets the first two bytes of `소` instead.
  static func truncateUTF8(in bytes: inout [UInt8], using rng: inout Xoshiro256) {
    var leads: [Int] = []
    for (offset, byte) in bytes.enumerated() where byte >= 0xC0 { leads.append(offset) }
    guard !leads.isEmpty else {
      bytes.insert(contentsOf: [0xEC, 0x86], at: rng.below(bytes.count + 1))
      return
    }
    let lead = rng.pick(leads)
    var end = lead + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    guard end - lead > 1 else { return }
    if rng.oneIn(4) {
      bytes.removeSubrange(rng.int(in: (lead + 1)...(end - 1))...)
    } else {
      bytes.removeSubrange(rng.int(in: (lead + 1)...(end - 1))..<end)
    }
  }

  /// A line of about 1 MiB (1 048 576 bytes) made of one repeated unit, between line breaks.
  static func longLine(using rng: inout Xoshiro256) -> [UInt8] {
    let units = [
      "a ", "x", "1 ", "1 + ", "\"소득\" ", "원", "소", "@", "(", ")", "{", "}", "and ", "not ", " ", "\t", "# ", "-",
      "\"", "\\", ",", "2024-01-01 ", "all { ", "\u{FFFD}",
    ]
    let unit = Array(rng.pick(units).utf8)
    let prefix = rng.pick(["", "let x \"x\" = ", "service s \"s\" { eligible all { \"l\": ", "\"", "# "])
    var line = Array(("\n" + prefix).utf8)
    line.reserveCapacity(1 << 20 + 64)
    while line.count < 1 << 20 { line += unit }
    line.append(UInt8(ascii: "\n"))
    return line
  }

  /// Nesting `depth` levels deep, closed or not, sometimes inside a `let` or an `eligible` so that the parser
  /// reaches its expression and criterion rules.
  static func deepNesting(using rng: inout Xoshiro256) -> [UInt8] {
    let shapes: [(open: String, close: String)] = [
      ("(", ")"), ("{", "}"), ("[", "]"), ("not ", ""), ("- ", ""), ("-", ""), ("all { ", "} "),
      ("any \"g\" { ", "} "), ("all \"g\" {\n", "}\n"), ("\"l\": (", ")"), ("{a, ", "}"), ("f(", ")"), ("t[", "]"),
      ("1 + ", ""), ("a and ", ""), ("-> ", ""), ("service s \"s\" { ", "}"),
    ]
    let shape = rng.pick(shapes)
    let depth = rng.oneIn(16) ? 100_000 : rng.pick([49, 50, 100, 1_000, 10_000, 10_000])
    let context = rng.pick([
      ("", ""), ("let x \"x\" = ", "\n"), ("service s \"s\" { eligible ", "\n}\n"),
      ("service s \"s\" { eligible all { \"l\": ", "\n} }\n"), ("table t \"t\" key k: count -> money ", "\n"),
    ])
    let closed = rng.oneIn(2)
    var text = context.0
    text.reserveCapacity(depth * (shape.open.utf8.count + shape.close.utf8.count) + 64)
    for _ in 0..<depth { text += shape.open }
    text += rng.pick(["1", "x", "\"l\": x", "", "true"])
    if closed { for _ in 0..<depth { text += shape.close } }
    text += context.1
    return Array(text.utf8)
  }

  /// A number of 19 to 100 000 digits: an integer, with `_` or `,` separators, a decimal, a percentage, an
  /// amount of won, or a date-like run.
  static func longNumber(using rng: inout Xoshiro256) -> [UInt8] {
    let length = rng.pick([19, 20, 21, 40, 100, 1_000, 10_000, 100_000])
    var digits: [UInt8] = [UInt8(ascii: "1") + UInt8(rng.below(9))]
    digits.reserveCapacity(length * 2)
    let separator: UInt8? = rng.pick([nil, nil, UInt8(ascii: "_"), UInt8(ascii: ",")])
    for position in 1..<length {
      if let separator, (length - position) % 3 == 0 { digits.append(separator) }
      digits.append(UInt8(ascii: "0") + UInt8(rng.below(10)))
    }
    switch rng.below(6) {
    case 0: digits.append(UInt8(ascii: "%"))
    case 1: digits += Array("원".utf8)
    case 2: digits += Array(" won".utf8)
    case 3: digits.insert(UInt8(ascii: "."), at: rng.int(in: 1...(digits.count - 1)))
    case 4: digits = Array("0.".utf8) + digits + Array("%".utf8)
    default: break
    }
    return [UInt8(ascii: " ")] + digits + [UInt8(ascii: " ")]
  }

  /// Inserts a `"` (alone, escaped, or at the end of the file) or removes one.
  static func loneQuote(in bytes: inout [UInt8], using rng: inout Xoshiro256) {
    let quotes = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\"") }
    switch rng.below(4) {
    case 0 where !quotes.isEmpty: bytes.remove(at: rng.pick(quotes))
    case 1: bytes += Array(rng.pick(["\"", "\\\"", "\"\\", "\"\u{FFFD}"]).utf8)
    default: bytes.insert(UInt8(ascii: "\""), at: rng.below(bytes.count + 1))
    }
  }
}

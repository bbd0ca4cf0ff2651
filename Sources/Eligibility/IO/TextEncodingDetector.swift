/// Decides whether bytes are UTF-8 or CP949, and recognises byte order marks.
///
/// CP949 text is almost never valid UTF-8 for long: its lead bytes `0x81`–`0xFE` are followed by trail bytes
/// that break UTF-8's continuation rules within a few characters. So "valid UTF-8 → UTF-8, else CP949" is
/// decided on the first block of a file with a non-ASCII byte (given at least ``minimumEvidence`` bytes from
/// it, or the end of the file); bytes below `0x80` decide nothing (ASCII reads the same in both).
///
/// ```swift
/// TextEncodingDetector.detect(Array("생년월일".utf8), isComplete: true)          // .utf8
/// TextEncodingDetector.detect([0xBB, 0xFD, 0xB3, 0xE2], isComplete: true)        // .cp949
/// TextEncodingDetector.detect(Array("id,household_size".utf8), isComplete: true) // nil (ASCII)
/// ```
public enum TextEncodingDetector {
  /// A byte order mark at the start of a file.
  public enum ByteOrderMark: Sendable, Hashable {
    /// `EF BB BF`: UTF-8.
    case utf8
    /// `FF FE`: UTF-16, little-endian (Excel's "유니코드 텍스트").
    case utf16LittleEndian
    /// `FE FF`: UTF-16, big-endian.
    case utf16BigEndian

    /// The mark's length in bytes.
    public var length: Int { self == .utf8 ? 3 : 2 }
  }

  /// The UTF-8 byte order mark.
  public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The byte order mark the bytes start with, if any.
  ///
  /// - Parameter prefix: the first bytes of a file (at least 3, unless the file is shorter).
  /// - Returns: the mark, or `nil`.
  public static func byteOrderMark(_ prefix: some Collection<UInt8>) -> ByteOrderMark? {
    if prefix.starts(with: utf8ByteOrderMark) { return .utf8 }
    if prefix.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if prefix.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    return nil
  }

  /// How many bytes, from the first non-ASCII byte on, must be valid UTF-8 before a sample that does not reach
  /// the end of the file is called UTF-8. A few CP949 syllables (`홍` is `C8 AB`) are valid UTF-8 by chance; a
  /// kilobyte of them is not.
  public static let minimumEvidence = 1024

  /// The encoding of a sample of a file, when the sample decides it.
  ///
  /// - Parameters:
  ///   - sample: bytes from the file (without a byte order mark).
  ///   - isComplete: whether the sample reaches the end of the file; if not, a UTF-8 character cut off at the
  ///     sample's end does not count against UTF-8, and UTF-8 needs ``minimumEvidence`` bytes.
  /// - Returns: `.cp949` when the sample is not valid UTF-8; `.utf8` when it is, with a non-ASCII character and
  ///   enough evidence; `nil` when it does not decide (all ASCII, or too little after the first non-ASCII byte).
  /// - Complexity: O(n).
  public static func detect(_ sample: [UInt8], isComplete: Bool) -> TextEncoding? {
    sample.withUnsafeBufferPointer { detect($0, isComplete: isComplete) }
  }

  /// ``detect(_:isComplete:)`` over a buffer.
  static func detect(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> TextEncoding? {
    guard let first = sample.firstIndex(where: { $0 >= 0x80 }) else { return nil }
    let evidence = UnsafeBufferPointer(rebasing: sample[first...])
    switch checkUTF8(evidence, allowCutOffEnd: !isComplete) {
    case .invalid: return .cp949
    case .valid(let sawNonASCII): return sawNonASCII && (isComplete || evidence.count >= minimumEvidence) ? .utf8 : nil
    }
  }

  /// What ``checkUTF8(_:allowCutOffEnd:)`` found.
  enum UTF8Check: Equatable {
    /// Not UTF-8.
    case invalid
    /// Valid so far; whether a whole non-ASCII character was seen.
    case valid(sawNonASCII: Bool)
  }

  /// Whether bytes are valid UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
  ///
  /// - Parameters:
  ///   - bytes: the bytes.
  ///   - allowCutOffEnd: accept a well-begun character that the end of `bytes` cuts off.
  /// - Returns: `.invalid`, or `.valid` and whether a complete non-ASCII character was seen.
  /// - Complexity: O(n).
  static func checkUTF8(_ bytes: UnsafeBufferPointer<UInt8>, allowCutOffEnd: Bool) -> UTF8Check {
    var i = 0
    let n = bytes.count
    var sawNonASCII = false
    while i < n {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return .invalid
      }
      for k in 1..<length {
        guard i + k < n else { return allowCutOffEnd ? .valid(sawNonASCII: sawNonASCII) : .invalid }
        let byte = bytes[i + k]
        let (min, max) = k == 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= min, byte <= max else { return .invalid }
      }
      sawNonASCII = true
      i += length
    }
    return .valid(sawNonASCII: sawNonASCII)
  }
}

/// The first bytes of an applicant table, held back until a byte order mark can be recognised even when the
/// file arrives a byte at a time.
struct ApplicantTablePrefix {
  private var bytes: [UInt8] = []
  private var done = false

  /// Takes the file's first three bytes from the front of `block`; once they are known (or the file ends),
  /// handles a byte order mark and returns the bytes to parse before the rest of `block`.
  ///
  /// - Parameters:
  ///   - block: the next block; advanced past the bytes taken.
  ///   - isLast: whether the file ends with `block`.
  ///   - text: told about a UTF-8 byte order mark.
  /// - Returns: the held-back bytes without a UTF-8 byte order mark, exactly once; `nil` before and after.
  /// - Throws: ``ApplicantTableError/Problem/utf16`` for a UTF-16 byte order mark.
  mutating func take(
    _ block: inout UnsafeBufferPointer<UInt8>, isLast: Bool, text: inout TextEncodingDecoder
  ) throws(ApplicantTableError.Problem) -> [UInt8]? {
    guard !done else { return nil }
    let count = min(3 - bytes.count, block.count)
    bytes.append(contentsOf: block[0..<count])
    block = UnsafeBufferPointer(rebasing: block[count...])
    guard bytes.count == 3 || isLast else { return nil }
    done = true
    switch TextEncodingDetector.byteOrderMark(bytes) {
    case .utf8:
      try text.sawByteOrderMark()
      return []
    case .utf16LittleEndian, .utf16BigEndian:
      throw .utf16
    case nil:
      return bytes
    }
  }
}

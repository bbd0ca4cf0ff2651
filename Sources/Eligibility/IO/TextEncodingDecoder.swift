/// Turns the bytes of one input file into text, field by field: settles the encoding from the
/// ``TextEncodingOption`` and a byte order mark, or detects it from the bytes as they stream past
/// (``TextEncodingDetector``), then decodes each field strictly.
///
/// Every block goes through ``admit(_:isLast:_:)``, which hands it to the parser only once the encoding of its
/// non-ASCII bytes is settled. Owns a converter, so one decoder serves one reader on one thread.
struct TextEncodingDecoder {
  /// The option the reader was given.
  let option: TextEncodingOption
  /// The encoding, once settled; `nil` while every byte seen is ASCII.
  private(set) var encoding: TextEncoding?
  /// Whether the file starts with a UTF-8 byte order mark.
  private(set) var hadByteOrderMark = false
  private var held: [UInt8] = []
  private var converter: TextEncodingConverter?

  /// Creates a decoder.
  ///
  /// - Parameter option: a fixed encoding, or automatic.
  /// - Throws: ``ApplicantTableError/Problem/encodingUnavailable(_:)`` when CP949 is asked for and the system
  ///   cannot decode it.
  init(option: TextEncodingOption) throws(ApplicantTableError.Problem) {
    self.option = option
    if case .fixed(let encoding) = option { try settle(encoding) }
  }

  /// The encoding text was (or will be) decoded in: the settled one, else UTF-8 (all ASCII so far).
  var effectiveEncoding: TextEncoding { encoding ?? .utf8 }

  /// Notes a UTF-8 byte order mark: the file is UTF-8 whatever the option said.
  mutating func sawByteOrderMark() throws(ApplicantTableError.Problem) {
    hadByteOrderMark = true
    if encoding != .utf8 {
      converter = nil
      encoding = nil
      try settle(.utf8)
    }
  }

  /// Passes the next block of the file to `parse` once the encoding it is in is settled.
  ///
  /// While the encoding is automatic and unsettled, the bytes from the first non-ASCII byte on are held back
  /// (at most ``TextEncodingDetector/minimumEvidence`` bytes plus one block) until the detector decides, so that
  /// no field is decoded in an encoding that is decided later. At the end of the file, held bytes always decide.
  ///
  /// - Parameters:
  ///   - block: the next bytes.
  ///   - isLast: whether the file ends with them.
  ///   - parse: parses bytes, given this decoder to decode fields with; returns whether to go on.
  /// - Returns: what `parse` returned (`true` when it was not called).
  /// - Throws: ``ApplicantTableError/Problem/encodingUnavailable(_:)`` when CP949 is detected and the system
  ///   cannot decode it.
  mutating func admit(
    _ block: UnsafeBufferPointer<UInt8>, isLast: Bool, _ parse: (UnsafeBufferPointer<UInt8>, TextEncodingDecoder) -> Bool
  ) throws(ApplicantTableError.Problem) -> Bool {
    guard encoding == nil else { return parse(block, self) }
    if held.isEmpty {
      guard let first = block.firstIndex(where: { $0 >= 0x80 }) else { return parse(block, self) }
      if let detected = TextEncodingDetector.detect(UnsafeBufferPointer(rebasing: block[first...]), isComplete: isLast) {
        try settle(detected)
        return parse(block, self)
      }
      guard parse(UnsafeBufferPointer(rebasing: block[..<first]), self) else { return false }
      held = Array(block[first...])
      return true
    }
    held.append(contentsOf: block)
    let detected = held.withUnsafeBufferPointer { TextEncodingDetector.detect($0, isComplete: isLast) }
    guard let detected else { return true }
    try settle(detected)
    let bytes = held
    held = []
    return bytes.withUnsafeBufferPointer { parse($0, self) }
  }

  private mutating func settle(_ encoding: TextEncoding) throws(ApplicantTableError.Problem) {
    if encoding == .cp949 {
      do {
        converter = try TextEncodingConverter(from: .cp949, to: .utf8)
      } catch {
        throw .encodingUnavailable(.cp949)
      }
    }
    self.encoding = encoding
  }

  /// Decodes one field.
  ///
  /// - Parameter bytes: the field's bytes.
  /// - Returns: the text, or `nil` when the bytes are not valid in the encoding.
  func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.contains(where: { $0 >= 0x80 }) else { return String(decoding: bytes, as: UTF8.self) }
    if let converter { return converter.string(bytes) }
    guard TextEncodingDetector.checkUTF8(bytes, allowCutOffEnd: false) != .invalid else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes one field, replacing what cannot be decoded (for echoing a rejected row).
  ///
  /// - Parameter bytes: the field's bytes.
  /// - Returns: the text, with U+FFFD for bytes that are not valid in the encoding.
  func lossyString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if let text = string(bytes) { return text }
    guard converter != nil else { return String(decoding: bytes, as: UTF8.self) }
    // Decode ASCII runs and replace each run of non-ASCII bytes that does not convert.
    var text = ""
    var start = 0
    while start < bytes.count {
      var end = start
      let ascii = bytes[start] < 0x80
      while end < bytes.count, (bytes[end] < 0x80) == ascii { end += 1 }
      let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
      text += ascii ? String(decoding: run, as: UTF8.self) : (string(run) ?? "\u{FFFD}")
      start = end
    }
    return text
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts text between UTF-8 and CP949 with the system's `iconv`, strictly: bytes that are not valid in the
/// source encoding (a lone lead byte, an unassigned code, a character cut off) fail the whole conversion rather
/// than turning into replacement characters.
///
/// A converter owns an `iconv` handle and a scratch buffer, so it is a class and is not `Sendable`: give each
/// reader (each thread) its own.
///
/// ```swift
/// let decoder = try TextEncodingConverter(from: .cp949, to: .utf8)
/// decoder.string([0xBB, 0xFD, 0xB3, 0xE2, 0xBF, 0xF9, 0xC0, 0xCF])  // "생년월일"
/// TextEncodingConverter.encode("생년월일", as: .cp949)              // [0xBB, 0xFD, 0xB3, 0xE2, …]
/// ```
public final class TextEncodingConverter {
  /// The system has no converter between two encodings.
  public struct Unavailable: Error, Sendable, Hashable {
    /// The encoding converted from.
    public var source: TextEncoding
    /// The encoding converted to.
    public var target: TextEncoding
  }

  /// The encoding converted from.
  public let source: TextEncoding
  /// The encoding converted to.
  public let target: TextEncoding
  private let handle: iconv_t
  private var scratch: [UInt8] = []

  /// Opens a converter.
  ///
  /// - Parameters:
  ///   - source: the encoding of the bytes given.
  ///   - target: the encoding of the bytes returned.
  /// - Throws: ``Unavailable`` when `iconv` cannot convert between them (e.g. a C library without CP949).
  public init(from source: TextEncoding, to target: TextEncoding) throws(Unavailable) {
    let opened = iconv_open(target.iconvName, source.iconvName)
    guard let opened, Int(bitPattern: UnsafeRawPointer(opened)) != -1 else {
      throw Unavailable(source: source, target: target)
    }
    self.source = source
    self.target = target
    handle = opened
  }

  deinit { iconv_close(handle) }

  /// Converts bytes.
  ///
  /// - Parameter input: text in ``source``.
  /// - Returns: the text in ``target``, or `nil` when `input` is not valid in ``source`` or has a character
  ///   ``target`` cannot represent.
  /// - Complexity: O(n).
  public func convert(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard let count = convertIntoScratch(input) else { return nil }
    return Array(scratch[0..<count])
  }

  /// Converts bytes into a string (``target`` must be UTF-8).
  ///
  /// - Parameter input: text in ``source``.
  /// - Returns: the string, or `nil` when `input` is not valid in ``source``.
  public func string(_ input: UnsafeBufferPointer<UInt8>) -> String? {
    precondition(target == .utf8, "TextEncodingConverter.string needs a UTF-8 target")
    guard let count = convertIntoScratch(input) else { return nil }
    return scratch.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
  }

  /// Converts into ``scratch``; returns the bytes written.
  private func convertIntoScratch(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let inputBase = input.baseAddress, !input.isEmpty else { return 0 }
    let capacity = input.count * 2 + 8
    if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: capacity) }
    _ = iconv(handle, nil, nil, nil, nil)
    return scratch.withUnsafeMutableBufferPointer { output -> Int? in
      guard let outputBase = output.baseAddress else { return nil }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBase)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = input.count
      var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase)
        .assumingMemoryBound(to: CChar.self)
      var outLeft = capacity
      guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
      // A stateful encoding would need a final flush; neither UTF-8 nor CP949 is stateful, but flushing is cheap.
      guard iconv(handle, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
      return capacity - outLeft
    }
  }

  /// Converts an array of bytes into a string (``target`` must be UTF-8).
  ///
  /// - Parameter input: text in ``source``.
  /// - Returns: the string, or `nil` when `input` is not valid in ``source``.
  public func string(_ input: [UInt8]) -> String? {
    input.withUnsafeBufferPointer { string($0) }
  }

  /// Encodes a string, for writing files in an encoding and for test fixtures.
  ///
  /// - Parameters:
  ///   - text: the text.
  ///   - encoding: the encoding to write.
  /// - Returns: the bytes, or `nil` when the text has a character the encoding lacks (CP949 has no `😀`) or the
  ///   system has no converter.
  public static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    if encoding == .utf8 { return utf8 }
    guard let converter = try? TextEncodingConverter(from: .utf8, to: encoding) else { return nil }
    return utf8.withUnsafeBufferPointer { converter.convert($0) }
  }
}

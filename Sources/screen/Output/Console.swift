#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one writer of the process's output streams: answers to stdout, diagnostics to stderr.
enum Console {
  /// Writes the answer to standard output, adding a final line break when missing.
  static func answer(_ text: String) {
    write(text, to: 1)
  }

  /// Writes diagnostics, warnings and summaries to standard error, adding a final line break when missing.
  static func error(_ text: String) {
    write(text, to: 2)
  }

  /// Rewrites the progress line on standard error (callers check that it is a terminal); an empty text clears it.
  static func progress(_ text: String) {
    var bytes = Array(("\r\u{1B}[K" + text).utf8)
    bytes.withUnsafeMutableBytes { buffer in
      _ = Glibc.write(2, buffer.baseAddress, buffer.count)
    }
  }

  private static func write(_ text: String, to descriptor: Int32) {
    guard !text.isEmpty else { return }
    var bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        // The buffer is non-empty here: offset < count.
        Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes bytes to an open file descriptor with `write(2)`, straight from the caller's buffer (no copy), retrying
/// short writes and interrupted calls; after the first failure it writes nothing more and remembers it.
public struct FileDescriptorWriter: Sendable {
  /// The descriptor (not closed by the writer).
  public let descriptor: Int32
  /// Whether a write failed (disk full, closed pipe, …).
  public private(set) var failed = false

  /// A writer to `descriptor`.
  public init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes all of `bytes`, unless a write failed before or fails now.
  public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count, !failed {
      let written = systemWrite(descriptor, base + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      if written <= 0 { failed = true } else { offset += written }
    }
  }
}

/// `write(2)`, named apart from ``FileDescriptorWriter/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

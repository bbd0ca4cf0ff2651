#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory, shared by the chunks cut from it: their bytes are the file's
/// pages, read on demand, never copied. Unmapped when the last reference goes.
final class MappedFile: @unchecked Sendable {
  // Safe: the mapping is read-only and lives as long as this object.
  let bytes: UnsafeBufferPointer<UInt8>

  /// Maps an open descriptor when it is a non-empty regular file; `nil` otherwise (a pipe, standard input, an
  /// empty file, or a failed `mmap`), and the caller reads it instead.
  init?(descriptor: Int32) {
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
    let size = Int(status.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
    _ = madvise(address, size, MADV_SEQUENTIAL)
    bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }

  /// The offset of `buffer` in the file, when all of it lies inside the mapping.
  func offset(of buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, let start = buffer.baseAddress, start >= base,
      start + buffer.count <= base + bytes.count
    else { return nil }
    return start - base
  }
}

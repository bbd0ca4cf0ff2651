import Foundation

/// The applicants `HandCSVReader` keeps, in input order, and their ids.
///
/// The storage is sized for the most rows the input can hold (every kept row has at least as many bytes as the header
/// has columns) and allocated once; only the part filled is ever touched, so only that part is resident.
final class HandApplicants {
  /// The facts, one `HandApplicant` (32 bytes) per kept row.
  let rows: UnsafeMutablePointer<HandApplicant>
  /// Where each row's id starts in `idBytes`, with the top bit set when the id needs quoting in CSV (it holds `,`,
  /// `"`, CR or LF); `idStarts[count]` ends the last id.
  let idStarts: UnsafeMutablePointer<UInt32>
  /// The ids' bytes, unquoted, back to back, with 16 bytes of slack after them for word-sized copies.
  let idBytes: UnsafeMutablePointer<UInt8>
  /// The number of rows kept.
  var count = 0

  static let quoteBit: UInt32 = 0x8000_0000

  /// Storage for up to `rows` applicants whose ids total at most `idBytes` bytes.
  init(rows capacity: Int, idBytes byteCapacity: Int) {
    rows = HandMemory.allocate(capacity)
    idStarts = HandMemory.allocate(capacity + 1)
    idBytes = HandMemory.allocate(byteCapacity + 16)
    idStarts[0] = 0
  }

  deinit {
    HandMemory.deallocate(rows)
    HandMemory.deallocate(idStarts)
    HandMemory.deallocate(idBytes)
  }

  /// Row `i`'s id: its offset in `idBytes`, its length, and whether it needs quoting.
  @inline(__always) func id(_ i: Int) -> (start: Int, count: Int, quoted: Bool) {
    let start = idStarts[i], end = idStarts[i + 1] & ~HandApplicants.quoteBit
    let offset = Int(start & ~HandApplicants.quoteBit)
    return (offset, Int(end) - offset, start & HandApplicants.quoteBit != 0)
  }

  /// Row `i`'s id bytes.
  @inline(__always) func idBuffer(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let id = id(i)
    return UnsafeBufferPointer(start: idBytes + id.start, count: id.count)
  }
}

/// Large zero-filled buffers in transparent huge pages where the kernel allows them (`MADV_HUGEPAGE`): a buffer is
/// faulted in 2 MB at a time instead of 4 KB, and only as far as it is touched.
enum HandMemory {
  /// Room for `count` values of `T`, zero-filled.
  static func allocate<T>(_ count: Int) -> UnsafeMutablePointer<T> {
    let bytes = max(count * MemoryLayout<T>.stride, 1) + MemoryLayout<Int>.stride
    guard let p = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED else {
      preconditionFailure("hand-1: out of memory")
    }
    madvise(p, bytes, MADV_HUGEPAGE)
    p.storeBytes(of: bytes, as: Int.self)  // the size, for `deallocate`
    return (p + MemoryLayout<Int>.stride).bindMemory(to: T.self, capacity: count)
  }

  /// Frees a buffer from `allocate`.
  static func deallocate<T>(_ pointer: UnsafeMutablePointer<T>) {
    let p = UnsafeMutableRawPointer(pointer) - MemoryLayout<Int>.stride
    munmap(p, p.load(as: Int.self))
  }
}

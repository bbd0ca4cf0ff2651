#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of an applicant table, delivered in blocks so that memory stays bounded: a file (read, or mapped into
/// memory), standard input (`-`), or bytes in memory (for tests and fuzzing, cut into blocks of any size).
final class ApplicantTableInput {
  private enum Origin {
    case descriptor(Int32, close: Bool)
    case memory([UInt8])
    case mapped(MappedFile)
  }

  /// The path as given, for messages.
  let path: String
  /// The largest block delivered.
  let blockSize: Int
  private let origin: Origin
  private var buffer: [UInt8]
  private var memoryOffset = 0

  /// Opens a file, or standard input for `-`.
  ///
  /// - Parameters:
  ///   - path: the file, or `-`.
  ///   - blockSize: the block size in bytes.
  ///   - mapping: whether to map a regular file into memory (blocks are then slices of ``mapped``) instead of
  ///     reading it.
  /// - Throws: ``ApplicantTableError`` (`cannotOpen`) when the file cannot be opened.
  init(path: String, blockSize: Int, mapping: Bool = false) throws(ApplicantTableError) {
    self.path = path
    self.blockSize = max(1, blockSize)
    buffer = []
    if path == "-" {
      origin = .descriptor(STDIN_FILENO, close: false)
      return
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw ApplicantTableError(path: path, .cannotOpen(reason: ApplicantTableInput.reason(errno))) }
    var status = stat()
    if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw ApplicantTableError(path: path, .cannotOpen(reason: ApplicantTableInput.reason(EISDIR)))
    }
    if mapping, let file = MappedFile(descriptor: descriptor) {
      close(descriptor)
      origin = .mapped(file)
      return
    }
    origin = .descriptor(descriptor, close: true)
  }

  /// The mapped file, when the input is one: every block is a slice of it.
  var mapped: MappedFile? {
    if case .mapped(let file) = origin { return file }
    return nil
  }

  /// Serves bytes from memory.
  ///
  /// - Parameters:
  ///   - bytes: the whole input.
  ///   - name: a name for messages.
  ///   - blockSize: the block size in bytes (small sizes exercise records cut across blocks).
  init(bytes: [UInt8], name: String, blockSize: Int) {
    path = name
    self.blockSize = max(1, blockSize)
    origin = .memory(bytes)
    buffer = []
  }

  deinit {
    if case .descriptor(let descriptor, true) = origin { close(descriptor) }
  }

  /// Calls `body` with each block in order, until the input ends or `body` says stop; a block is full unless
  /// it is the last.
  ///
  /// - Parameter body: gets the block (valid only during the call) and whether the input ends with it; returns
  ///   whether to go on.
  /// - Throws: ``ApplicantTableError`` (`cannotRead`) when reading fails part-way, or what `body` throws.
  func forEachBlock(
    _ body: (UnsafeBufferPointer<UInt8>, _ isLast: Bool) throws(ApplicantTableError) -> Bool
  ) throws(ApplicantTableError) {
    switch origin {
    case .mapped(let file):
      try Self.forEachSlice(of: file.bytes, blockSize: blockSize, body)
    case .memory(let bytes):
      try bytes.withUnsafeBufferPointer { (all) throws(ApplicantTableError) in
        try Self.forEachSlice(of: all, blockSize: blockSize, body)
      }
    case .descriptor(let descriptor, _):
      if buffer.count != blockSize { buffer = [UInt8](repeating: 0, count: blockSize) }
      var atEnd = false
      var goOn = true
      while goOn && !atEnd {
        let filled = try fill(descriptor, atEnd: &atEnd)
        goOn = try buffer.withUnsafeBufferPointer { (all) throws(ApplicantTableError) in
          try body(UnsafeBufferPointer(rebasing: all[0..<filled]), atEnd)
        }
      }
    }
  }

  /// Calls `body` with consecutive slices of `all` (at least one, possibly empty) until it says stop.
  private static func forEachSlice(
    of all: UnsafeBufferPointer<UInt8>, blockSize: Int,
    _ body: (UnsafeBufferPointer<UInt8>, _ isLast: Bool) throws(ApplicantTableError) -> Bool
  ) throws(ApplicantTableError) {
    var start = 0
    var goOn = true
    repeat {
      let end = min(all.count, start + blockSize)
      goOn = try body(UnsafeBufferPointer(rebasing: all[start..<end]), end == all.count)
      start = end
    } while goOn && start < all.count
  }

  /// Reads until the buffer is full or the input ends.
  private func fill(_ descriptor: Int32, atEnd: inout Bool) throws(ApplicantTableError) -> Int {
    var filled = 0
    while filled < blockSize {
      let count = buffer.withUnsafeMutableBytes { raw in
        read(descriptor, raw.baseAddress.map { $0 + filled }, blockSize - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw ApplicantTableError(path: path, .cannotRead(reason: ApplicantTableInput.reason(errno)))
      }
      if count == 0 {
        atEnd = true
        break
      }
      filled += count
    }
    return filled
  }

  private static func reason(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

/// The bytes ``ApplicantTableReader`` has read but not yet cut into ``CSVChunk``s: a copy of their own, or, while
/// they are the bytes of a memory-mapped file in order, a range of that file, so that chunks share the file's pages
/// instead of copying them.
struct CSVPendingBytes {
  private enum State {
    case copy([UInt8])
    case mapped(MappedFile, Range<Int>)
  }

  private var state = State.copy([])

  /// How many bytes are pending.
  var count: Int {
    switch state {
    case .copy(let bytes): return bytes.count
    case .mapped(_, let range): return range.count
    }
  }

  /// Appends bytes; those lying right after the pending range in `file` extend it without a copy.
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from file: MappedFile?) {
    if let file, let offset = file.offset(of: bytes) {
      switch state {
      case .copy(let pending) where pending.count <= offset && file.bytes[(offset - pending.count)..<offset].elementsEqual(pending):
        // What is pending (a few bytes handed over apart, such as the first ones, checked for a byte order mark)
        // is what the file holds right before: the range starts there.
        state = .mapped(file, (offset - pending.count)..<(offset + bytes.count))
        return
      case .mapped(let mapped, let range) where mapped === file && range.upperBound == offset:
        state = .mapped(file, range.lowerBound..<(offset + bytes.count))
        return
      default:
        break
      }
    }
    var copy = materialized()
    copy.append(contentsOf: bytes)
    state = .copy(copy)
  }

  /// Calls `body` with the pending bytes.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch state {
    case .copy(let bytes): return bytes.withUnsafeBufferPointer(body)
    case .mapped(let file, let range): return body(UnsafeBufferPointer(rebasing: file.bytes[range]))
    }
  }

  /// Hands out the pending bytes before `end` as a chunk's storage and keeps the rest pending.
  mutating func take(upTo end: Int) -> CSVChunk.Storage {
    switch state {
    case .copy(var bytes):
      let rest = Array(bytes[end...])
      bytes.removeSubrange(end...)
      state = .copy(rest)
      return .array(bytes)
    case .mapped(let file, let range):
      state = .mapped(file, (range.lowerBound + end)..<range.upperBound)
      return .mapped(file, range.lowerBound..<(range.lowerBound + end))
    }
  }

  /// The pending bytes as an array of their own.
  private func materialized() -> [UInt8] {
    switch state {
    case .copy(let bytes): return bytes
    case .mapped(let file, let range): return Array(file.bytes[range])
    }
  }
}

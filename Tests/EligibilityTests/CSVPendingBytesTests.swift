import Foundation
import Testing

@testable import Eligibility

/// Pending bytes stay a range of the mapped file while they are the file's bytes in order, and become a copy of
/// their own (with the same bytes) as soon as they are not.
@Test func pendingBytesShareTheMappedFileWhileTheyCan() throws {
  let path = NSTemporaryDirectory() + "pending-\(getpid()).csv"
  try Data("abcdefghij".utf8).write(to: URL(fileURLWithPath: path))
  defer { try? FileManager.default.removeItem(atPath: path) }
  let descriptor = open(path, O_RDONLY)
  defer { close(descriptor) }
  let file = try #require(MappedFile(descriptor: descriptor))
  func text(_ pending: CSVPendingBytes) -> String { pending.withBytes { String(decoding: $0, as: UTF8.self) } }
  func isMapped(_ storage: CSVChunk.Storage, _ expected: Range<Int>) -> Bool {
    if case .mapped(let mapped, let range) = storage { return mapped === file && range == expected }
    return false
  }

  // The first bytes handed over apart (as the byte order mark check does), then the file's next bytes.
  var pending = CSVPendingBytes()
  Array("abc".utf8).withUnsafeBufferPointer { pending.append($0, from: file) }
  pending.append(UnsafeBufferPointer(rebasing: file.bytes[3..<6]), from: file)
  #expect(text(pending) == "abcdef")
  #expect(isMapped(pending.take(upTo: 4), 0..<4))
  #expect(text(pending) == "ef")
  pending.append(UnsafeBufferPointer(rebasing: file.bytes[6..<8]), from: file)
  #expect(isMapped(pending.take(upTo: 3), 4..<7))

  // Bytes from elsewhere: a copy from then on, even when the file's bytes follow.
  Array("XY".utf8).withUnsafeBufferPointer { pending.append($0, from: file) }
  pending.append(UnsafeBufferPointer(rebasing: file.bytes[8..<10]), from: file)
  #expect(text(pending) == "hXYij")
  guard case .array(let bytes) = pending.take(upTo: 2) else {
    Issue.record("a copy was expected")
    return
  }
  #expect(String(decoding: bytes, as: UTF8.self) == "hX")
  #expect(text(pending) == "Yij" && pending.count == 3)
}

import Foundation

/// Byte-level CSV writing of the batch rows through one reused buffer, handed to `write(2)` a megabyte at a time (it
/// stays in the cache between being filled and being copied out).
///
/// A row is its id, a comma, then its outcome's pre-rendered pieces (`HandServiceText`) around its rank, copied as
/// whole 16- or 64-byte blocks (the buffer and the sources have slack for the overshoot).
struct HandCSVWriter {
  /// One output column set: a service's text, its outcome id per row, and its ranks in row order.
  struct Service {
    var text: HandServiceText
    var outcomeIDs: UnsafePointer<UInt16>
    var ranks: [Int32]
  }

  let fd: Int32
  var buffer: UnsafeMutablePointer<UInt8>
  var capacity = 1 << 20
  var used = 0

  /// Creates (or truncates) the output file.
  init(path: String) throws {
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw UsageError(message: "cannot write \(path)") }
    buffer = .allocate(capacity: capacity)
  }

  /// Writes the header and every row, each applicant's services in order, and closes the file.
  mutating func write(_ applicants: HandApplicants, services: [Service]) {
    append(Array("id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons\n".utf8))
    let perID = 3 + services.count, fixed = services.reduce(0) { $0 + max($1.text.longest, 512) + 192 }
    var cursors = [Int](repeating: 0, count: services.count)
    let texts = services.map(\.text)
    let pieces = texts.map(\.pieces), bytes = texts.map(\.bytes), outcomeIDs = services.map(\.outcomeIDs)
    let ranks = services.map(\.ranks)
    for i in 0..<applicants.count {
      let id = applicants.id(i)
      let room = fixed + perID * 2 * id.count
      if used + room > capacity {
        flush()
        if room > capacity { grow(room) }
      }
      for k in 0..<services.count {
        if !id.quoted && id.count <= 16 {
          copy16(applicants.idBytes + id.start, id.count)
        } else {
          quoted(UnsafeBufferPointer(start: applicants.idBytes + id.start, count: id.count))
        }
        buffer[used] = 0x2C
        used += 1
        let piece = pieces[k][Int(outcomeIDs[k][i])]
        copy64(bytes[k] + Int(piece.start), Int(piece.middle))
        if piece.ranked {
          number(Int(ranks[k][cursors[k]]))
          cursors[k] += 1
        }
        buffer[used] = 0x2C
        used += 1
        if piece.perRow {
          reasons(piece, applicants.rows[i])
        } else {
          copy64(bytes[k] + Int(piece.start) + Int(piece.middle), Int(piece.end))
        }
      }
    }
    withExtendedLifetime(texts) {}
    flush()
    _ = Foundation.close(fd)
    buffer.deallocate()
  }

  /// Hands the buffer to the file.
  mutating func flush() {
    var done = 0
    while done < used {
      let n = Foundation.write(fd, buffer + done, used - done)
      if n <= 0 { break }
      done += n
    }
    used = 0
  }

  /// A bigger, empty buffer.
  mutating func grow(_ room: Int) {
    buffer.deallocate()
    capacity = room
    buffer = .allocate(capacity: capacity)
  }

  /// Appends bytes, flushing as needed.
  mutating func append(_ bytes: [UInt8]) {
    for b in bytes {
      if used == capacity { flush() }
      buffer[used] = b
      used += 1
    }
  }

  /// Appends `count` bytes from `source` in 16-byte blocks (both sides have room for the overshoot).
  @inline(__always) mutating func copy16(_ source: UnsafePointer<UInt8>, _ count: Int) {
    var k = 0
    let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(buffer + used)
    repeat {
      let block = from.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
      to.storeBytes(of: block, toByteOffset: k, as: SIMD16<UInt8>.self)
      k += 16
    } while k < count
    used += count
  }

  /// Appends `count` bytes from `source`: 64 bytes at once when that covers them, else in 16-byte blocks (both sides
  /// have room for the overshoot).
  @inline(__always) mutating func copy64(_ source: UnsafePointer<UInt8>, _ count: Int) {
    if count > 64 {
      copy16(source, count)
      return
    }
    let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(buffer + used)
    to.storeBytes(of: from.loadUnaligned(as: SIMD32<UInt8>.self), as: SIMD32<UInt8>.self)
    let high = from.loadUnaligned(fromByteOffset: 32, as: SIMD32<UInt8>.self)
    to.storeBytes(of: high, toByteOffset: 32, as: SIMD32<UInt8>.self)
    used += count
  }

  /// Appends a positive number's digits.
  @inline(__always) mutating func number(_ value: Int) {
    var digits = 1, v = value
    while v >= 10 { v /= 10; digits += 1 }
    v = value
    for k in stride(from: digits - 1, through: 0, by: -1) {
      buffer[used + k] = UInt8(v % 10) + 0x30
      v /= 10
    }
    used += digits
  }

  /// Appends an id that needs quoting (or is long), quoting it when it needs to be.
  mutating func quoted(_ id: UnsafeBufferPointer<UInt8>) {
    let quote = id.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    if quote { buffer[used] = 0x22; used += 1 }
    for c in id {
      if c == 0x22 { buffer[used] = 0x22; used += 1 }
      buffer[used] = c
      used += 1
    }
    if quote { buffer[used] = 0x22; used += 1 }
  }

  /// Appends the reasons of an outcome that name the row's own values, and the line feed.
  mutating func reasons(_ piece: HandServiceText.Piece, _ a: HandApplicant) {
    for b in (HandServiceText.reasons(piece.reasons, a) + "\n").utf8 {
      buffer[used] = b
      used += 1
    }
  }
}

import Rules

/// Formats a ``ColumnarBlock``'s rows as `screen batch` CSV or JSON Lines, byte for byte as ``BatchTableWriter``
/// writes them.
///
/// Everything an ineligible compiled row writes after its id is constant per service and failure mask, so those
/// bytes are made once, in one pool, by ``BatchTableWriter`` itself (a row with an empty id, less the empty id):
/// `,service,ineligible,,,,,price,,reasons` and the line feed, or the JSON members after `"id"`. A block is then
/// written in two passes: one sums the lengths (rows with a full ``BatchResult``, eligible and reference-evaluated
/// ones, are formatted by ``BatchTableWriter`` then), one copies ids and runs into memory of exactly that size.
/// Immutable; writer threads share one.
struct ColumnarRowWriter: Sendable {
  let writer: BatchTableWriter
  private let pool: [UInt8]
  /// Per service position, per available failure mask (`1 << (criteria + 1)` of them): its run in ``pool``.
  private let runs: [[Range<Int>]]
  /// What comes before a plain id (`{"id":"` in JSON Lines) and after it (`"`).
  private let idOpen: [UInt8]
  private let idClose: [UInt8]

  /// The writer of a batch's services.
  init(plan: CompiledScreening, ruleset: CheckedRuleset, format: BatchTableWriter.Format) {
    writer = BatchTableWriter(format: format, ruleset: ruleset)
    // How the writer renders an empty id, which the runs follow.
    let emptyID = format == .csv ? "" : "{\"id\":\"\""
    idOpen = Array((format == .csv ? "" : "{\"id\":\"").utf8)
    idClose = Array((format == .csv ? "" : "\"").utf8)
    var pool: [UInt8] = []
    var runs: [[Range<Int>]] = []
    for service in plan.services {
      let masks = 1 << (min(service.criteria.count, FailureMask.maximumCriteria) + 1)
      runs.append(
        (0..<masks).map { [writer] mask in
          let reasons = BatchScreening.reasons(FailureMask(rawValue: UInt16(mask)), criteria: service.criteria)
          let line = writer.line(BatchResult(line: 0, id: "", service: service.index, decision: .ineligible, reasons: reasons))
          let start = pool.count
          pool.append(contentsOf: line.utf8.dropFirst(emptyID.utf8.count))
          return start..<pool.count
        })
    }
    self.pool = pool
    self.runs = runs
  }

  /// Whether an id's bytes go out as they are (between ``idOpen`` and ``idClose``): no CSV separator, quote or
  /// line break; in JSON, no quote, backslash or control character.
  private func isPlain(_ id: ArraySlice<UInt8>) -> Bool {
    if writer.format == .csv { return !id.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } }
    return !id.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
  }

  /// The whole id cell of an id that is not plain.
  private func cell(_ id: ArraySlice<UInt8>) -> [UInt8] {
    let text = String(decoding: id, as: UTF8.self)
    return Array((writer.format == .csv ? BatchTableWriter.csvCell(text) : "{\"id\":" + JSONWriter.quoted(text)).utf8)
  }

  /// Appends some of a block's rows to `buffer`, in order: record-major, then service order.
  ///
  /// - Parameters:
  ///   - block: the block.
  ///   - rows: which of its records (all when `nil`).
  ///   - specials: the full results the block's ``ColumnarBlock/special`` indices point to, from `base` on.
  func format(_ block: ColumnarBlock, rows: Range<Int>? = nil, specials: [BatchResult], base: Int, into buffer: inout [UInt8]) {
    let serviceCount = runs.count
    let rows = rows ?? 0..<block.count
    // Pass 1: every length, and the lines of the rows with a full result.
    var lines: [[UInt8]] = []
    var quoted: [Int: [UInt8]] = [:]
    var size = 0
    var idStart = rows.lowerBound == 0 ? 0 : Int(block.idEnds[rows.lowerBound - 1])
    let firstID = idStart
    for r in rows {
      let idEnd = Int(block.idEnds[r])
      var idLength = idOpen.count + idEnd - idStart + idClose.count
      if !isPlain(block.idBytes[idStart..<idEnd]) {
        let cell = cell(block.idBytes[idStart..<idEnd])
        idLength = cell.count
        quoted[r] = cell
      }
      idStart = idEnd
      for position in 0..<serviceCount {
        let at = r * serviceCount + position
        let special = Int(block.special[at])
        if special >= 0 {
          let line = Array(writer.line(specials[base + special]).utf8)
          size += line.count
          lines.append(line)
        } else {
          size += idLength + runs[position][Int(block.failures[at])].count
        }
      }
    }
    // Pass 2: the bytes.
    let start = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: size))
    buffer.withUnsafeMutableBufferPointer { out in
      pool.withUnsafeBufferPointer { pool in
        block.idBytes.withUnsafeBufferPointer { ids in
          guard size > 0, let base = out.baseAddress, let poolBase = pool.baseAddress else { return }
          var o = base + start
          var line = 0
          var idStart = firstID
          for r in rows {
            let idEnd = Int(block.idEnds[r])
            let id = UnsafeBufferPointer(rebasing: ids[idStart..<idEnd])
            let cell = quoted.isEmpty ? nil : quoted[r]
            idStart = idEnd
            for position in 0..<serviceCount {
              let at = r * serviceCount + position
              if block.special[at] >= 0 {
                o = lines[line].withUnsafeBufferPointer { Self.copy($0.baseAddress, $0.count, to: o) }
                line += 1
                continue
              }
              if let cell {
                o = cell.withUnsafeBufferPointer { Self.copy($0.baseAddress, $0.count, to: o) }
              } else {
                o = idOpen.withUnsafeBufferPointer { Self.copy($0.baseAddress, $0.count, to: o) }
                o = Self.copy(id.baseAddress, id.count, to: o)
                o = idClose.withUnsafeBufferPointer { Self.copy($0.baseAddress, $0.count, to: o) }
              }
              let run = runs[position][Int(block.failures[at])]
              o = Self.copy(poolBase + run.lowerBound, run.count, to: o)
            }
          }
        }
      }
    }
  }

  /// Copies `count` bytes to `destination`; returns the end of what was written.
  @inline(__always)
  private static func copy(
    _ source: UnsafePointer<UInt8>?, _ count: Int, to destination: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    if let source, count > 0 { destination.update(from: source, count: count) }
    return destination + count
  }
}

import Rules

/// Formats a ``ColumnarBlock``'s rows as `screen batch` CSV, byte for byte as ``BatchTableWriter`` writes them.
///
/// Everything an ineligible compiled row writes after its id is constant per service and failure mask, so those
/// bytes are made once, in one pool: `,service,ineligible,,,,,price,,reasons` and the line feed. A block is then
/// written in two passes: one sums the lengths (rows with a full ``BatchResult``, eligible and reference-evaluated
/// ones, are formatted by ``BatchTableWriter`` then), one copies ids and runs into memory of exactly that size.
/// Immutable; writer threads share one.
struct ColumnarRowWriter: Sendable {
  let writer: BatchTableWriter
  private let pool: [UInt8]
  /// Per service position, per available failure mask (`1 << (criteria + 1)` of them): its run in ``pool``.
  private let runs: [[Range<Int>]]

  /// The writer of a batch's services.
  init(plan: CompiledScreening, ruleset: CheckedRuleset) {
    writer = BatchTableWriter(format: .csv, ruleset: ruleset)
    var pool: [UInt8] = []
    var runs: [[Range<Int>]] = []
    for service in plan.services {
      let checked = ruleset.services[service.index]
      let price = checked.price?.won.map(String.init) ?? ""
      let prefix = "," + BatchTableWriter.csvCell(checked.id) + ",ineligible,,,,," + price + ",,"
      let masks = 1 << (min(service.criteria.count, FailureMask.maximumCriteria) + 1)
      runs.append(
        (0..<masks).map { mask in
          let reasons = BatchScreening.reasons(FailureMask(rawValue: UInt16(mask)), criteria: service.criteria)
          let start = pool.count
          pool.append(contentsOf: (prefix + BatchTableWriter.csvCell(reasons.joined(separator: ";")) + "\n").utf8)
          return start..<pool.count
        })
    }
    self.pool = pool
    self.runs = runs
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
      var idLength = idEnd - idStart
      if block.idBytes[idStart..<idEnd].contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
        let cell = Array(BatchTableWriter.csvCell(String(decoding: block.idBytes[idStart..<idEnd], as: UTF8.self)).utf8)
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
                o = Self.copy(id.baseAddress, id.count, to: o)
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

import Rules

/// Formats a ``ColumnarBlock``'s rows as `screen batch` CSV, byte for byte as ``BatchTableWriter`` writes them.
///
/// Everything an ineligible compiled row writes besides its id is constant per service and failure mask, so the
/// bytes are made once: per service the run `,service,ineligible,,,,,price,,`, per service and failure mask the
/// reasons cell, all in one pool. Rows with a full ``BatchResult`` (eligible and reference-evaluated rows) go through
/// ``BatchTableWriter``. Immutable; writer threads share one.
struct ColumnarRowWriter: Sendable {
  let writer: BatchTableWriter
  private let pool: [UInt8]
  /// Per service position: its run in ``pool``.
  private let prefixes: [Range<Int>]
  /// Per service position, per available failure mask (`1 << (criteria + 1)` of them): its reasons cell in ``pool``.
  private let cells: [[Range<Int>]]

  /// The writer of a batch's services.
  init(plan: CompiledScreening, ruleset: CheckedRuleset) {
    writer = BatchTableWriter(format: .csv, ruleset: ruleset)
    var pool: [UInt8] = []
    func add(_ text: String) -> Range<Int> {
      let start = pool.count
      pool.append(contentsOf: text.utf8)
      return start..<pool.count
    }
    var prefixes: [Range<Int>] = []
    var cells: [[Range<Int>]] = []
    for service in plan.services {
      let checked = ruleset.services[service.index]
      let price = checked.price?.won.map(String.init) ?? ""
      prefixes.append(add("," + BatchTableWriter.csvCell(checked.id) + ",ineligible,,,,," + price + ",,"))
      let masks = 1 << (min(service.criteria.count, FailureMask.maximumCriteria) + 1)
      cells.append(
        (0..<masks).map { mask in
          add(BatchTableWriter.csvCell(BatchScreening.reasons(FailureMask(rawValue: UInt16(mask)), criteria: service.criteria).joined(separator: ";")))
        })
    }
    self.pool = pool
    self.prefixes = prefixes
    self.cells = cells
  }

  /// Appends a block's rows to `buffer`, in order: record-major, then service order.
  ///
  /// - Parameters:
  ///   - block: the block.
  ///   - specials: the full results the block's ``ColumnarBlock/special`` indices point to, from `base` on.
  func format(_ block: ColumnarBlock, specials: [BatchResult], base: Int, into buffer: inout [UInt8]) {
    let serviceCount = prefixes.count
    pool.withUnsafeBufferPointer { pool in
      block.idBytes.withUnsafeBufferPointer { ids in
        var start = 0
        for r in 0..<block.count {
          let end = Int(block.idEnds[r])
          let id = UnsafeBufferPointer(rebasing: ids[start..<end])
          start = end
          let plain = !id.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
          for position in 0..<serviceCount {
            let at = r * serviceCount + position
            let special = Int(block.special[at])
            if special >= 0 {
              buffer.append(contentsOf: writer.line(specials[base + special]).utf8)
              continue
            }
            if plain {
              buffer.append(contentsOf: id)
            } else {
              buffer.append(contentsOf: BatchTableWriter.csvCell(String(decoding: id, as: UTF8.self)).utf8)
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: pool[prefixes[position]]))
            // A compiled ineligible row's mask is available (the others are specials), so it is in range.
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: pool[cells[position][Int(block.failures[at])]]))
            buffer.append(0x0A)
          }
        }
      }
    }
  }
}

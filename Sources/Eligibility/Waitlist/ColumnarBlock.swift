import Rules

/// One block of rows screened in columns: what a worker hands back, in input order.
///
/// Per accepted row: its line and id (UTF-8 bytes); per row and service: the ``FailureMask``, and for the rows that
/// need more than that to be written (eligible rows, which are ranked, and rows the reference evaluator settles)
/// the index of a full ``BatchResult`` in ``specials``.
struct ColumnarBlock: Sendable {
  var count = 0
  var lines: [Int32] = []
  var idBytes: [UInt8] = []
  var idEnds: [Int32] = []
  var failures: [UInt16] = []
  /// Per row and service: an index into ``specials``, or -1.
  var special: [Int32] = []
  var specials: [BatchResult] = []
  var rejected: [RowErrors] = []
  var skippedBlank = 0
  /// The rows as CSV, when the block was formatted where it was screened (streaming without ranks).
  var formatted: [UInt8] = []
}

extension BatchScreening {
  /// Parses, decodes, screens and (for the few rows that need it) explains one chunk of CSV records, on the
  /// calling thread: fields are read in place from the chunk's bytes (``CSVChunkParser``) and cells go straight
  /// into held columns (``ApplicantTableColumnBuffers``); the results equal ``screenCompiled(_:_:)``'s for the
  /// same rows.
  func screenColumnar(
    _ chunk: CSVChunk, header: ApplicantTableHeader, maxRowBytes: Int, plan: CompiledScreening,
    cells: ApplicantTableCellDecoder
  ) -> ColumnarBlock {
    let compiled = plan.ruleset
    let serviceCount = compiled.serviceCount
    let exportCount = compiled.exportedDerived.count
    var out = ColumnarBlock()
    var text: TextEncodingDecoder
    do {
      text = try TextEncodingDecoder(option: chunk.encoding.map { .fixed($0) } ?? .automatic)
    } catch {
      preconditionFailure("the reader already made a converter for this encoding")
    }
    var batch = RecordBatch(for: compiled)
    batch.appendMissing(chunk.lineBreaks + 2)
    var decoder = ApplicantTableColumnDecoder(header: header, layout: compiled.layout, cells: cells, decoded: plan.decodedFields)
    let asOfDay = asOf.map { Int32($0.dayNumber) }
    var applicationColumn: Int?
    if let slot = plan.applicationDateSlot, case .day(let c) = compiled.layout.fields[slot] { applicationColumn = c }
    var idColumn: Int?
    // The header column of an id the batch does not decode: its cell's bytes are the id.
    var idCell: Int?
    if let slot = plan.idSlot {
      if !plan.decodedFields.contains(slot) {
        idCell = header.slots.firstIndex(of: slot)
      } else if case .text(let c) = compiled.layout.fields[slot] {
        idColumn = c
      }
    }
    let buffers = ApplicantTableColumnBuffers(kinds: decoder.kinds, rows: batch.count)
    let applicationDays = applicationColumn.flatMap { buffers.days($0) }
    let idTexts = idColumn.flatMap { buffers.texts($0) }
    out.lines.reserveCapacity(chunk.lineBreaks + 1)
    out.idEnds.reserveCapacity(chunk.lineBreaks + 1)
    var row = 0
    var errors: [RowError] = []
    CSVChunkParser(maxRecordBytes: maxRowBytes, maxFields: CSVParser().maxFields).parse(chunk) { record in
      if record.isEmptyLine {
        out.skippedBlank += 1
        return
      }
      let line = record.line
      errors.removeAll(keepingCapacity: true)
      let stored = record.storedFieldCount
      if let syntax = record.syntaxError {
        errors.append(RowError(line: line, column: header.name(ofColumn: syntax.field), .syntax(syntax.problem)))
      } else if record.fieldCount != header.names.count {
        errors.append(RowError(line: line, column: nil, .wrongColumnCount(expected: header.names.count, found: record.fieldCount)))
      } else {
        let filled = decoder.decode(record, line: line, row: row, batch: &batch, buffers: buffers, text: text, errors: &errors)
        if !filled {
          out.skippedBlank += 1
          return
        }
        if errors.isEmpty {
          if let asOfDay {
            batch.referenceDays[row] = asOfDay
          } else if let applicationDays {
            batch.referenceDays[row] = applicationDays[row]
          } else if let applicationColumn {
            batch.referenceDays[row] = batch.dayColumns[applicationColumn][row]
          } else if let slot = plan.applicationDateSlot, case .date(let date)? = batch.value(at: row, slot: slot) {
            batch.referenceDays[row] = Int32(date.dayNumber)
          }
          out.lines.append(Int32(line))
          if let idCell {
            appendID(record.field(idCell), text: text, to: &out.idBytes)
          } else if let idTexts {
            if let id = batch.texts.text(idTexts[row]) { out.idBytes.append(contentsOf: id.utf8) }
          } else if let idColumn, let id = batch.texts.text(batch.textColumns[idColumn][row]) {
            out.idBytes.append(contentsOf: id.utf8)
          } else if let slot = plan.idSlot, case .text(let id)? = batch.value(at: row, slot: slot) {
            out.idBytes.append(contentsOf: id.utf8)
          }
          out.idEnds.append(Int32(out.idBytes.count))
          row += 1
          return
        }
        for slot in header.slots { try? batch.setValue(nil, slot: slot, row: row) }
        buffers.clear(row: row)
      }
      let cellTexts = (0..<stored).map { text.lossyString(record.field($0)) }
      out.rejected.append(RowErrors(line: line, errors: errors, cells: cellTexts))
    }
    buffers.copy(into: &batch)
    out.count = row
    var codes = [UInt32](repeating: 0, count: row * serviceCount)
    out.failures = [UInt16](repeating: 0, count: row * serviceCount)
    var exports = [Int64](repeating: 0, count: row * exportCount * 2)
    if row > 0 {
      let workspace = compiled.makeWorkspace()
      codes.withUnsafeMutableBufferPointer { codes in
        out.failures.withUnsafeMutableBufferPointer { failures in
          exports.withUnsafeMutableBufferPointer { exports in
            compiled.evaluate(batch, records: 0..<row, workspace: workspace, into: codes, failures: failures, exports: exports)
          }
        }
      }
    }
    out.special = [Int32](repeating: -1, count: row * serviceCount)
    let evaluator = context.evaluator
    for r in 0..<row {
      var prepared: Record?
      var record: ApplicantTableRecord?
      var id: String?
      for (position, service) in plan.services.enumerated() {
        let at = r * serviceCount + position
        let code = ResultCode(rawValue: codes[at])
        switch code.decision {
        case .ineligible where FailureMask(rawValue: out.failures[at]).isAvailable:
          continue
        default:
          break
        }
        let rowID = id ?? String(decoding: out.idBytes[(r == 0 ? 0 : Int(out.idEnds[r - 1]))..<Int(out.idEnds[r])], as: UTF8.self)
        id = rowID
        var result = BatchResult(line: Int(out.lines[r]), id: rowID, service: service.index, decision: code.decision)
        if code.decision == .eligible, code.priority != .undetermined, code.tier != .undetermined {
          let words = exports[(r * exportCount * 2)..<((r + 1) * exportCount * 2)]
          if decodeEligible(&result, code: code, position: position, row: r, batch: batch, exports: words, plan: plan) {
            out.special[at] = Int32(out.specials.count)
            out.specials.append(result)
            continue
          }
        }
        let facts = record ?? ApplicantTableRecord(line: Int(out.lines[r]), facts: self.facts(row: r, id: rowID, batch: batch, plan: plan))
        record = facts
        let ready = prepared ?? evaluator.prepare(facts.facts, referenceDate: batch.referenceDate(at: r))
        prepared = ready
        out.special[at] = Int32(out.specials.count)
        out.specials.append(
          self.result(of: evaluator.evaluate(service: service.index, on: ready), record: facts, id: rowID, prepared: ready))
      }
    }
    return out
  }

  /// Appends a row's id cell to `ids` as UTF-8, trimmed as the cell decoder trims a text (a cell that does not
  /// decode was already reported by the column decoder, which rejects the row).
  private func appendID(_ bytes: UnsafeBufferPointer<UInt8>, text: TextEncodingDecoder, to ids: inout [UInt8]) {
    if let first = bytes.first, let last = bytes.last, first >= 0x21, first <= 0x7E, last >= 0x21, last <= 0x7E,
      !bytes.contains(where: { $0 >= 0x80 })
    {
      ids.append(contentsOf: bytes)
    } else if let cell = text.string(bytes) {
      ids.append(contentsOf: ApplicantTableCellDecoder.trimmed(cell).utf8)
    }
  }

  /// The facts of row `r` for the reference evaluator, with the id the batch kept as bytes.
  private func facts(row r: Int, id: String, batch: RecordBatch, plan: CompiledScreening) -> Facts {
    var facts = batch.facts(at: r)
    if let slot = plan.idSlot, !plan.decodedFields.contains(slot), !id.isEmpty { facts[slot] = .text(id) }
    return facts
  }
}

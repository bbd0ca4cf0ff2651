import Eligibility
import Foundation
import Rules

/// Invariant 6: the columnar batch path (`screen batch`'s fast path: the file memory-mapped and cut into chunks,
/// records split eight bytes at a time, cells decoded into typed columns, the compiled rules, the parallel writer,
/// CSV or, for every third input, JSON Lines) writes exactly the bytes of the row-by-row path (the whole-file
/// reader, the reference layout, the row writer), and reports the same bad rows in the same order, for a CSV input
/// written to a file.
struct ColumnarCheck {
  let context: ScreeningContext
  /// Where inputs are written (one file, reused).
  let path: String

  /// The violations for one input (none for JSON Lines, which has no columnar path).
  func check(_ input: FuzzInput, index: Int) -> [String] {
    guard input.name.hasSuffix(".csv") else { return [] }
    guard FileManager.default.createFile(atPath: path, contents: Data(input.bytes)) else {
      return ["cannot write \(path)"]
    }
    var reader = ApplicantTableReader(ruleset: context.ruleset)
    reader.encoding = input.encoding
    do {
      let screening = try BatchScreening(context: context, services: [], workers: 1 + index % 2)
      var run = BatchRun(screening: screening)
      run.blockRows = 32 << (index % 5)
      var rowErrors: [String] = []
      let rows: BatchOutcome
      do {
        rows = try run.run(path: path, reader: reader) { rowErrors.append($0.rendered(in: .english)) }
      } catch {
        // A refused input: the columnar path must refuse it the same way.
        do {
          _ = try run.runColumnar(path: path, reader: reader) { _ in }
          return ["the row path refused the input, the columnar path did not"]
        } catch let columnar {
          return columnar.rendered(in: .english) == error.rendered(in: .english) ? [] : ["the paths refuse differently"]
        }
      }
      var columnarErrors: [String] = []
      let columnar = try run.runColumnar(path: path, reader: reader) { columnarErrors.append($0.rendered(in: .english)) }
      guard let columnar else { return ["the columnar path did not apply to a CSV input"] }
      let format = index % 3 == 0 ? BatchTableWriter.Format.jsonl : .csv
      let writer = BatchTableWriter(format: format, ruleset: context.ruleset)
      var expected = Array(writer.header(byteOrderMark: false).utf8)
      for result in rows.results { expected += Array(writer.line(result).utf8) }
      let out = path + ".out"
      let descriptor = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      defer { try? FileManager.default.removeItem(atPath: out) }
      guard descriptor >= 0 else { return ["cannot write \(out)"] }
      let written = columnar.write(to: descriptor, format: format, byteOrderMark: false, pieceBytes: 1 << (8 + index % 8))
      close(descriptor)
      guard written else { return ["the columnar writer failed"] }
      var violations: [String] = []
      if FileManager.default.contents(atPath: out).map(Array.init) != expected {
        violations.append("columnar output differs from the row path")
      }
      if columnarErrors != rowErrors {
        violations.append("columnar bad rows differ: \(columnarErrors.count) vs \(rowErrors.count)")
      }
      if columnar.outcome.rowsIn != rows.rowsIn || columnar.outcome.table != rows.table {
        violations.append("columnar counts differ: \(columnar.outcome.rowsIn) vs \(rows.rowsIn)")
      }
      return violations
    } catch let error as ApplicantTableError {
      return ["the columnar path refused an input the row path read: \(error.rendered(in: .english))"]
    } catch {
      return ["unexpected error: \(error)"]
    }
  }
}

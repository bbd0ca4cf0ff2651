import Eligibility
import Rules

/// What reading one input gave, and which invariants it broke.
struct CheckResult {
  /// Rows delivered as facts.
  var accepted = 0
  /// Rows delivered as errors.
  var rejected = 0
  /// Blank lines and empty rows skipped.
  var skipped = 0
  /// Whether the whole input was refused (bad header, UTF-16, no header).
  var inputError = false
  /// Broken invariants, in words.
  var violations: [String] = []
}

/// Reads an input and checks the reader's promises:
///
/// 1. every row is delivered once: the rows delivered equal the summary's `rows`, `accepted + rejected`;
/// 2. rows come in file order: lines strictly increase, CSV data rows after line 1;
/// 3. a rejected row has at least one error, and every error renders in Korean and English;
/// 4. the answer does not depend on the block size (rows cut across blocks), when the encoding is fixed or the
///    input is clean;
/// 5. a clean input is read exactly: the facts and lines written, nothing rejected.
struct InputCheck {
  let reader: ApplicantTableReader

  /// Everything one read delivered.
  struct Reading: Equatable {
    var rows: [Result<ApplicantTableRecord, RowErrors>] = []
    var summary: ApplicantTableSummary?
    var error: ApplicantTableError?
  }

  func read(_ input: FuzzInput, blockSize: Int) -> Reading {
    var reader = reader
    reader.encoding = input.encoding
    var reading = Reading()
    do {
      reading.summary = try reader.read(bytes: input.bytes, name: input.name, blockSize: blockSize) { reading.rows.append($0) }
    } catch {
      reading.error = error
    }
    return reading
  }

  func check(_ input: FuzzInput, smallBlock: Int) -> CheckResult {
    var result = CheckResult()
    let reading = read(input, blockSize: 1 << 20)
    let lines = reading.rows.map { row in
      switch row {
      case .success(let record): return record.line
      case .failure(let errors): return errors.line
      }
    }
    for row in reading.rows {
      switch row {
      case .success: result.accepted += 1
      case .failure(let errors):
        result.rejected += 1
        if errors.errors.isEmpty { result.violations.append("rejected row \(errors.line) has no error") }
        for error in errors.errors where error.rendered(in: .korean).isEmpty || error.rendered(in: .english).isEmpty {
          result.violations.append("row \(errors.line): an error renders empty")
        }
      }
    }
    if let summary = reading.summary {
      result.skipped = summary.skippedBlank
      if summary.rows != reading.rows.count || summary.accepted != result.accepted || summary.rejected != result.rejected {
        result.violations.append("summary \(summary.rows) = \(summary.accepted) + \(summary.rejected), delivered \(reading.rows.count)")
      }
    } else {
      result.inputError = true
      if reading.error?.problems.isEmpty ?? true { result.violations.append("an input error without a problem") }
      if !reading.rows.isEmpty, reading.error?.problems.contains(where: { if case .cannotRead = $0 { true } else { false } }) != true {
        result.violations.append("rows delivered before a header error")
      }
    }
    let first = input.name.hasSuffix(".csv") ? 2 : 1
    if let low = lines.first, low < first { result.violations.append("row at line \(low)") }
    if zip(lines, lines.dropFirst()).contains(where: { $0 >= $1 }) { result.violations.append("lines out of order: \(lines.prefix(20))") }
    if input.encoding != .automatic || input.expected != nil {
      let small = read(input, blockSize: smallBlock)
      if small != reading { result.violations.append("block size \(smallBlock) reads differently") }
    }
    if let expected = input.expected {
      if reading.error != nil { result.violations.append("clean input refused: \(reading.error.map { $0.rendered(in: .english) } ?? "")") }
      let records = reading.rows.compactMap { try? $0.get() }
      if result.rejected > 0 || records != expected {
        let firstBad = reading.rows.first { (try? $0.get()).map { !expected.contains($0) } ?? true }
        result.violations.append("clean input read wrongly; first difference: \(String(describing: firstBad))")
      }
      if reading.summary?.skippedBlank != input.expectedBlank {
        result.violations.append("skipped \(reading.summary?.skippedBlank ?? -1) blank rows, wrote \(input.expectedBlank)")
      }
    }
    return result
  }
}

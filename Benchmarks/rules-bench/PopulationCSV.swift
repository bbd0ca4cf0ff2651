import Foundation
import Rules

/// The synthetic population written as an applicant CSV, as staff would export it: canonical headers, money with
/// thousands separators in some rows, a few quoted cells and a few bad rows (a nonexistent date, a negative income,
/// an unknown status, a short row).
enum PopulationCSV {
  /// Writes `count` applicants to `path`.
  static func write(ruleset: CheckedRuleset, count: Int, seed: UInt64, to path: String) throws {
    let compiled = CompiledRuleset(ruleset, services: [])
    let fields = ruleset.schema.fields
    var out: [UInt8] = []
    out.reserveCapacity(count * 160)
    out.append(contentsOf: fields.map(\.name).joined(separator: ",").utf8)
    out.append(0x0A)
    var random = SplitMix64(state: seed ^ 0x5EED)
    let handle = FileManager.default.createFile(atPath: path, contents: nil)
    guard handle, let file = FileHandle(forWritingAtPath: path) else { throw UsageError(message: "cannot write \(path)") }
    var first = 0
    var block = 0
    while first < count {
      let rows = min(16_384, count - first)
      var batch = RecordBatch(for: compiled)
      Population.fill(&batch, ruleset: ruleset, count: rows, seed: seed &+ UInt64(block))
      for row in 0..<rows {
        let bad = random.perMille(2)
        for (slot, field) in fields.enumerated() {
          if slot > 0 { out.append(0x2C) }
          if field.name == "id" {
            out.append(contentsOf: "A\(first + row + 1)".utf8)
            continue
          }
          guard let value = batch.value(at: row, slot: slot) else { continue }
          var cell: String
          switch value {
          case .money(let v): cell = random.perMille(100) ? "\"" + grouped(v) + "\"" : String(v)
          case .count(let v): cell = String(v)
          case .date(let d): cell = d.description
          case .bool(let b): cell = b ? "1" : "0"
          case .enumCase(let i):
            if case .enumeration(let e) = field.type { cell = ruleset.enumerations[e].caseNames[i] } else { cell = "" }
          case .text(let t): cell = random.perMille(20) ? "\"" + t + "\"" : t
          default: cell = ""
          }
          if bad, field.type == .date { cell = "1950-02-30" }
          out.append(contentsOf: cell.utf8)
        }
        out.append(0x0A)
      }
      file.write(Data(out))
      out.removeAll(keepingCapacity: true)
      first += rows
      block += 1
    }
    try file.close()
  }

  static func grouped(_ v: Int64) -> String {
    let digits = Array(String(v))
    var text = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { text.append(",") }
      text.append(c)
    }
    return text
  }
}

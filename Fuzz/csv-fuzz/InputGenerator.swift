import Eligibility
import Rules

/// One generated input: a table's bytes, how to read it and, for a clean (unmutated) input, exactly what the
/// reader must deliver.
struct FuzzInput {
  /// The file name (its extension picks the format).
  var name: String
  /// The file.
  var bytes: [UInt8]
  /// The encoding option to read with.
  var encoding: TextEncodingOption
  /// Data rows written (before any mutation).
  var rows: Int
  /// For a clean input: each row's line and facts; `nil` after mutation.
  var expected: [ApplicantTableRecord]?
  /// For a clean input: rows whose cells are all empty (skipped by the reader).
  var expectedBlank = 0
  /// What was done to the input, for `--replay`.
  var notes: [String] = []
}

/// Generates input `i` of seed `s`: a random table over the fuzz schema, written in a random dialect (CSV or
/// JSON Lines; UTF-8, UTF-8 with a byte order mark or CP949; LF, CRLF or CR), then, for most inputs, mutated.
struct InputGenerator {
  let schema: Schema
  let enumerations: [Enumeration]

  func input(seed: UInt64, index: Int) -> FuzzInput {
    var random = SplitMix64(seed: seed, index: index)
    let jsonLines = random.chance(15)
    let cp949 = random.chance(30)
    var writer = CellWriter(enumerations: enumerations)
    writer.forCP949 = cp949
    let columns = Array(schema.fields.indices.shuffled(using: &random).prefix(Int.random(in: 1...schema.fields.count, using: &random)))
    let headers = columns.map { random.chance(50) ? schema.fields[$0].name : schema.fields[$0].label }
    let rowCount = random.chance(3) ? 0 : Int.random(in: 1...64, using: &random)
    var table = TableText(jsonLines: jsonLines, lineBreak: random.pick(["\n", "\r\n", "\r"]), random: &random)
    if !jsonLines { table.writeHeader(headers, random: &random) }
    var expected: [ApplicantTableRecord] = []
    var blank = 0
    for _ in 0..<rowCount {
      var facts = Facts(count: schema.fields.count)
      var cells: [String?] = []
      for slot in columns {
        let cell = random.chance(20) ? nil : writer.cell(schema.fields[slot].type, using: &random)
        facts[slot] = cell?.value
        cells.append(cell?.text)
      }
      let line = table.writeRow(headers: headers, cells: cells, random: &random)
      if !jsonLines, cells.allSatisfy({ $0 == nil }) { blank += 1 } else { expected.append(ApplicantTableRecord(line: line, facts: facts)) }
    }
    table.finish(random: &random)
    var input = FuzzInput(
      name: jsonLines ? "fuzz.jsonl" : "fuzz.csv", bytes: Array(table.text.utf8), encoding: .automatic, rows: rowCount,
      expected: expected, expectedBlank: blank)
    input.notes.append(jsonLines ? "JSON Lines" : "CSV")
    if cp949, let encoded = TextEncodingConverter.encode(table.text, as: .cp949) {
      input.bytes = encoded
      input.notes.append("CP949")
      if random.chance(40) { input.encoding = .fixed(.cp949) }
    } else if random.chance(25) {
      input.bytes = TextEncodingDetector.utf8ByteOrderMark + input.bytes
      input.notes.append("UTF-8 with byte order mark")
    } else if random.chance(30) {
      input.encoding = .fixed(.utf8)
    }
    if random.chance(70) {
      var mutator = ByteMutator(random: random)
      for _ in 0..<Int.random(in: 1...8, using: &random) { input.notes.append(mutator.mutate(&input.bytes)) }
      input.expected = nil
    }
    return input
  }
}

/// A table being written, keeping track of the physical line each row starts on.
private struct TableText {
  let jsonLines: Bool
  let lineBreak: String
  var text = ""
  var line = 1
  private let quoteAll: Bool

  init(jsonLines: Bool, lineBreak: String, random: inout SplitMix64) {
    self.jsonLines = jsonLines
    self.lineBreak = jsonLines && lineBreak == "\r" ? "\n" : lineBreak
    quoteAll = random.chance(10)
  }

  mutating func writeHeader(_ headers: [String], random: inout SplitMix64) {
    append(headers.map { quoted($0, random: &random) }.joined(separator: ",") + lineBreak)
  }

  /// Writes a row; returns the line it starts on.
  mutating func writeRow(headers: [String], cells: [String?], random: inout SplitMix64) -> Int {
    let start = line
    if jsonLines {
      let members = zip(headers, cells).compactMap { header, cell -> String? in
        guard let cell else { return random.chance(50) ? nil : "\(JSONWriter.quoted(header)): null" }
        return "\(JSONWriter.quoted(header)): \(JSONWriter.quoted(cell))"
      }
      append("{" + members.joined(separator: ", ") + "}" + lineBreak)
    } else {
      append(cells.map { quoted($0 ?? "", random: &random) }.joined(separator: ",") + lineBreak)
    }
    return start
  }

  /// Drops the last line break, sometimes (not after a blank row, which it would erase).
  mutating func finish(random: inout SplitMix64) {
    if random.chance(30), text.hasSuffix(lineBreak), !text.hasSuffix(lineBreak + lineBreak) {
      text.removeLast(lineBreak.count)
    }
  }

  private func quoted(_ cell: String, random: inout SplitMix64) -> String {
    let needs = cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    guard needs || quoteAll || random.chance(10) else { return cell }
    return "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
  }

  private mutating func append(_ piece: String) {
    text += piece
    var afterCR = false
    for byte in piece.utf8 {
      if byte == 0x0D {
        line += 1
        afterCR = true
      } else {
        if byte == 0x0A, !afterCR { line += 1 }
        afterCR = false
      }
    }
  }
}

import Eligibility
import Foundation
import Rules
import Testing

/// A generated applicant table with every kind of cell the reader accepts or rejects: labels or names as headers,
/// grouped money with 원, 예/아니오, case labels, quoted cells with commas, quotes and line breaks, empty cells, blank
/// rows, and bad rows (nonexistent dates, negative income, unknown status, wrong column count, stray quotes).
private func generatedTable(rows: Int, koreanHeaders: Bool, seed: UInt64) throws -> String {
  let ruleset = try rulesetContext().ruleset
  let fields = ruleset.schema.fields
  var state = seed
  func next(_ n: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(n))
  }
  var lines = [fields.map { koreanHeaders ? "\"" + $0.label + "\"" : $0.name }.joined(separator: ",")]
  let places = [("부산광역시", "사하구"), ("부산광역시", "북구"), ("대구광역시", "북구"), ("서울특별시", "성동구")]
  for row in 0..<rows {
    let place = places[next(places.count)]
    let year = 2023 + next(4)
    var cells: [String] = []
    for field in fields {
      if next(40) == 0 {
        cells.append(next(2) == 0 ? "" : "  ")
        continue
      }
      switch field.type {
      case .text:
        switch field.name {
        case "id":
          switch next(30) {
          case 0: cells.append("\"A,\(row)\"\"q\"\"\"")
          case 1: cells.append(" 신청\(row) ")  // trimmed; not ASCII (CP949 in the CP949 case)
          default: cells.append("A\(row)")
          }
        case "sido": cells.append(next(10) == 0 ? "\" \(place.0)\"" : place.0)
        case "sigungu": cells.append(place.1)
        default: cells.append("x\(next(3))")
        }
      case .date:
        let month = 1 + next(12)
        let day = 1 + next(28)
        let birth = field.name.contains("birth")
        let y = birth ? 1935 + next(60) : year
        let text = String(format: "%04d-%02d-%02d", y, month, day)
        cells.append(next(200) == 0 ? "\(y)-02-30" : (next(5) == 0 ? text.replacingOccurrences(of: "-", with: ".") : text))
      case .money:
        let v = Int64(next(2_000) * 3_000 + next(1_000))
        switch next(6) {
        case 0: cells.append("\"\(v.formatted(.number.grouping(.automatic)).replacingOccurrences(of: ".", with: ","))\"")
        case 1: cells.append("\(v)원")
        default: cells.append(next(300) == 0 ? "-\(v)" : "\(v)")
        }
      case .count: cells.append("\(1 + next(9))")
      case .bool:
        let words = ["1", "0", "예", "아니오", "Y", "n", "true", "FALSE", "아니요"]
        cells.append(words[next(words.count)])
      case .enumeration(let e):
        let enumeration = ruleset.enumerations[e]
        let i = next(enumeration.caseNames.count)
        cells.append(next(150) == 0 ? "모름" : (next(2) == 0 ? enumeration.caseNames[i] : enumeration.caseLabels[i]))
      default:
        cells.append("")
      }
    }
    switch next(100) {
    case 0: cells.removeLast()
    case 1: lines.append(String(repeating: ",", count: fields.count - 1))
    case 2: cells[0] = "A\(row)\"x"
    case 3: cells[0] = "\"A\n\(row)\""
    default: break
    }
    lines.append(cells.joined(separator: ","))
  }
  return lines.joined(separator: "\r\n") + "\r\n"
}

/// The previous row-by-row path and the columnar path write the same bytes and reject the same rows.
/// (The file is memory-mapped and cut into chunks that share its pages; a byte order mark is skipped.)
@Test(arguments: [
  (korean: false, cp949: false, bom: false, workers: 1), (korean: true, cp949: false, bom: true, workers: 2),
  (korean: true, cp949: true, bom: false, workers: 2),
])
func columnarBatchWritesTheSameBytesAsTheRowPath(korean: Bool, cp949: Bool, bom: Bool, workers: Int) throws {
  let context = try rulesetContext()
  let text = try generatedTable(rows: 3_000, koreanHeaders: korean, seed: korean ? 7 : 11)
  guard let encoded = cp949 ? TextEncodingConverter.encode(text, as: .cp949) : Array(text.utf8) else { throw TestSetupFailure() }
  let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + encoded
  let path = NSTemporaryDirectory() + "columnar-\(getpid())-\(korean)-\(cp949).csv"
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  defer { try? FileManager.default.removeItem(atPath: path) }
  let screening = try BatchScreening(context: context, services: ["saha-organizing", "bukgu-meal"], workers: workers)
  var run = BatchRun(screening: screening)
  run.blockRows = 512
  let reader = ApplicantTableReader(ruleset: context.ruleset)
  var rowErrors: [String] = []
  let outcome = try run.run(path: path, reader: reader, rejected: { rowErrors.append($0.rendered(in: .english)) })
  let writer = BatchTableWriter(format: .csv, ruleset: context.ruleset)
  var expected = writer.header(byteOrderMark: false)
  for result in outcome.results { expected += writer.line(result) }

  var columnarErrors: [String] = []
  let columnar = try #require(try run.runColumnar(path: path, reader: reader, rejected: { columnarErrors.append($0.rendered(in: .english)) }))
  var written: [UInt8] = []
  columnar.write(byteOrderMark: false, chunkBytes: 4096) { written.append(contentsOf: $0) }
  #expect(String(decoding: written, as: UTF8.self) == expected)
  // Every worker writing its pieces in turn to a file gives the same bytes, whole blocks or a few rows at a time,
  // as CSV and as JSON Lines.
  let jsonWriter = BatchTableWriter(format: .jsonl, ruleset: context.ruleset)
  let expectedJSON = outcome.results.map(jsonWriter.line).joined()
  let outPath = path + ".out"
  defer { try? FileManager.default.removeItem(atPath: outPath) }
  for (format, pieceBytes) in [(BatchTableWriter.Format.csv, 1 << 20), (.csv, 1_000), (.jsonl, 1 << 20), (.jsonl, 1_000)] {
    let descriptor = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(descriptor >= 0)
    #expect(columnar.write(to: descriptor, format: format, byteOrderMark: false, pieceBytes: pieceBytes))
    close(descriptor)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self)
    #expect(text == (format == .csv ? expected : expectedJSON))
  }
  #expect(columnarErrors == rowErrors)
  #expect(columnar.results == outcome.results)
  #expect(columnar.outcome.rowsIn == outcome.rowsIn && columnar.outcome.rejected == outcome.rejected)
  #expect(columnar.outcome.table == outcome.table)
  #expect(outcome.rejected > 10 && outcome.screened > 2_000)
}

/// Streaming without ranks (`--no-rank`) writes the ranked output's rows with the rank left empty, reports the same
/// bad rows in the same order, and counts the same, on both the columnar and the row path.
@Test(arguments: [1, 2])
func streamingWithoutRanksWritesTheRankedRowsWithoutRanks(workers: Int) throws {
  let context = try rulesetContext()
  let text = try generatedTable(rows: 2_000, koreanHeaders: true, seed: 5)
  let path = NSTemporaryDirectory() + "streaming-\(getpid())-\(workers).csv"
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  defer { try? FileManager.default.removeItem(atPath: path) }
  let screening = try BatchScreening(context: context, services: ["saha-organizing", "bukgu-meal"], workers: workers)
  var run = BatchRun(screening: screening)
  run.blockRows = 256
  let reader = ApplicantTableReader(ruleset: context.ruleset)

  var rankedErrors: [String] = []
  let ranked = try #require(try run.runColumnar(path: path, reader: reader, rejected: { rankedErrors.append($0.rendered(in: .english)) }))
  let writer = BatchTableWriter(format: .csv, ruleset: context.ruleset)
  var unranked = writer.header(byteOrderMark: true)
  for var result in ranked.results {
    result.rank = nil
    unranked += writer.line(result)
  }
  #expect(ranked.results.contains { $0.rank != nil })

  var streamedErrors: [String] = []
  var streamedBytes: [UInt8] = []
  let streamed = try #require(
    try run.streamColumnar(
      path: path, reader: reader, byteOrderMark: true, rejected: { streamedErrors.append($0.rendered(in: .english)) },
      write: { streamedBytes.append(contentsOf: $0) }))
  #expect(String(decoding: streamedBytes, as: UTF8.self) == unranked)
  #expect(streamedErrors == rankedErrors)
  #expect(streamed.rowsIn == ranked.outcome.rowsIn && streamed.rejected == ranked.outcome.rejected)
  #expect(streamed.rowsOut == ranked.outcome.rowsOut && streamed.table == ranked.outcome.table)
  #expect(!streamed.ranked && ranked.outcome.ranked)

  // Ranked in two passes: exactly what ranking in memory writes, in CSV and in JSON Lines.
  for format in [BatchTableWriter.Format.csv, .jsonl] {
    var inMemory: [UInt8] = []
    ranked.write(format: format, byteOrderMark: true) { inMemory.append(contentsOf: $0) }
    var twoPassErrors: [String] = []
    var twoPass: [UInt8] = []
    let outcome = try #require(
      try run.streamColumnar(
        path: path, reader: reader, format: format, byteOrderMark: true, ranked: true,
        rejected: { twoPassErrors.append($0.rendered(in: .english)) }, write: { twoPass.append(contentsOf: $0) }))
    #expect(twoPass == inMemory)
    #expect(twoPassErrors == rankedErrors && outcome.ranked && outcome.rowsIn == ranked.outcome.rowsIn)
  }

  // The row path streams the same results, unranked.
  var rowErrors: [String] = []
  var rows: [BatchResult] = []
  let rowOutcome = try run.stream(path: path, reader: reader, rejected: { rowErrors.append($0.rendered(in: .english)) }) { rows += $0 }
  #expect(rowErrors == rankedErrors && rowOutcome.rowsIn == streamed.rowsIn && !rowOutcome.ranked)
  #expect(rows.count == streamed.rowsOut && rows.allSatisfy { $0.rank == nil })
  #expect(rows.map(\.decision) == ranked.results.map(\.decision))
}

import Eligibility
import Testing

/// A record as the tests compare it.
private struct Parsed: Equatable, CustomStringConvertible {
  var line: Int
  var fields: [String]
  var error: CSVSyntaxError?

  init(_ line: Int, _ fields: [String], _ error: CSVSyntaxError? = nil) {
    self.line = line
    self.fields = fields
    self.error = error
  }

  var description: String { "\(line) \(fields) \(error.map { "\($0)" } ?? "")" }
}

/// Parses text fed in blocks of `blockSize` bytes.
private func parse(_ text: String, blockSize: Int = 1 << 20, parser: CSVParser = CSVParser()) -> [Parsed] {
  var parser = parser
  var records: [Parsed] = []
  let bytes = Array(text.utf8)
  var start = 0
  repeat {
    let end = min(bytes.count, start + blockSize)
    parser.feed(Array(bytes[start..<end])) { records.append(Parsed($0.line, $0.utf8Fields, $0.syntaxError)) }
    start = end
  } while start < bytes.count
  parser.finish { records.append(Parsed($0.line, $0.utf8Fields, $0.syntaxError)) }
  return records
}

private let quoting = "id,note\r\n1,\"a,b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"line one\nline two\r\nline three\"\r\n4,last"

@Test(arguments: [1, 2, 3, 5, 7, 64, 1 << 20])
func quotedFieldsHoldCommasQuotesAndLineBreaks(blockSize: Int) {
  #expect(
    parse(quoting, blockSize: blockSize) == [
      Parsed(1, ["id", "note"]),
      Parsed(2, ["1", "a,b"]),
      Parsed(3, ["2", "say \"hi\""]),
      Parsed(4, ["3", "line one\nline two\r\nline three"]),
      Parsed(7, ["4", "last"]),
    ])
}

@Test(arguments: [
  (text: "a,b\nc,d\n", lines: [1, 2]),
  (text: "a,b\r\nc,d\r\n", lines: [1, 2]),
  (text: "a,b\rc,d\r", lines: [1, 2]),
  (text: "a,b\nc,d", lines: [1, 2]),
  (text: "a,b\r\n\r\nc,d", lines: [1, 2, 3]),
])
func lineBreaksEndRecords(text: String, lines: [Int]) {
  #expect(parse(text).map(\.line) == lines)
  #expect(parse(text).first?.fields == ["a", "b"])
  #expect(parse(text).last?.fields == ["c", "d"])
}

@Test func emptyFieldsAreKept() {
  #expect(parse("a,,c,\n,\n\"\",x") == [Parsed(1, ["a", "", "c", ""]), Parsed(2, ["", ""]), Parsed(3, ["", "x"])])
}

@Test func blankLinesAreEmptyRecords() {
  var parser = CSVParser()
  var empty: [Bool] = []
  parser.feed(Array("a\n\n\"\"\n".utf8)) { empty.append($0.isEmptyLine) }
  parser.finish { empty.append($0.isEmptyLine) }
  #expect(empty == [false, true, false])
}

@Test func emptyInputHasNoRecords() {
  #expect(parse("") == [])
}

@Test(arguments: [
  (text: "a,b\"c,d\nx,y", error: CSVSyntaxError(.quoteInUnquotedField, field: 1, line: 1), fields: ["a", "b\"c", "d"]),
  (text: "a,\"b\"c,d\nx,y", error: CSVSyntaxError(.textAfterClosingQuote, field: 1, line: 1), fields: ["a", "bc", "d"]),
  (text: "a,\"b\"\" c\" ,d\nx,y", error: CSVSyntaxError(.textAfterClosingQuote, field: 1, line: 1), fields: ["a", "b\" c ", "d"]),
])
func strayQuotesAreFlaggedAndParsingGoesOn(text: String, error: CSVSyntaxError, fields: [String]) {
  #expect(parse(text) == [Parsed(1, fields, error), Parsed(2, ["x", "y"])])
}

@Test(arguments: [1, 4, 1 << 20])
func unterminatedQuoteSwallowsTheRest(blockSize: Int) {
  #expect(
    parse("h\n1\n\"open\n2\n3", blockSize: blockSize) == [
      Parsed(1, ["h"]), Parsed(2, ["1"]), Parsed(3, ["open\n2\n3"], CSVSyntaxError(.unterminatedQuote, field: 0, line: 5)),
    ])
}

@Test func longRecordsAreCutAndFlaggedButTheNextRecordIsWhole() {
  let parser = CSVParser(maxRecordBytes: 8, maxFields: 3)
  #expect(
    parse("0123456789,x\n\"aaaaaaaaaaaa\"\nq\n1,2,3,4,5\nok", blockSize: 3, parser: parser) == [
      Parsed(1, ["01234567", ""], CSVSyntaxError(.recordTooLong(limit: 8), field: 0, line: 1)),
      Parsed(2, ["aaaaaaaa"], CSVSyntaxError(.recordTooLong(limit: 8), field: 0, line: 2)),
      Parsed(3, ["q"]),
      Parsed(4, ["1", "2", "3"], CSVSyntaxError(.tooManyFields(limit: 3), field: 3, line: 4)),
      Parsed(5, ["ok"]),
    ])
}

@Test func fieldCountCountsFieldsBeyondTheLimit() {
  var parser = CSVParser(maxFields: 2)
  var counts: [Int] = []
  parser.feed(Array("1,2,3,4,5\n".utf8)) { counts.append($0.fieldCount) }
  #expect(counts == [5])
}

@Test func currentLineCountsTheLastLine() {
  var parser = CSVParser()
  parser.feed(Array("a\r\nb\r\n\"c\nd\"".utf8)) { _ in }
  parser.finish { _ in }
  #expect(parser.currentLine == 4)
}

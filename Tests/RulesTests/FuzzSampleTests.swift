import Foundation
import Testing

@testable import Rules

// A fixed sample of the inputs `rules-fuzz` generates, written by hand: one per mutator class and the worst cases
// (empty file, megabyte line, 10 000 levels of nesting, broken UTF-8). The parser must return, keep every range
// inside the file, and report at least one diagnostic for each invalid input.

/// Parses `text` and checks that every diagnostic, note and fix-it range lies within the file's bytes.
///
/// - Parameter text: the input.
/// - Returns: the parse result.
private func parseInBounds(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ParsedFile {
  let file = SourceFile(path: "fuzz.rules", text: text)
  let parsed = Parser.parse(file)
  let count = file.bytes.count
  func inBounds(_ range: SourceRange) -> Bool { 0 <= range.start && range.start <= range.end && range.end <= count }
  for diagnostic in parsed.diagnostics {
    let name = diagnostic.code.name
    #expect(inBounds(diagnostic.range), "\(name) at \(diagnostic.range)", sourceLocation: sourceLocation)
    for range in diagnostic.notes.compactMap(\.range) {
      #expect(inBounds(range), "note of \(name) at \(range)", sourceLocation: sourceLocation)
    }
    for fixIt in diagnostic.fixIts {
      #expect(inBounds(fixIt.range), "fix-it of \(name) at \(fixIt.range)", sourceLocation: sourceLocation)
    }
  }
  return parsed
}

/// A small valid service that the token mutations below damage.
private let service = #"service s "제목" { price 500_000원 unstated eligible all { "소득": income_pct <= 120% } }"#

/// `소` is `EC 86 8C`; the first two bytes alone are a truncated sequence (decoded as one U+FFFD).
private let truncatedHangul = String(decoding: Array("let x \"x\" = ".utf8) + [0xEC, 0x86], as: UTF8.self)

@Test func emptyFileHasNoDiagnosticsAndNoDeclarations() {
  let parsed = parseInBounds("")
  #expect(parsed.diagnostics.isEmpty)
  #expect(parsed.syntax.declarations.isEmpty)
}

@Test func serviceAloneExpectsAToken() {
  let parsed = parseInBounds("service")
  #expect(parsed.diagnostics.map(\.code.name).contains("expected-token"))
}

@Test(arguments: [
  // Lexical damage.
  (text: "\"", code: "unterminated-string"),
  (text: #"service s "제목 { eligible all { } }"#, code: "unterminated-string"),
  (text: "service s \"\\", code: "unterminated-string"),
  (text: #"service s "\q" { }"#, code: "invalid-escape"),
  (text: truncatedHangul, code: "invalid-utf8"),
  (text: String(decoding: Array("let x \"x\" = ".utf8) + [0xFF, 0xC0, 0x80], as: UTF8.self), code: "invalid-utf8"),
  (text: String(decoding: Array("let x \"x\" = ".utf8) + [0xED, 0xA0, 0x80], as: UTF8.self), code: "invalid-utf8"),
  (text: "let x \"x\" = @", code: "invalid-character"),
  (text: "let x \"x\" = a \u{0} \u{7F} b", code: "invalid-character"),
  (text: "let x \"x\" = 1__0", code: "invalid-number"),
  (text: "let x \"x\" = 99999999999999999999", code: "number-overflow"),
  (text: "let x \"x\" = 2023-02-29", code: "invalid-date"),
  // Token damage: dropped, repeated, swapped, inserted, cut off.
  (text: service.replacing("{", with: "", maxReplacements: 1), code: "expected-token"),
  (text: service.replacing("eligible", with: "eligible eligible", maxReplacements: 1), code: "expected-token"),
  (text: service.replacing(#"s "제목""#, with: #""제목" s"#, maxReplacements: 1), code: "expected-token"),
  (text: service.replacing("<=", with: "<= and", maxReplacements: 1), code: "expected-token"),
  (text: #"schema applicant "신청자" { field id: te"#, code: "expected-token"),
  (text: #"schema applicant "신청자" { field id: text "번호""#, code: "unclosed-delimiter"),
  (text: "{", code: "expected-token"),
  (text: String(repeating: "}", count: 200), code: "expected-token"),
  (text: #"table t "t" key k: count -> money { version "v" effective 2024-01-01 .. { 1: } }"#, code: "expected-token"),
  (text: "let x \"x\" = (1 + 2", code: "expected-token"),
])
func invalidInputIsReported(text: String, code: String) {
  let parsed = parseInBounds(text)
  #expect(parsed.diagnostics.map(\.code.name).contains(code), "\(parsed.diagnostics.map(\.code.name))")
}

@Test(arguments: [
  (prefix: "let x \"x\" = ", open: "(", core: "1", close: ")"),
  (prefix: "let x \"x\" = ", open: "not ", core: "a", close: ""),
  (prefix: "let x \"x\" = ", open: "- ", core: "1", close: ""),
  (prefix: "let x \"x\" = ", open: "[", core: "\"a\"", close: "]"),
  (prefix: "let x \"x\" = a in ", open: "{", core: "b", close: "}"),
  (prefix: "service s \"s\" { eligible ", open: "all { ", core: "\"l\": a", close: "} "),
  (prefix: "", open: "{", core: "", close: ""),
])
func tenThousandLevelsOfNestingStopAtTheLimit(prefix: String, open: String, core: String, close: String) {
  let text = prefix + String(repeating: open, count: 10_000) + core + String(repeating: close, count: 10_000)
  let parsed = parseInBounds(text)
  #expect(!parsed.diagnostics.isEmpty)
  if !prefix.isEmpty {
    #expect(parsed.diagnostics.map(\.code.name).contains("nesting-too-deep"))
  }
}

@Test func megabyteLineIsReported() {
  let text = "let x \"x\" = " + String(repeating: "a ", count: 1 << 19) + "\n"
  let parsed = parseInBounds(text)
  #expect(!parsed.diagnostics.isEmpty)
}

@Test func tenThousandDigitNumberOverflows() {
  let text = "let x \"x\" = " + String(repeating: "9", count: 10_000) + "%"
  #expect(parseInBounds(text).diagnostics.first?.code.name == "number-overflow")
}

@Test func validSampleWithCRLFParses() {
  let text = service.replacing("{", with: "{\r\n", maxReplacements: 1) + "\r\n"
  #expect(parseInBounds(text).diagnostics.isEmpty)
}

@Test func byteOrderMarkAndZeroWidthSpaceStayInBounds() {
  _ = parseInBounds("\u{FEFF}" + service)
  _ = parseInBounds(service.replacing("eligible", with: "elig\u{200B}ible", maxReplacements: 1))
}

@Test func randomBytesAreReported() {
  let bytes: [UInt8] = [0x73, 0x65, 0x72, 0x76, 0x69, 0x63, 0x65, 0x20, 0x9F, 0x00, 0x41, 0x7B, 0xF8, 0x88, 0x80, 0x80]
  let parsed = parseInBounds(String(decoding: bytes, as: UTF8.self))
  #expect(!parsed.diagnostics.isEmpty)
}

/// Found by `rules-fuzz`: a long left-associative chain (`a and a and …`, `1 + 1 + …`) was built into a tree as deep
/// as the chain was long, and freeing a tree of about 87 000 levels overflowed an 8 MiB stack.
@Test func longOperatorChainParses() {
  let text = "let x \"x\" = " + Array(repeating: "a", count: 100_000).joined(separator: " and ")
  #expect(parseInBounds(text).diagnostics.map(\.code.name).contains("nesting-too-deep"))
}

@Test func tenThousandChainedOperatorsStopAtTheTreeDepthLimit() {
  let text = "let x \"x\" = a" + String(repeating: " or a", count: 10_000) + "\n"
  let parsed = parseInBounds(text)
  #expect(parsed.diagnostics.first?.code == .nestingTooDeep(limit: Parser.maxTreeDepth))
  // The checker walks what was kept without exhausting the stack, on a worker thread too.
  let done = DispatchSemaphore(value: 0)
  Thread {
    _ = Checker.check([parsed])
    done.signal()
  }.start()
  done.wait()
}

@Test func aLineOfStrayHangulIsOneDiagnostic() {
  let parsed = parseInBounds("service s \"t\" {\n  " + String(repeating: "소", count: 100_000) + "\n}\n")
  #expect(parsed.diagnostics.filter { $0.code.name == "invalid-character" }.count == 1)
  #expect(parsed.diagnostics.first?.range == SourceRange(start: 18, end: 18 + 300_000))
}

@Test func garbageStopsAtTheDiagnosticLimit() {
  let parsed = parseInBounds("service s \"t\" {\n  eligible all {\n" + String(repeating: "    \"a\": )\n", count: 2_000) + "  }\n}\n")
  #expect(parsed.diagnostics.count == Parser.maxDiagnostics + 1)
  #expect(parsed.diagnostics.last?.code == .tooManyDiagnostics(limit: Parser.maxDiagnostics))
}

@Test func longChainsOfLetsStopAtTheLetDepthLimit() {
  var text = "schema s \"s\" { field f: count \"f\" }\n"
  for index in 0..<200 { text += "let l\(index) \"l\" = l\(index + 1) + 1\n" }
  text += "let l200 \"l\" = f\n"
  let result = Checker.check([Parser.parse(SourceFile(path: "lets.rules", text: text))])
  #expect(result.diagnostics.contains { $0.code == .nestingTooDeep(limit: 64) })
}

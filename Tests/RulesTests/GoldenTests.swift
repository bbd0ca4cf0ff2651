import Foundation
import Testing

@testable import Rules

/// Golden diagnostics: each `Goldens/<case>.rules` holds one kind of mistake (`several-mistakes` holds many), and
/// `<case>.ko.expected` / `<case>.en.expected` hold every diagnostic of `Parser.parse` + `Checker.check` for that one
/// file, rendered by ``DiagnosticRenderer`` in that language, exactly.
///
/// `SCREEN_RECORD=1 swift test --filter Golden` rewrites the expected files and fails, so that a reviewer reads the
/// change in the diff before it is committed (swift-argument-parser's `RECORD_SNAPSHOTS`).
enum Goldens {
  /// The folder next to this file.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

  /// Every case, one kind of mistake each; a `.rules` file in the folder that is not listed here fails
  /// ``everyGoldenFileIsListed()``.
  static let cases: [String] = [
    // Lexing
    "invalid-character",
    "unterminated-string",
    "invalid-escape",
    "invalid-number",
    "number-overflow",
    "invalid-date",
    "unknown-unit",
    // Parsing
    "expected-colon",
    "expected-brace",
    "unclosed-brace",
    "assign-for-equal",
    "duplicate-clause",
    // Names and types
    "unknown-field",
    "duplicate-definition",
    "unknown-case",
    "unknown-function",
    "argument-count",
    "argument-count-one",
    "unknown-type",
    "type-mismatch",
    "invalid-operands",
    "unrounded-money",
    "cyclic-definition",
    "missing-schema",
    "missing-eligibility",
    "duplicate-row",
    "invalid-period",
    "table-overlap",
    "table-gap",
    "unused-definition",
    "unknown-code",
    "invalid-rank-key",
    "price-mismatch",
    "price-mismatch-waived",
    // Recovery
    "several-mistakes",
  ]

  /// Whether `SCREEN_RECORD=1` asks to rewrite the expected files.
  static var recording: Bool { ProcessInfo.processInfo.environment["SCREEN_RECORD"] == "1" }

  /// The rendered diagnostics of one case, with the path `Goldens/<case>.rules` so that the text is the same on
  /// every machine.
  static func render(_ name: String, language: Language) throws -> (text: String, count: Int) {
    let text = try String(contentsOf: folder.appendingPathComponent("\(name).rules"), encoding: .utf8)
    let file = SourceFile(path: "Goldens/\(name).rules", text: text)
    let result = Checker.check([Parser.parse(file)])
    return (DiagnosticRenderer.render(result.diagnostics, language: language), result.diagnostics.count)
  }

  /// The first line at which two texts differ, for a readable failure.
  static func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, e.count) {
      let left = index < a.count ? String(a[index]) : "<end>"
      let right = index < e.count ? String(e[index]) : "<end>"
      if left != right { return "line \(index + 1):\n  actual:   \(left)\n  expected: \(right)" }
    }
    return "no difference"
  }
}

/// Golden diagnostics, compared exactly with `Goldens/<case>.<language>.expected`.
@Suite struct GoldenTests {
  @Test(arguments: Goldens.cases, Language.allCases)
  func goldenDiagnostics(name: String, language: Language) throws {
    let (actual, count) = try Goldens.render(name, language: language)
    #expect(count > 0, "a golden case must report at least one diagnostic")
    let url = Goldens.folder.appendingPathComponent("\(name).\(language.rawValue).expected")
    if Goldens.recording {
      let previous = try? String(contentsOf: url, encoding: .utf8)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "SCREEN_RECORD=1: \(previous == actual ? "rewrote (unchanged)" : "recorded") Goldens/\(url.lastPathComponent); review the diff, then run the tests without SCREEN_RECORD"
      )
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "Goldens/\(url.lastPathComponent) differs at \(Goldens.firstDifference(actual, expected))")
  }

  @Test func everyGoldenFileIsListed() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Goldens.folder.path)
    let rules = Set(names.filter { $0.hasSuffix(".rules") }.map { String($0.dropLast(".rules".count)) })
    #expect(rules.subtracting(Goldens.cases).sorted() == [], "not listed in Goldens.cases")
    #expect(Set(Goldens.cases).subtracting(rules).sorted() == [], "listed without a .rules file")
    guard !Goldens.recording else { return }
    let expected = Set(names.filter { $0.hasSuffix(".expected") })
    let wanted = Set(Goldens.cases.flatMap { name in Language.allCases.map { "\(name).\($0.rawValue).expected" } })
    #expect(expected.subtracting(wanted).sorted() == [], "expected files of no case")
    #expect(wanted.subtracting(expected).sorted() == [], "missing expected files")
    #expect(Goldens.cases.count == Set(Goldens.cases).count, "a case is listed twice")
  }

  /// The golden cases cover at least 24 distinct diagnostic codes.
  @Test func goldensCoverManyCodes() throws {
    var codes: Set<String> = []
    for name in Goldens.cases {
      let text = try String(contentsOf: Goldens.folder.appendingPathComponent("\(name).rules"), encoding: .utf8)
      let result = Checker.check([Parser.parse(SourceFile(path: "Goldens/\(name).rules", text: text))])
      codes.formUnion(result.diagnostics.map(\.code.name))
    }
    #expect(codes.count >= 24, "only \(codes.sorted())")
  }
}

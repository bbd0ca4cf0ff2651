import Testing

@testable import Rules

/// The rule from docs/language.md, with a typo on line 7 (`income_pc`).
private let sahaText = """
  service saha-organizing "취약계층 정리수납지원서비스" {
    region "부산광역시 사하구"
    effective 2023-01-01 .. open
    price 500_000원 unstated
    support 3 months
    eligible all {
      "소득": income_pc <= 120%
      any "가구특성" {
  \t\t"공공전달체계 추천자": public_referral
      }
    }
  }

  """

private let saha = SourceFile(path: "rulesets/saha-organizing.rules", text: sahaText)

/// The range of the `occurrence`-th `needle` (from 1) in `file`.
private func range(of needle: String, in file: SourceFile, occurrence: Int = 1) -> SourceRange {
  let bytes = Array(needle.utf8)
  var found = 0
  var offset = 0
  while offset + bytes.count <= file.bytes.count {
    if Array(file.bytes[offset..<(offset + bytes.count)]) == bytes {
      found += 1
      if found == occurrence { return SourceRange(start: offset, end: offset + bytes.count) }
    }
    offset += 1
  }
  Issue.record("`\(needle)` not found")
  return .at(0)
}

private let unknownField = Diagnostic(
  .unknownName("income_pc"), in: saha, at: range(of: "income_pc", in: saha),
  notes: [Note(.help, .didYouMean("income_pct"))],
  fixIts: [FixIt(range: range(of: "income_pc", in: saha), replacement: "income_pct")])

@Test func rendersKoreanWithCaretsShiftedPastHangul() {
  // `"소득": ` is 6 characters but 8 cells: the carets start 2 cells further right per syllable.
  #expect(
    DiagnosticRenderer.render(unknownField) == """
      rulesets/saha-organizing.rules:7:11: error[E020 unknown-field]: 알 수 없는 필드: `income_pc`
        |
      7 |     "소득": income_pc <= 120%
        |             ^^^^^^^^^
        = help: 비슷한 이름: `income_pct`

      """)
}

@Test func rendersEnglishKeepingSeverityAndCode() {
  #expect(
    DiagnosticRenderer.render(unknownField, language: .english) == """
      rulesets/saha-organizing.rules:7:11: error[E020 unknown-field]: unknown field `income_pc`
        |
      7 |     "소득": income_pc <= 120%
        |             ^^^^^^^^^
        = help: did you mean `income_pct`?

      """)
}

@Test func caretsCoverHangulAtTwoCellsAndTabsAtFour() {
  // Line 9 starts with two tabs (8 cells); the label's 9 Hangul syllables, a space and 2 quotes take 21 cells.
  let label = range(of: "\"공공전달체계 추천자\"", in: saha)
  let diagnostic = Diagnostic(.duplicateDefinition("공공전달체계 추천자"), in: saha, at: label)
  #expect(
    DiagnosticRenderer.render(diagnostic) == """
      rulesets/saha-organizing.rules:9:3: error[E021 duplicate-definition]: 이름이 두 번 정의됨: `공공전달체계 추천자`
        |
      9 |         "공공전달체계 추천자": public_referral
        |         ^^^^^^^^^^^^^^^^^^^^^

      """)
}

@Test func rendersSeveralNotesALocationElsewhereAndAFixIt() {
  // A warning over several lines (carets to the end of the first), a note pointing at another line, a note at the
  // diagnostic's own range (no location), and a fix-it that no help note already names.
  let group = SourceRange(start: range(of: "any", in: saha).start, end: range(of: "}", in: saha, occurrence: 1).end)
  let diagnostic = Diagnostic(
    .unreachableRow(list: "eligible", row: 2), in: saha, at: group,
    notes: [
      Note(.note, .shadowedBy("1 \"소득\""), range: range(of: "\"소득\": income_pc <= 120%", in: saha)),
      Note(.note, .counterexample("income_pct = 121%"), range: group),
      Note(.help, .text(korean: "행을 지우거나 순서를 바꾸세요", english: "remove the row or reorder the rows")),
    ],
    fixIts: [FixIt(range: range(of: "all", in: saha), replacement: "any")])
  #expect(
    DiagnosticRenderer.render(diagnostic) == """
      rulesets/saha-organizing.rules:8:5: warning[W051 unreachable-row]: `eligible`의 2행에 닿는 입력이 없음
        |
      8 |     any "가구특성" {
        |     ^^^^^^^^^^^^^^^^
        = note: 앞의 행이 먼저 맞음: 1 "소득" --> rulesets/saha-organizing.rules:7:5
        = note: 반례: income_pct = 121%
        = help: 행을 지우거나 순서를 바꾸세요
        = help: 바꾸기: `any` --> rulesets/saha-organizing.rules:6:12

      """)
  #expect(
    DiagnosticRenderer.render(diagnostic, language: .english) == """
      rulesets/saha-organizing.rules:8:5: warning[W051 unreachable-row]: row 2 of `eligible` is unreachable
        |
      8 |     any "가구특성" {
        |     ^^^^^^^^^^^^^^^^
        = note: an earlier row always matches first: 1 "소득" --> rulesets/saha-organizing.rules:7:5
        = note: counterexample: income_pct = 121%
        = help: remove the row or reorder the rows
        = help: replace with `any` --> rulesets/saha-organizing.rules:6:12

      """)
}

@Test func widensTheGutterForLongLineNumbersAndShowsOneCaretForAnEmptyRange() {
  // Column 17 counts characters; the caret sits at cell 18, past `엑스` (4 cells).
  let file = SourceFile(path: "a.rules", text: String(repeating: "\n", count: 11) + "let x \"엑스\" = 1 +\n")
  let end = SourceRange.at(file.bytes.count - 1)
  let diagnostic = Diagnostic(
    .expected(.expression, found: .endOfFile), in: file, at: end,
    fixIts: [FixIt(range: end, replacement: " 0")])
  #expect(
    DiagnosticRenderer.render(diagnostic, language: .english) == """
      a.rules:12:17: error[E010 expected-token]: expected an expression, found end of file
         |
      12 | let x "엑스" = 1 +
         |                   ^
         = help: insert ` 0`

      """)
}

@Test func rendersSeveralDiagnosticsWithBlankLinesBetween() {
  let note = Diagnostic(.unusedDefinition("x"), in: saha, at: range(of: "region", in: saha), severity: .note)
  #expect(
    DiagnosticRenderer.render([note, note], language: .english) == """
      rulesets/saha-organizing.rules:2:3: note[W036 unused-definition]: `x` is never used
        |
      2 |   region "부산광역시 사하구"
        |   ^^^^^^

      rulesets/saha-organizing.rules:2:3: note[W036 unused-definition]: `x` is never used
        |
      2 |   region "부산광역시 사하구"
        |   ^^^^^^

      """)
  #expect(DiagnosticRenderer.render([]) == "")
}

@Test(arguments: [
  (errors: 2, warnings: 1, korean: "오류 2개, 경고 1개", english: "2 errors, 1 warning"),
  (errors: 1, warnings: 0, korean: "오류 1개", english: "1 error"),
  (errors: 0, warnings: 3, korean: "경고 3개", english: "3 warnings"),
  (errors: 0, warnings: 0, korean: "문제 없음", english: "no problems"),
])
func summarisesCounts(errors: Int, warnings: Int, korean: String, english: String) {
  let error = Diagnostic(.missingSchema, in: saha, at: .at(0))
  let warning = Diagnostic(.missingSource("price"), in: saha, at: .at(0))
  let waived = Diagnostic(.missingSource("price"), in: saha, at: .at(0), severity: .note)
  let all = Array(repeating: error, count: errors) + Array(repeating: warning, count: warnings) + [waived]
  #expect(DiagnosticRenderer.summary(of: all) == korean)
  #expect(DiagnosticRenderer.summary(of: all, language: .english) == english)
}

@Test func rendersJSONWithFixedKeysAndTheRenderedText() {
  var diagnostic = unknownField
  diagnostic.notes.append(Note(.note, .previousDefinition("income_pct"), range: range(of: "region", in: saha)))
  #expect(
    DiagnosticRenderer.renderJSON([diagnostic]) == #"""
      [
        {
          "severity": "error",
          "code": "E020",
          "name": "unknown-field",
          "message": "알 수 없는 필드: `income_pc`",
          "file": "rulesets/saha-organizing.rules",
          "line": 7,
          "column": 11,
          "end_line": 7,
          "end_column": 20,
          "notes": [
            {"kind": "help", "message": "비슷한 이름: `income_pct`"},
            {"kind": "note", "message": "`income_pct`의 처음 정의는 여기", "file": "rulesets/saha-organizing.rules", "line": 2, "column": 3}
          ],
          "fix_its": [
            {"line": 7, "column": 11, "end_line": 7, "end_column": 20, "replacement": "income_pct"}
          ],
          "rendered": "rulesets/saha-organizing.rules:7:11: error[E020 unknown-field]: 알 수 없는 필드: `income_pc`\n  |\n7 |     \"소득\": income_pc <= 120%\n  |             ^^^^^^^^^\n  = help: 비슷한 이름: `income_pct`\n  = note: `income_pct`의 처음 정의는 여기 --> rulesets/saha-organizing.rules:2:3\n"
        }
      ]
      """#)
  #expect(DiagnosticRenderer.renderJSON([]) == "[]")
}

@Test(arguments: [
  (text: "\"\\\t\u{1}é", json: #""\"\\\t\u0001é""#),
  (text: "소득\n", json: #""소득\n""#),
])
func escapesJSONStrings(text: String, json: String) {
  #expect(DiagnosticRenderer.json(text) == json)
}

@Test(arguments: [
  (text: "income_pc", cells: 9),
  (text: "\"소득\": ", cells: 8),
  (text: "ᄀ\u{1161}", cells: 2),  // conjoining jamo: an initial (2 cells) and a medial vowel (0)
  (text: "e\u{301}", cells: 1),  // a combining acute accent takes no cell
  (text: "ＡＢ、。", cells: 8),
  (text: "🙂", cells: 2),
  (text: "", cells: 0),
])
func measuresTerminalCells(text: String, cells: Int) {
  #expect(TextWidth.cells(of: text) == cells)
}

@Test func aVeryLongLineIsShownAsAWindowAroundTheRange() {
  let text = "let x \"x\" = " + String(repeating: "a + ", count: 100) + "@" + String(repeating: " + a", count: 100)
  let parsed = Parser.parse(SourceFile(path: "long.rules", text: text))
  let rendered = DiagnosticRenderer.render(parsed.diagnostics[0], language: .english)
  let window = String(repeating: "a + ", count: 10)
  #expect(
    rendered == """
      long.rules:1:413: error[E001 invalid-character]: invalid character `@`
        |
      1 | …\(window)@\(String(repeating: " + a", count: 29)) + …
        |                                          ^

      """)
}

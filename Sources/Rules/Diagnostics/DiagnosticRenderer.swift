/// Turns ``Diagnostic`` values into text for people (rustc style) or JSON for tools, in Korean or English.
///
/// The text form of one diagnostic:
/// ```
/// rulesets/saha-organizing.rules:7:11: error[E020 unknown-field]: 알 수 없는 필드: `income_pc`
///   |
/// 7 |     "소득": income_pc <= 120%
///   |             ^^^^^^^^^
///   = help: 비슷한 이름: `income_pct`
/// ```
/// The severity word (`error`, `warning`, `note`) stays English in both languages, so tools can grep it. Columns
/// count characters; carets count terminal cells (``TextWidth``), so they line up under Hangul. Tabs in the source
/// line are shown as four spaces. A range over several lines shows its first line, with carets to its end.
///
/// Notes follow as `= note: …` or `= help: …`; a note pointing elsewhere ends with ` --> path:line:column`.
/// Each fix-it adds `= help: 바꾸기: `…`` (`replace with `…``) unless a help note already names the replacement.
public enum DiagnosticRenderer {
  /// Lines longer than this many characters are shown as a window around the range.
  static let maxShownColumns = 160
  /// Characters shown before the range in such a window.
  static let windowMargin = 40

  /// Renders one diagnostic as text.
  ///
  /// - Parameters:
  ///   - diagnostic: the diagnostic.
  ///   - language: the language of the messages; the severity word and code stay English.
  /// - Returns: the header, the source snippet with carets, then notes and fix-its; every line ends with `\n`.
  public static func render(_ diagnostic: Diagnostic, language: Language = .korean) -> String {
    let file = diagnostic.file
    let start = file.position(of: diagnostic.range.start)
    let end = file.position(of: diagnostic.range.end)
    let lineNumber = String(start.line)
    let pad = String(repeating: " ", count: lineNumber.count)

    var lines: [String] = []
    lines.append(
      "\(location(start, in: file)): \(diagnostic.severity.rawValue)[\(diagnostic.code.id) \(diagnostic.code.name)]: "
        + diagnostic.code.message(in: language))

    // Only a window of the line around the range is decoded and shown (marked with `…` where it is cut), so
    // that a megabyte-long line costs no more than a short one.
    let window = file.window(line: start.line, around: diagnostic.range.start, before: windowMargin, total: maxShownColumns)
    let rangeEnd = end.line == start.line ? diagnostic.range.end : window.bytes.upperBound
    let lead = window.cutBefore ? "…" : ""
    let trail = window.cutAfter ? "…" : ""
    let pivot = min(max(diagnostic.range.start, window.bytes.lowerBound), window.bytes.upperBound)
    let stop = min(max(rangeEnd, pivot), window.bytes.upperBound)
    let shown = lead + expandTabs(file.text(in: SourceRange(start: window.bytes.lowerBound, end: window.bytes.upperBound))) + trail
    let before = lead + expandTabs(file.text(in: SourceRange(start: window.bytes.lowerBound, end: pivot)))
    let covered = expandTabs(file.text(in: SourceRange(start: pivot, end: stop)))
    let carets = String(repeating: "^", count: max(1, TextWidth.cells(of: covered)))
    lines.append("\(pad) |")
    lines.append(shown.isEmpty ? "\(lineNumber) |" : "\(lineNumber) | \(shown)")
    lines.append("\(pad) | \(String(repeating: " ", count: TextWidth.cells(of: before)))\(carets)")

    for note in diagnostic.notes {
      var line = "\(pad) = \(note.kind.rawValue): \(note.message.text(in: language))"
      if let range = note.range, range != diagnostic.range {
        line += " --> \(location(file.position(of: range.start), in: file))"
      }
      lines.append(line)
    }
    let helpTexts = diagnostic.notes.filter { $0.kind == .help }.map { $0.message.text(in: language) }
    for fixIt in diagnostic.fixIts {
      let replacement = "`\(fixIt.replacement)`"
      if !fixIt.replacement.isEmpty, helpTexts.contains(where: { $0.contains(replacement) }) { continue }
      var line = "\(pad) = help: \(fixItText(fixIt, language: language))"
      if fixIt.range != diagnostic.range {
        line += " --> \(location(file.position(of: fixIt.range.start), in: file))"
      }
      lines.append(line)
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// Renders several diagnostics as text, in the order given, separated by blank lines.
  ///
  /// - Parameters:
  ///   - diagnostics: the diagnostics.
  ///   - language: the language of the messages.
  /// - Returns: each diagnostic rendered as by the single-diagnostic `render`, a blank line between two; empty for
  ///   no diagnostics. The summary line is not included (``summary(of:language:)``).
  public static func render(_ diagnostics: [Diagnostic], language: Language = .korean) -> String {
    diagnostics.map { render($0, language: language) }.joined(separator: "\n")
  }

  /// The line that ends a report: how many errors and warnings there are.
  ///
  /// Notes (such as waived findings) are not counted; a kind with none is left out.
  ///
  /// - Parameters:
  ///   - diagnostics: the diagnostics reported.
  ///   - language: the language of the line.
  /// - Returns: `오류 2개, 경고 1개` / `2 errors, 1 warning`, or `문제 없음` / `no problems`; no line break.
  public static func summary(of diagnostics: [Diagnostic], language: Language = .korean) -> String {
    let errors = diagnostics.count(where: { $0.severity == .error })
    let warnings = diagnostics.count(where: { $0.severity == .warning })
    var parts: [String] = []
    switch language {
    case .korean:
      if errors > 0 { parts.append("오류 \(errors)개") }
      if warnings > 0 { parts.append("경고 \(warnings)개") }
      return parts.isEmpty ? "문제 없음" : parts.joined(separator: ", ")
    case .english:
      if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
      if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
      return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }
  }

  /// Renders diagnostics as one JSON array, for `--format json`.
  ///
  /// Each object has these keys, always in this order: `severity`, `code` (the id, `E020`), `name`
  /// (`unknown-field`), `message`, `file`, `line`, `column`, `end_line`, `end_column`, `notes` (objects with
  /// `kind`, `message` and, when the note points somewhere, `file`, `line`, `column`), `fix_its` (objects with
  /// `line`, `column`, `end_line`, `end_column`, `replacement`) and `rendered` (the text of the
  /// single-diagnostic `render`). Lines and columns count from 1; `end_column` is the column just
  /// after the last character, as in rustc.
  ///
  /// - Parameters:
  ///   - diagnostics: the diagnostics, in the order to report them.
  ///   - language: the language of `message`, the notes and `rendered`.
  /// - Returns: the JSON text, two-space indented, without a final line break; `[]` for no diagnostics.
  public static func renderJSON(_ diagnostics: [Diagnostic], language: Language = .korean) -> String {
    guard !diagnostics.isEmpty else { return "[]" }
    let objects = diagnostics.map { jsonObject($0, language: language) }
    return "[\n" + objects.joined(separator: ",\n") + "\n]"
  }

  private static func jsonObject(_ diagnostic: Diagnostic, language: Language) -> String {
    let file = diagnostic.file
    let start = file.position(of: diagnostic.range.start)
    let end = file.position(of: diagnostic.range.end)
    let notes = diagnostic.notes.map { note -> String in
      var fields = [("kind", json(note.kind.rawValue)), ("message", json(note.message.text(in: language)))]
      if let range = note.range {
        let position = file.position(of: range.start)
        fields += [("file", json(file.path)), ("line", String(position.line)), ("column", String(position.column))]
      }
      return inlineObject(fields)
    }
    let fixIts = diagnostic.fixIts.map { fixIt -> String in
      let from = file.position(of: fixIt.range.start)
      let to = file.position(of: fixIt.range.end)
      return inlineObject([
        ("line", String(from.line)), ("column", String(from.column)), ("end_line", String(to.line)),
        ("end_column", String(to.column)), ("replacement", json(fixIt.replacement)),
      ])
    }
    let fields: [(String, String)] = [
      ("severity", json(diagnostic.severity.rawValue)),
      ("code", json(diagnostic.code.id)),
      ("name", json(diagnostic.code.name)),
      ("message", json(diagnostic.code.message(in: language))),
      ("file", json(file.path)),
      ("line", String(start.line)),
      ("column", String(start.column)),
      ("end_line", String(end.line)),
      ("end_column", String(end.column)),
      ("notes", array(notes)),
      ("fix_its", array(fixIts)),
      ("rendered", json(render(diagnostic, language: language))),
    ]
    let body = fields.map { "    \(json($0.0)): \($0.1)" }.joined(separator: ",\n")
    return "  {\n\(body)\n  }"
  }

  /// `{"a": 1, "b": 2}` on one line.
  private static func inlineObject(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// An array of one-line values, one per line at the depth of a diagnostic's field.
  private static func array(_ elements: [String]) -> String {
    guard !elements.isEmpty else { return "[]" }
    return "[\n" + elements.map { "      \($0)" }.joined(separator: ",\n") + "\n    ]"
  }

  /// A JSON string literal (see ``JSONString/quoted(_:)``).
  static func json(_ text: String) -> String { JSONString.quoted(text) }

  /// `path:line:column`.
  private static func location(_ position: SourcePosition, in file: SourceFile) -> String {
    "\(file.path):\(position.line):\(position.column)"
  }

  /// The source line as shown: each tab as four spaces.
  private static func expandTabs(_ text: String) -> String { text.replacingTabs() }

  /// What a fix-it does, in words: replace, insert or remove.
  private static func fixItText(_ fixIt: FixIt, language: Language) -> String {
    let replacement = fixIt.replacement.replacingNewlines()
    let isInsertion = fixIt.range.start == fixIt.range.end
    switch (language, fixIt.replacement.isEmpty, isInsertion) {
    case (.korean, true, _): return "지우기"
    case (.english, true, _): return "remove this"
    case (.korean, false, true): return "넣기: `\(replacement)`"
    case (.english, false, true): return "insert `\(replacement)`"
    case (.korean, false, false): return "바꾸기: `\(replacement)`"
    case (.english, false, false): return "replace with `\(replacement)`"
    }
  }
}

extension String {
  /// Each tab as four spaces.
  fileprivate func replacingTabs() -> String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == "\t" { out.append(contentsOf: "    ".unicodeScalars) } else { out.append(scalar) }
    }
    return String(out)
  }

  /// Each line break as the two characters `\n`, so that a suggestion stays on one line.
  fileprivate func replacingNewlines() -> String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == "\n" { out.append(contentsOf: "\\n".unicodeScalars) } else if scalar != "\r" { out.append(scalar) }
    }
    return String(out)
  }
}

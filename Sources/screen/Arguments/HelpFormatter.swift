import Rules

/// Writes help text in the style of swift-argument-parser: `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`, then
/// `EXAMPLES:` (Elm `terminal/src/Main.hs`).
///
/// The output depends only on the specs and the language: no terminal width, no environment. Lines wrap at
/// ``width`` terminal cells (Hangul counts 2, ``TextWidth``); labels and help are aligned in two columns, the help
/// column set by the longest label up to ``maximumLabelWidth``; a longer label puts its help on the next line.
///
/// ```
/// OVERVIEW: 신청자 한 명의 자격 판정
///
/// USAGE: screen check <APPLICANT.json> [--service <ID>] …
///
/// ARGUMENTS:
///   <APPLICANT.json>        신청자 JSON 파일
/// ```
public struct HelpFormatter: Sendable {
  /// The line width in terminal cells.
  public static let width = 80
  /// The widest label that still shares its line with its help.
  public static let maximumLabelWidth = 26

  /// The executable's name, e.g. `screen`.
  public let toolName: String

  /// Creates a formatter.
  ///
  /// - Parameter toolName: the executable's name.
  public init(toolName: String) {
    self.toolName = toolName
  }

  /// The help of one command.
  ///
  /// - Parameters:
  ///   - spec: the command.
  ///   - language: the language of the texts; section titles stay English.
  /// - Returns: the help, every line ending in `\n`, sections separated by one blank line.
  public func render(_ spec: CommandSpec, language: Language) -> String {
    let argumentRows = spec.arguments.map { argument in
      (label: "<\(argument.valueName)>", help: helpPieces(argument.help, default: argument.defaultValue, language))
    }
    let optionRows = spec.allOptions.map { option in
      (label: option.label, help: helpPieces(option, language))
    }
    let labelWidth = columnWidth(argumentRows.map(\.label) + optionRows.map(\.label))
    var sections = [overview(spec.abstract, spec.discussion, language)]
    sections.append(usage(spec.usageParts(toolName: toolName)))
    if !argumentRows.isEmpty { sections.append(table("ARGUMENTS:", argumentRows, labelWidth: labelWidth)) }
    sections.append(table("OPTIONS:", optionRows, labelWidth: labelWidth))
    if !spec.examples.isEmpty { sections.append(examples(spec.examples, language)) }
    return sections.joined(separator: "\n")
  }

  /// The help of the tool itself: its overview, the common options, the commands and examples.
  ///
  /// - Parameters:
  ///   - tool: the tool's description; its name, arguments and options are not used.
  ///   - commands: the commands, in the order to list them.
  ///   - language: the language of the texts.
  /// - Returns: the help, every line ending in `\n`.
  public func renderOverview(_ tool: CommandSpec, commands: [CommandSpec], language: Language) -> String {
    let optionRows = OptionSpec.common.map { (label: $0.label, help: helpPieces($0, language)) }
    let commandRows = commands.map { (label: $0.name, help: words($0.abstract.text(in: language))) }
    let labelWidth = columnWidth(optionRows.map(\.label) + commandRows.map(\.label))
    var sections = [overview(tool.abstract, tool.discussion, language)]
    sections.append(usage([toolName, "<command>", "[<options>]", "[<arguments>]"]))
    sections.append(table("OPTIONS:", optionRows, labelWidth: labelWidth))
    let hint =
      language == .korean
      ? "  명령별 도움말: `\(toolName) help <command>`\n" : "  See `\(toolName) help <command>` for detailed help.\n"
    sections.append(table("COMMANDS:", commandRows, labelWidth: labelWidth) + "\n" + hint)
    if !tool.examples.isEmpty { sections.append(examples(tool.examples, language)) }
    return sections.joined(separator: "\n")
  }

  /// `OVERVIEW: abstract`, then the discussion as written.
  private func overview(_ abstract: LocalizedText, _ discussion: LocalizedText?, _ language: Language) -> String {
    var text = "OVERVIEW: " + abstract.text(in: language) + "\n"
    if let discussion { text += "\n" + discussion.text(in: language) + "\n" }
    return text
  }

  /// `USAGE: parts…`, wrapped between parts under the first part.
  private func usage(_ parts: [String]) -> String {
    let prefix = "USAGE: "
    let indent = String(repeating: " ", count: prefix.count)
    return wrap(parts, width: HelpFormatter.width, firstPrefix: prefix, nextPrefix: indent)
  }

  /// A titled two-column table.
  private func table(_ title: String, _ rows: [(label: String, help: [String])], labelWidth: Int) -> String {
    var text = title + "\n"
    let column = 2 + labelWidth + 2
    let indent = String(repeating: " ", count: column)
    for row in rows {
      let label = "  " + row.label
      if TextWidth.cells(of: row.label) > labelWidth {
        text += label + "\n"
        text += wrap(row.help, width: HelpFormatter.width, firstPrefix: indent, nextPrefix: indent)
      } else {
        let padding = String(repeating: " ", count: column - TextWidth.cells(of: label))
        text += wrap(row.help, width: HelpFormatter.width, firstPrefix: label + padding, nextPrefix: indent)
      }
    }
    return text
  }

  /// `EXAMPLES:` with each description as a `#` comment above its command line.
  private func examples(_ examples: [CommandExample], _ language: Language) -> String {
    let blocks = examples.map { "  # \($0.description.text(in: language))\n  \($0.invocation)\n" }
    return "EXAMPLES:\n" + blocks.joined(separator: "\n")
  }

  /// An option's help as pieces to wrap between, with its default and repetition appended as unbreakable pieces.
  private func helpPieces(_ option: OptionSpec, _ language: Language) -> [String] {
    var pieces = helpPieces(option.help, default: option.defaultValue, language)
    if option.isRepeating { pieces.append(language == .korean ? "(여러 번 쓸 수 있음)" : "(repeatable)") }
    return pieces
  }

  /// Help text as words, then `(기본값: …)` / `(default: …)` as one piece when there is a default.
  private func helpPieces(_ help: LocalizedText, default defaultValue: String?, _ language: Language) -> [String] {
    var pieces = words(help.text(in: language))
    if let defaultValue { pieces.append(language == .korean ? "(기본값: \(defaultValue))" : "(default: \(defaultValue))") }
    return pieces
  }

  /// Text split at spaces.
  private func words(_ text: String) -> [String] {
    text.split(separator: " ").map(String.init)
  }

  /// The label column: the longest label that fits, at most ``maximumLabelWidth``.
  private func columnWidth(_ labels: [String]) -> Int {
    labels.map { TextWidth.cells(of: $0) }.filter { $0 <= HelpFormatter.maximumLabelWidth }.max() ?? 0
  }

  /// Fills lines with pieces joined by spaces, breaking before a piece that would pass `width`; a piece wider than
  /// a line stays whole.
  private func wrap(_ pieces: [String], width: Int, firstPrefix: String, nextPrefix: String) -> String {
    var lines: [String] = []
    var line = firstPrefix
    var lineHasPiece = false
    for piece in pieces {
      let candidate = lineHasPiece ? line + " " + piece : line + piece
      if lineHasPiece, TextWidth.cells(of: candidate) > width {
        lines.append(line)
        line = nextPrefix + piece
      } else {
        line = candidate
      }
      lineHasPiece = true
    }
    lines.append(line)
    return lines.map { $0 + "\n" }.joined()
  }
}

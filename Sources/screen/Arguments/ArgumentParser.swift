import Rules

/// Parses `screen`'s command line: `screen [--lang ko|en] <command> [options] <arguments>`.
///
/// Options are `--name value`, `--name=value`, flags `--name`, declared short aliases `-o value` or `-ovalue`;
/// `--` ends options, so that later words are positional even when they start with `-`; a lone `-` and negative
/// numbers are values. `-h`/`--help` anywhere before `--` asks for help, which wins over every other mistake.
/// Parsing is total: the result is an ``Invocation`` that is a command to run, a help request or an
/// ``ArgumentError``.
///
/// ```swift
/// let parser = ArgumentParser(tool: Commands.tool, commands: Commands.all)
/// parser.parse(["check", "a.json", "--as-of=2024-03-02"])  // .run(…)
/// parser.parse(["chekc"])  // .failure(.unknownCommand("chekc", suggestion: "check"), …)
/// ```
public struct ArgumentParser: Sendable {
  /// The executable's name, used in usage and hints.
  public let toolName: String
  /// The tool's overview, common help and examples.
  public let tool: CommandSpec
  /// The commands, `help` last.
  public let commands: [CommandSpec]

  /// Creates a parser.
  ///
  /// - Parameters:
  ///   - toolName: the executable's name.
  ///   - tool: the tool's own description (`screen --help`).
  ///   - commands: the commands; `help` is added after them.
  public init(toolName: String = "screen", tool: CommandSpec, commands: [CommandSpec]) {
    self.toolName = toolName
    self.tool = tool
    self.commands = commands + [ArgumentParser.helpCommand]
  }

  /// `help [<COMMAND>]`: prints the help of a command, or of the tool.
  public static let helpCommand = CommandSpec(
    name: "help", abstract: LocalizedText("도움말 보기", english: "show help"),
    arguments: [
      PositionalSpec(
        "command", valueName: "COMMAND", arity: .optional,
        help: LocalizedText("도움말을 볼 명령", english: "the command to show help for"))
    ],
    examples: [
      CommandExample("screen help check", LocalizedText("`check` 명령의 도움말", english: "help for `check`"))
    ])

  /// Parses the arguments after the executable's name.
  ///
  /// - Parameter arguments: `CommandLine.arguments.dropFirst()`.
  /// - Returns: the command to run, a help request, or the first mistake in argument order.
  public func parse(_ arguments: [String]) -> Invocation {
    let language = ArgumentParser.language(of: arguments)
    var index = 0
    while index < arguments.count, ArgumentParser.looksLikeOption(arguments[index]) {
      if arguments[index] == "--" { break }
      if arguments[index] == OptionSpec.language.longForm { index += 1 }
      index += 1
    }
    let leading = Array(arguments[..<min(index, arguments.count)])
    if index < arguments.count, arguments[index] == "--" { index += 1 }
    if ArgumentParser.asksForHelp(leading) { return .help(command: nil, language: language) }
    let toolOptions: ParsedArguments
    do {
      toolOptions = try parse(leading, for: tool)
    } catch {
      return .failure(error, command: nil, language: language)
    }
    guard index < arguments.count else {
      return .failure(.missingCommand(available: commands.map(\.name)), command: nil, language: language)
    }
    let name = arguments[index]
    let rest = Array(arguments[(index + 1)...])
    guard let spec = commands.first(where: { $0.name == name }) else {
      let suggestion = ArgumentParser.closest(to: name, among: commands.map(\.name))
      return .failure(.unknownCommand(name, suggestion: suggestion), command: nil, language: language)
    }
    if ArgumentParser.asksForHelp(rest) { return .help(command: name, language: language) }
    let parsed: ParsedArguments
    do {
      parsed = try parse(rest, for: spec, inherited: toolOptions.values)
    } catch {
      return .failure(error, command: name, language: language)
    }
    guard spec.name == ArgumentParser.helpCommand.name else { return .run(parsed) }
    guard let topic = parsed.argument("command") else { return .help(command: nil, language: language) }
    guard commands.contains(where: { $0.name == topic }) else {
      let suggestion = ArgumentParser.closest(to: topic, among: commands.map(\.name))
      return .failure(.unknownCommand(topic, suggestion: suggestion), command: nil, language: language)
    }
    return .help(command: topic, language: language)
  }

  /// Parses the arguments after a command word.
  ///
  /// - Parameters:
  ///   - arguments: the words after the command.
  ///   - spec: the command.
  ///   - inherited: option values given before the command (`screen --lang en check …`).
  /// - Returns: the parsed arguments; every value has its option's form.
  /// - Throws: the first ``ArgumentError`` in argument order; then a missing required option; then a missing or
  ///   extra positional.
  public func parse(
    _ arguments: [String], for spec: CommandSpec, inherited: [String: [String]] = [:]
  ) throws(ArgumentError) -> ParsedArguments {
    var values = inherited
    var flags: Set<String> = []
    var words: [String] = []
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let token = arguments[index]
      index += 1
      if optionsEnded || !ArgumentParser.looksLikeOption(token) {
        words.append(token)
        continue
      }
      if token == "--" {
        optionsEnded = true
        continue
      }
      let (option, written, inline) = try resolve(token, in: spec)
      if option.isFlag {
        if let inline { throw .unexpectedValue(flag: written, value: inline) }
        flags.insert(option.name)
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else if index < arguments.count, !ArgumentParser.looksLikeOption(arguments[index]) {
        value = arguments[index]
        index += 1
      } else {
        throw .missingValue(option: written, valueName: option.valueName ?? "")
      }
      if values[option.name] != nil, !option.isRepeating { throw .duplicateOption(written) }
      guard option.kind.accepts(value) else {
        throw .invalidValue(option: written, value: value, expected: option.kind)
      }
      values[option.name, default: []].append(value)
    }
    for option in spec.allOptions where option.isRequired && values[option.name] == nil {
      throw .missingOption(option: option.longForm, valueName: option.valueName ?? "")
    }
    return ParsedArguments(spec: spec, values: values, flags: flags, positionals: try assign(words, to: spec))
  }

  /// The help text for a command, or for the tool when `nil` or unknown.
  ///
  /// - Parameters:
  ///   - command: the command word.
  ///   - language: the language of the texts.
  /// - Returns: the help, every line ending in `\n`.
  public func helpText(for command: String?, language: Language) -> String {
    let formatter = HelpFormatter(toolName: toolName)
    guard let spec = commands.first(where: { $0.name == command }) else {
      return formatter.renderOverview(tool, commands: commands, language: language)
    }
    return formatter.render(spec, language: language)
  }

  /// An error as text for stderr, ending with where to find the usage.
  ///
  /// - Parameters:
  ///   - error: the mistake.
  ///   - command: the command it concerns, if known.
  ///   - language: the language of the message.
  /// - Returns: the rendered error, every line ending in `\n`.
  public func errorText(_ error: ArgumentError, command: String?, language: Language) -> String {
    let helpCommand = command.map { "\(toolName) \($0) --help" } ?? "\(toolName) --help"
    return error.rendered(in: language, helpCommand: helpCommand)
  }

  /// The language of messages, read before parsing so that even a parse error is in the chosen language: the
  /// first valid `--lang` value before `--`, else Korean.
  ///
  /// - Parameter arguments: the arguments after the executable's name.
  /// - Returns: the language.
  public static func language(of arguments: [String]) -> Language {
    let flag = OptionSpec.language.longForm
    for (index, token) in arguments.enumerated() {
      if token == "--" { break }
      if token == flag, index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .korean }
      if token.hasPrefix(flag + "=") { return Language(rawValue: String(token.dropFirst(flag.count + 1))) ?? .korean }
    }
    return .korean
  }

  /// The candidate closest to `name` by Damerau–Levenshtein distance, if at most 2 and less than the length of
  /// `name` (so `fr` suggests nothing rather than `ko`); the first declared wins ties.
  ///
  /// - Parameters:
  ///   - name: what was written.
  ///   - candidates: the names that exist, in declaration order.
  /// - Returns: the suggestion, or `nil`.
  /// - Complexity: O(k × m × n) for k candidates of length m and a name of length n.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = Suggestion.editDistance(name, candidate)
      if distance <= 2, distance < name.count, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Whether a word is an option rather than a value: `--x`, `-x`, or `--`; not `-`, nor a negative number.
  static func looksLikeOption(_ token: String) -> Bool {
    guard token.hasPrefix("-"), token.count >= 2 else { return false }
    let second = token[token.index(after: token.startIndex)]
    return !(second.isASCII && second.isNumber)
  }

  /// Whether `-h` or `--help` appears before `--`.
  static func asksForHelp(_ arguments: [String]) -> Bool {
    let help = OptionSpec.helpFlag
    for token in arguments {
      if token == "--" { return false }
      if token == help.longForm || help.short.map({ token == "-\($0)" }) == true { return true }
    }
    return false
  }
}

/// The declaration of one command: what it is for, what it accepts and how to use it.
///
/// A spec is data: the ``ArgumentParser`` reads it to parse, ``HelpFormatter`` to write help, and the command reads
/// its values back through ``ParsedArguments``. Every command also accepts ``OptionSpec/common`` (`--lang`,
/// `--help`) after its own options.
///
/// ```swift
/// let lint = CommandSpec(
///   name: "lint", abstract: LocalizedText("규칙 검사", english: "check rulesets"),
///   arguments: [PositionalSpec("rules", valueName: "RULES_DIR", arity: .optional, default: "rulesets",
///     help: LocalizedText("규칙 폴더", english: "ruleset folder"))],
///   options: [.format([.text, .json], default: .text)],
///   examples: [CommandExample("screen lint", LocalizedText("기본 폴더 검사", english: "lint the default folder"))])
/// ```
public struct CommandSpec: Sendable, Hashable {
  /// The command word, e.g. `check`.
  public let name: String
  /// One line: what the command does (`OVERVIEW:`).
  public let abstract: LocalizedText
  /// Paragraphs after the abstract, if any; lines are kept as written.
  public let discussion: LocalizedText?
  /// A synopsis written by hand, without the tool and command names; `nil` generates it from the arguments and
  /// options.
  public let customUsage: String?
  /// The positional arguments, in order.
  public let arguments: [PositionalSpec]
  /// The command's own options and flags, in the order help lists them.
  public let options: [OptionSpec]
  /// Example invocations, at least one.
  public let examples: [CommandExample]

  /// Declares a command.
  ///
  /// - Parameters:
  ///   - name: the command word.
  ///   - abstract: one line.
  ///   - discussion: further paragraphs.
  ///   - usage: a hand-written synopsis, or `nil` to generate one.
  ///   - arguments: positional arguments; optional and variadic ones only last.
  ///   - options: the command's own options; names must not repeat nor clash with ``OptionSpec/common``.
  ///   - examples: example invocations.
  public init(
    name: String, abstract: LocalizedText, discussion: LocalizedText? = nil, usage: String? = nil,
    arguments: [PositionalSpec] = [], options: [OptionSpec] = [], examples: [CommandExample] = []
  ) {
    let all = options + OptionSpec.common
    precondition(Set(all.map(\.name)).count == all.count, "`\(name)` declares an option twice")
    let shorts = all.compactMap(\.short)
    precondition(Set(shorts).count == shorts.count, "`\(name)` declares a short alias twice")
    for (index, argument) in arguments.enumerated() where !(argument.arity == .required) {
      precondition(index == arguments.count - 1, "only the last positional of `\(name)` may be optional or variadic")
    }
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.customUsage = usage
    self.arguments = arguments
    self.options = options
    self.examples = examples
  }

  /// The command's options followed by the common ones: everything the parser accepts.
  public var allOptions: [OptionSpec] { options + OptionSpec.common }

  /// The option with a long name, among ``allOptions``.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the option, or `nil` when the command has none of that name.
  public func option(named name: String) -> OptionSpec? {
    allOptions.first { $0.name == name }
  }

  /// The option with a one-letter alias, among ``allOptions``.
  ///
  /// - Parameter short: the letter after `-`.
  /// - Returns: the option, or `nil`.
  public func option(short: Character) -> OptionSpec? {
    allOptions.first { $0.short == short }
  }

  /// The positional with an accessor key.
  ///
  /// - Parameter key: the key, e.g. `applicant`.
  /// - Returns: the positional, or `nil`.
  public func argument(key: String) -> PositionalSpec? {
    arguments.first { $0.key == key }
  }

  /// The most positional values the command takes, or `nil` when the last one is variadic.
  public var maximumArgumentCount: Int? {
    arguments.contains(where: \.arity.isVariadic) ? nil : arguments.count
  }

  /// The synopsis after `USAGE:`: `screen check <APPLICANT.json> [--service <ID>] …`.
  ///
  /// - Parameter toolName: the executable's name, e.g. `screen`.
  /// - Returns: ``usageParts(toolName:)`` joined by spaces, on one line.
  public func usage(toolName: String) -> String {
    usageParts(toolName: toolName).joined(separator: " ")
  }

  /// The synopsis as parts that help may wrap between: `screen`, `check`, `<APPLICANT.json>`, `[--as-of <DATE>]`.
  ///
  /// Generated from the arguments, then the options in declared order (required ones without brackets, repeating
  /// ones followed by `...`), then `--lang`; `--help` is left out, as swift-argument-parser does.
  ///
  /// - Parameter toolName: the executable's name, e.g. `screen`.
  /// - Returns: the parts, in order.
  public func usageParts(toolName: String) -> [String] {
    if let customUsage { return [toolName, name, customUsage] }
    var parts = [toolName, name]
    parts += arguments.map(\.usage)
    for option in allOptions where option != OptionSpec.helpFlag {
      var part = option.longForm
      if let valueName = option.valueName { part += " <\(valueName)>" }
      if option.isRepeating { part += " ..." }
      parts.append(option.isRequired ? part : "[\(part)]")
    }
    return parts
  }
}
